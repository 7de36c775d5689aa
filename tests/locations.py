"""Where the tests find the repository, the shipped articles and the shared corpus."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
ARTICLES = REPO / "data" / "articles"
