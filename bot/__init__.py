"""wismo-bot: Amazon buyer messages answered from Slack within the 24-hour deadline."""

__version__ = "0.1.0"
