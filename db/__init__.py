"""CoopDesk's Alembic environment (installed as ``coopdesk.migrations``)."""
