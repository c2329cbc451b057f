"""The one road for changes.

Every change goes through :class:`~coopdesk.services.plans.PlanService`: one call is
one transaction with a name (the undo step's name in the UI), and when it commits
the service publishes a :class:`~coopdesk.services.changes.ChangeSet` saying what
was added, changed and removed, so every view refreshes only that.

This package's ``__init__`` imports nothing, so views can import the light
``changes`` module without loading SQLAlchemy before the window is on screen.
"""
