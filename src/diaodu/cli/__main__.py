import sys

from diaodu.cli import main

sys.exit(main())
