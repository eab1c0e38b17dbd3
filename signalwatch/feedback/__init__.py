"""Reps' judgment, back into the product (issue #14).

    Slack buttons (Socket Mode or POST /slack/actions) | digest links (GET /feedback)
        -> actions.py (pure: parse, sign, verify, usefulness and demotions)
        -> apply.py   (record once, apply the effect, update the Slack message)
"""
