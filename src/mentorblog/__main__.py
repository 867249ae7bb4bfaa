"""Allow `python -m mentorblog`."""

from mentorblog.cli import run

run()
