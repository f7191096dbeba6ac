"""`python -m jupyter_st ...` is `jupyter st ...`."""

import sys

from .serve.cli import main

sys.exit(main())
