"""``python -m breathe`` runs the command line."""

import sys

from breathe.cli import main

sys.exit(main())
