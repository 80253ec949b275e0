"""``python -m generator`` in a checkout (``python -m trconnect`` where it is installed).

The package is installed under its own name, ``trconnect`` (an editable install in
a checkout): running it under that name here means one copy of every module,
whichever way the tool was started.
"""

import sys

from trconnect.cli import run

sys.exit(run())
