"""`python -m pipeline ARGS`: the same as the `jinzheng` command."""

import sys

from pipeline.cli import main

sys.exit(main())
