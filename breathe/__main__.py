"""``python -m breathe`` runs the command line."""

import sys

from breathe.cli.main import main

sys.exit(main())
