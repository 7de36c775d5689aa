"""A columnar snapshot of the events table per database revision (Arrow IPC files).

Why: at a million events the SQL join and the building of Arrow columns take seconds, and
every new process (an app restart, each CLI command) paid them again. The snapshot is
written once per revision and memory-mapped by every later reader.

Where: ``$PROTESTMAP_CACHE/snapshots`` (default ``~/.cache/protestmap/snapshots``), never
beside the database, whose folder may be read-only or shared. Keyed by the database's
random instance id (schema 4), its revision, the schema version and the roles, so a snapshot
of one database is never served for another; older revisions of the same database are
removed when a new one is written. Writes are atomic (a temporary file, then a rename), and
a snapshot that cannot be written or read is simply not used: it is a cache, not the truth.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from .base import Store
from .schema import SCHEMA_VERSION

FORMAT = 1
"""Bump when the snapshot's columns or their meaning change (events.clean_events_table)."""


def cache_root() -> Path:
    base = os.environ.get("PROTESTMAP_CACHE")
    if base:
        return Path(base).expanduser() / "snapshots"
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "protestmap" / "snapshots"


def key_for(store: Store, roles: tuple[str, ...]) -> Path | None:
    """The snapshot file for the store's current revision, or None when it cannot have one."""
    instance = store.instance()
    if not instance or not instance.isalnum():
        return None
    roles_tag = hashlib.sha256(",".join(sorted(roles)).encode()).hexdigest()[:12]
    name = f"r{store.revision()}-s{SCHEMA_VERSION}-f{FORMAT}-{roles_tag}.arrow"
    return cache_root() / instance / name


def read(key: Path | None) -> Any:  # pyarrow.Table | None
    if key is None or not key.exists():
        return None
    import pyarrow as pa

    try:
        with pa.memory_map(str(key), "r") as source:
            return pa.ipc.open_file(source).read_all()
    except (OSError, pa.ArrowInvalid):
        return None


def write(key: Path | None, table: Any) -> None:
    """Keep `table` as the snapshot at `key`; drop older revisions' files of that database."""
    if key is None:
        return
    import pyarrow as pa

    temporary = key.with_name(f".{key.name}.{os.getpid()}.tmp")
    try:
        key.parent.mkdir(parents=True, exist_ok=True)
        with pa.OSFile(str(temporary), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
            writer.write_table(table)
        os.replace(temporary, key)
        suffix = key.name.split("-", 1)[1]
        for old in key.parent.glob(f"r*-{suffix}"):
            if old != key:
                old.unlink(missing_ok=True)
    except OSError:
        temporary.unlink(missing_ok=True)
