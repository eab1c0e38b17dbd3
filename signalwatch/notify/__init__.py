"""Notifier: decisions, the outbox, Slack, digests."""
