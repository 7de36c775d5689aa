"""`python -m dashboard` is the `protestmap` command."""

from .cli import main

raise SystemExit(main())
