"""The README is the contract with a newcomer: these tests keep it true."""

from __future__ import annotations

import re

from locations import REPO

from dashboard.cli import build_parser

README = (REPO / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    block = re.search(r"## Two commands\n.*?```bash\n(.*?)```", README, re.S)
    assert block, "the README has a '## Two commands' section with a bash block"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_the_readme_gives_exactly_two_commands() -> None:
    assert readme_commands() == ["make run", "make test"]


def test_ci_runs_the_readmes_test_command_unchanged() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line.strip() for line in ci.splitlines() if line.strip() and not line.strip().startswith("#")]
    assert readme_commands()[1] in lines


def test_every_subcommand_is_documented_in_the_readme() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in subparsers.choices:  # type: ignore[attr-defined]
        assert f"`protestmap {name}" in README, f"protestmap {name} is not documented in README.md"


def test_attribution_is_in_the_readme() -> None:
    for required in ("GeoNames", "CC BY 4.0", "Who's On First", "Natural Earth"):
        assert required in README


def security_references() -> list[str]:
    """The code SECURITY.md names as doing the escaping or holding a limit (`module.name`)."""
    text = (REPO / "SECURITY.md").read_text(encoding="utf-8")
    found = re.findall(r"`((?:[a-z_]+/)*[a-z_]+\.[A-Za-z_]+)`", text)
    # Streamlit's own calls (`st.markdown`) and test files are named too; they are not ours to check.
    return [ref for ref in found if not ref.startswith(("st.", "tests/")) and not ref.endswith(".py")]


def test_security_md_names_code_that_exists() -> None:
    """A renamed escaper or limit must not leave SECURITY.md pointing at nothing."""
    import importlib

    references = security_references()
    assert len(references) >= 8, references
    for reference in references:
        module_path, _, name = reference.rpartition(".")
        module = importlib.import_module("dashboard." + module_path.replace("/", "."))
        assert hasattr(module, name), f"SECURITY.md names {reference}, which does not exist"
