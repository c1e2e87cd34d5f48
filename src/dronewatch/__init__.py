"""dronewatch: turn raw reports of aerial attacks into verified, structured claims with evidence."""

__version__ = "0.1.0"
