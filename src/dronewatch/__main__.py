"""``python -m dronewatch``: the same as the ``dronewatch`` command."""

from dronewatch.cli import main

main()
