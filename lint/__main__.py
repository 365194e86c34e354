"""``python -m lint`` runs the command-line interface."""

import sys

from lint.cli import main

sys.exit(main())
