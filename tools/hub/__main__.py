"""Entry point of `./course hub`: /usr/bin/python3 tools/hub [serve|roster|stop] ..."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # tools/, so `hub` imports

from hub.cli import main  # noqa: E402

sys.exit(main())
