"""``python -m coopdesk.cli`` runs the command line (as ``python -m coopdesk`` does)."""

from coopdesk.cli import main

raise SystemExit(main())
