"""protestmap: news articles about protests, on a map."""

__version__ = "0.1.0"
