"""dronewatch: turn raw reports of aerial attacks into verified, structured claims with evidence."""

from dronewatch.compiled import use_source_when_stale

__version__ = "0.1.0"

# the extraction path runs compiled where ``make compile`` built it and no source changed since
BUILD = use_source_when_stale()
