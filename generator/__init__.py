"""briefings: turn news articles into a searchable static site of briefings."""

__version__ = "0.1.0"
