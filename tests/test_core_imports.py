"""The core never imports streamlit: it must run in the CLI, in bench and in other tools."""

from __future__ import annotations

import subprocess
import sys

import pytest
from locations import REPO

CORE = sorted(p.stem for p in (REPO / "dashboard").glob("*.py") if p.stem not in ("app", "__main__"))


@pytest.mark.parametrize("module", CORE)
def test_core_module_does_not_import_streamlit(module: str) -> None:
    code = f"import sys, dashboard.{module}; sys.exit(1 if 'streamlit' in sys.modules else 0)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"dashboard.{module} imports streamlit\n{result.stderr}"
