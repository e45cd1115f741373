"""Entry point of the frozen workstation executable."""

import sys

from workstation.__main__ import main

sys.exit(main())
