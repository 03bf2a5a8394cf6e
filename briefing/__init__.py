"""briefing: Arabic news articles in, a podcast briefing out."""

__version__ = "0.1.0"
