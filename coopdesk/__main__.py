"""``python -m coopdesk`` runs the command line."""

from coopdesk.cli import main

raise SystemExit(main())
