"""A throwaway PostgreSQL server in a temporary folder, for the tests and `protestmap bench`.

`initdb` and `pg_ctl` from Debian's postgresql package, on a free loopback port, as a user
that is not root (PostgreSQL refuses to run as root; CI runs as root, so the server then runs
as the `postgres` system user, or `nobody`). Stopped, and its folder removed, on exit.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from dashboard.errors import StoreError


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl are (Debian keeps them out of PATH), or None."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    for folder in [*reversed(candidates)]:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def unavailable_reason() -> str | None:
    """None when a throwaway cluster can be started here; else the one-line reason why not."""
    if find_bindir() is None:
        return "PostgreSQL's initdb/pg_ctl are missing (apt-get install postgresql)"
    try:
        import adbc_driver_postgresql  # noqa: F401
        import psycopg  # noqa: F401
    except ImportError as exc:
        return f"a PostgreSQL driver is missing ({exc.name}); reinstall protestmap"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_user() -> pwd.struct_passwd | None:
    """Who runs the server: ourselves, unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise StoreError("running as root with no 'postgres' or 'nobody' user to run PostgreSQL as")


def _run(command: Sequence[str], user: pwd.struct_passwd | None) -> None:
    prefix = ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups"] if user else []
    done = subprocess.run(
        [*prefix, *command], capture_output=True, text=True, check=False, env={**os.environ, "LC_ALL": "C"}
    )
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise StoreError(f"{Path(command[0]).name} failed: {' / '.join(tail)}")


class Cluster:
    """A running throwaway server: `url(database)` and `create_database(name)`."""

    def __init__(self, port: int, superuser: str) -> None:
        self.port = port
        self.superuser = superuser

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.superuser}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A new, empty database; its URL."""
        import psycopg

        if not name.replace("_", "").isalnum():
            raise ValueError(f"database name {name!r}: letters, digits and _ only")
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        return self.url(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def temporary_cluster(*, durable: bool = True, settings: Sequence[str] = ()) -> Iterator[Cluster]:
    """Start a server in a new temporary folder; stop it and remove the folder afterwards.

    `durable=False` turns fsync off, for tests that never pull the plug. The bench keeps it on,
    so that PostgreSQL is compared with SQLite on equal terms (both sync their commits).
    """
    bindir = find_bindir()
    if bindir is None:
        raise StoreError(unavailable_reason() or "PostgreSQL is not installed")
    user = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="protestmap-pg-"))
    if user is not None:
        os.chown(folder, user.pw_uid, user.pw_gid)
    data, sockets, log = folder / "data", folder / "sockets", folder / "server.log"
    superuser = "protestmap"
    started = False
    try:
        _run(
            [str(bindir / "initdb"), "-D", str(data), "-U", superuser, "--auth=trust", "-E", "UTF8",
             "--no-locale", "--no-sync"],
            user,
        )  # fmt: skip
        sockets.mkdir()
        if user is not None:
            os.chown(sockets, user.pw_uid, user.pw_gid)
        port = _free_port()
        options = [
            f"-p {port}",
            "-c listen_addresses=127.0.0.1",
            f"-c unix_socket_directories={sockets}",
            "-c max_connections=50",
            *([] if durable else ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]),
            *(f"-c {setting}" for setting in settings),
        ]
        _run(
            [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
             "-o", " ".join(options), "start"],
            user,
        )  # fmt: skip
        started = True
        yield Cluster(port, superuser)
    finally:
        if started:
            try:
                _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], user)
            except StoreError:
                pass
        shutil.rmtree(folder, ignore_errors=True)
