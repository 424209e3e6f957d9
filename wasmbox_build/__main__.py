"""`python -m wasmbox_build ...`: the command line (cli/)."""

import sys

from .cli import main

sys.exit(main())
