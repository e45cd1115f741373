"""Entry point of the frozen hall display executable."""

import sys

from queue_display.__main__ import main

sys.exit(main())
