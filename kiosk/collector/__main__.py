import sys

from kiosk.collector.cli import main

sys.exit(main())
