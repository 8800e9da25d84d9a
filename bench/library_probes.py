"""Runs one of bench/library.py's measurements in this process; it prints one JSON line.

python bench/library_probes.py bare
python bench/library_probes.py startup LIBRARY
python bench/library_probes.py interact LIBRARY WORD...

The measurements live in library_session.py, imported only when run as a script: the
worker processes Lede spawns run this file again, and they must not load Qt because of it,
or the memory measured for them would be the bench's, not Lede's.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from library_session import main

    sys.exit(main())
