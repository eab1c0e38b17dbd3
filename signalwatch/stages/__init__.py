"""The stages of the pipe, one module each, in order::

    due sources | fetch (parallel) | parse | seen? | extract | match | score | outbox | notify
    collect.py ------------------------------ extract.py ----- decide.py --- dispatch.py
                                                                             digests.py

Each reads what the stage before it committed and records how far it got (a cursor or a
claim in the store, written in the same transaction as its work), so a crash anywhere
resumes without loss and without a second alert. The pure work they call lives beside them:
``seen.py`` (new, history or closed), ``extract/`` (signals), ``match.py`` (accounts),
``score.py`` (intent and the decision), ``icp.py`` (fit). ``pipeline.py`` is the only place
that orders them, for every entry point (CLI, daemon, demo).
"""
