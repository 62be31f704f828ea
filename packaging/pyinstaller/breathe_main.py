"""The bundle's entry point: mend the environment the bootloader changed, then run breathe."""

import os
import sys

from breathe.desktop import frozen_env

frozen_env.restore(os.environ, frozen_env.bundle_folder())

from breathe.cli.main import main  # noqa: E402 - only once the environment is the person's

sys.exit(main())
