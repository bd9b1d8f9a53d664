"""`python -m pipeline ARGS`: the same as the `jinzheng` command."""

import sys

from pipeline.cli.main import main

sys.exit(main())
