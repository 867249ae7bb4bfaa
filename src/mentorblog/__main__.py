"""Allow `python -m mentorblog`."""

from mentorblog.cli import main

raise SystemExit(main())
