"""signalwatch: a self-hosted, event-driven trigger-signal monitor for B2B sales teams."""

__version__ = "0.1.0"
