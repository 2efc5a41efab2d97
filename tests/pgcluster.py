"""A throwaway PostgreSQL + PostGIS server for the test suite, built from Debian's binaries.

``PostgresCluster().start()`` runs ``initdb`` in a fresh temporary directory, starts the server on
a free port of 127.0.0.1 with durability switched off (tests don't need it), creates the
``landrelease_test`` database with PostGIS, and ``stop()`` removes everything again. As root the
server runs as the ``postgres`` system user, since PostgreSQL refuses to run as root.

If ``$LANDRELEASE_TEST_PG`` holds a libpq keyword string (``host=... port=... dbname=...
user=... [password=...]``) of an existing server, where the user is a superuser and PostGIS is
available, nothing is started: that server and database are used as they are.

Plain Python on purpose: it must not import qgis.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import re
import shlex
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
from pathlib import Path

ENV_VAR = "LANDRELEASE_TEST_PG"
PG_LIB = Path("/usr/lib/postgresql")
PG_SHARE = Path("/usr/share/postgresql")
DBNAME = "landrelease_test"
SUPERUSER = "postgres"
LOG_TAIL_LINES = 30


class PostgresClusterError(Exception):
    """The test server could not be found, started, queried or stopped."""


def find_postgres_bin() -> tuple[int, Path]:
    """The highest PostgreSQL major with ``initdb`` and PostGIS installed, and its bin directory."""
    majors = sorted(
        (int(p.name) for p in PG_LIB.glob("*") if p.name.isdigit() and (p / "bin/initdb").exists()),
        reverse=True,
    )
    for major in majors:
        if (PG_SHARE / str(major) / "extension/postgis.control").exists():
            return major, PG_LIB / str(major) / "bin"
    if majors:
        wanted = majors[0]
        missing = f"PostGIS for PostgreSQL {', '.join(map(str, majors))} (no {PG_SHARE}/<major>/"
        missing += "extension/postgis.control)"
    else:
        wanted = _apt_postgres_major()
        missing = f"the PostgreSQL server (no {PG_LIB}/<major>/bin/initdb)"
    raise PostgresClusterError(
        f"missing {missing}; install it with: "
        f"apt-get install postgresql postgresql-{wanted}-postgis-3 "
        "(or run scripts/setup.sh)"
    )


def _apt_postgres_major() -> str:
    """The major version Debian's ``postgresql`` package would install, or ``<major>``."""
    try:
        out = subprocess.run(
            ["apt-cache", "depends", "postgresql"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return "<major>"
    match = re.search(r"Depends: postgresql-(\d+)\s*$", out, re.MULTILINE)
    return match.group(1) if match else "<major>"


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def parse_conninfo(conninfo: str) -> dict[str, str]:
    """``key=value`` pairs of a libpq keyword string (values may be single-quoted)."""
    conninfo = conninfo.strip()
    pairs: dict[str, str] = {}
    pos = 0
    pattern = re.compile(r"\s*(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|[^\s']+)\s*")
    while pos < len(conninfo):
        match = pattern.match(conninfo, pos)
        if match is None:
            raise PostgresClusterError(
                f"${ENV_VAR} must be a libpq keyword string like "
                f"'host=127.0.0.1 port=5432 dbname={DBNAME} user=postgres', got {conninfo!r}"
            )
        key, value = match.groups()
        if value.startswith("'"):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        pairs[key] = value
        pos = match.end()
    return pairs


def _quote(value: str) -> str:
    """A value quoted for a libpq keyword string when it needs it."""
    if value and not re.search(r"[\s'\\]", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


class PostgresCluster:
    """A PostgreSQL + PostGIS server for tests; ``start()`` it, ``stop()`` it (or use ``with``).

    ``external`` is the libpq keyword string of an existing server to use instead of starting
    one; it defaults to ``$LANDRELEASE_TEST_PG``; pass ``""`` to always start a local cluster.
    """

    def __init__(self, external: str | None = None):
        self.external = (os.environ.get(ENV_VAR, "") if external is None else external).strip()
        self.host = "127.0.0.1"
        self.port = 0
        self.user = SUPERUSER
        self.dbname = DBNAME
        self.version = ""
        self.startup_seconds = 0.0
        self.tempdir: Path | None = None
        self.bindir: Path | None = None
        self._extra: dict[str, str] = {"sslmode": "disable"}
        self._as_postgres = False
        self._server_running = False
        self._running = False

    # -- public API ---------------------------------------------------------------------------

    @property
    def datadir(self) -> Path | None:
        """The data directory of a local cluster."""
        return self.tempdir / "data" if self.tempdir else None

    @property
    def logfile(self) -> Path | None:
        """The server log of a local cluster."""
        return self.tempdir / "server.log" if self.tempdir else None

    @property
    def running(self) -> bool:
        """True between a successful ``start()`` and ``stop()``."""
        return self._running

    def start(self) -> PostgresCluster:
        """Start the server (or attach to the external one) and make the PostGIS database."""
        if self.running:
            return self
        began = time.perf_counter()
        try:
            if self.external:
                self._attach_external()
            else:
                self._start_local()
            self.startup_seconds = time.perf_counter() - began
            self.version = self._read_version()
            self._running = True
        except BaseException:
            self.stop()
            raise
        atexit.register(self.stop)
        return self

    def stop(self) -> None:
        """Stop a local server and remove its directory; safe to call more than once."""
        atexit.unregister(self.stop)
        self._running = False
        if self._server_running and self.datadir is not None:
            self._server_running = False
            self._pg_ctl_stop()
        if self.tempdir is not None:
            shutil.rmtree(self.tempdir, ignore_errors=True)
            self.tempdir = None

    def conninfo(self, dbname: str | None = None, user: str | None = None) -> str:
        """A libpq keyword string for the server, by default for the test database."""
        params = {
            "host": self.host,
            "port": str(self.port),
            "dbname": dbname or self.dbname,
            "user": user or self.user,
            **self._extra,
        }
        return " ".join(f"{key}={_quote(value)}" for key, value in params.items())

    def psql(
        self, sql: str, dbname: str | None = None, user: str | None = None, *, timeout: float = 300
    ) -> str:
        """Run SQL with ``psql`` (stops at the first error); its stdout, unaligned tuples only."""
        cmd = [
            self._psql_bin(),
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-d",
            self.conninfo(dbname, user),
            "-f",
            "-",
        ]
        return self._run(cmd, input=sql, timeout=timeout, as_postgres=False, what=sql).stdout

    def __enter__(self) -> PostgresCluster:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = self.version if self._running else "not running"
        return f"<PostgresCluster {self.host}:{self.port} {state}>"

    # -- local cluster ------------------------------------------------------------------------

    def _start_local(self) -> None:
        _major, self.bindir = find_postgres_bin()
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres and shutil.which("runuser") is None:
            raise PostgresClusterError("running as root needs runuser (package util-linux)")
        self.tempdir = self._make_tempdir()
        self._initdb()
        for attempt in range(3):
            self.port = free_port()
            try:
                self._pg_ctl_start()
                break
            except PostgresClusterError:
                # Another process may have taken the port between free_port() and the bind.
                if attempt == 2 or "already in use" not in self._log_tail():
                    raise
        self.psql(f"CREATE DATABASE {DBNAME}", dbname="postgres")
        self.psql("CREATE EXTENSION postgis")

    def _make_tempdir(self) -> Path:
        if not self._as_postgres:
            path = Path(tempfile.mkdtemp(prefix="landrelease-pg-"))
            (path / "socket").mkdir(mode=0o700)
            return path
        try:
            pw = pwd.getpwnam(SUPERUSER)
        except KeyError:
            raise PostgresClusterError(
                "running as root needs the 'postgres' system user to run the server "
                "(the postgresql package creates it)"
            ) from None
        base = Path(tempfile.gettempdir())
        if not _traversable(base, pw.pw_uid, pw.pw_gid):
            base = Path("/tmp")  # $TMPDIR is closed to the postgres user
            if not _traversable(base, pw.pw_uid, pw.pw_gid):
                raise PostgresClusterError("the postgres user cannot reach /tmp")
        path = Path(tempfile.mkdtemp(prefix="landrelease-pg-", dir=base))
        (path / "socket").mkdir(mode=0o700)
        for made in (path, path / "socket"):
            os.chown(made, pw.pw_uid, pw.pw_gid)
        return path

    def _initdb(self) -> None:
        base = [str(self.bindir / "initdb"), "-D", str(self.datadir), "-A", "trust"]
        base += ["-U", SUPERUSER, "-E", "UTF8", "--no-sync"]
        try:
            self._run([*base, "--locale=C.UTF-8"], timeout=300)
        except PostgresClusterError as first:
            shutil.rmtree(self.datadir, ignore_errors=True)
            try:
                self._run([*base, "--locale=C"], timeout=300)
            except PostgresClusterError as second:
                raise PostgresClusterError(f"{second}\n(with --locale=C.UTF-8: {first})") from None

    def _pg_ctl_start(self) -> None:
        options = [
            f"-p {self.port}",
            "-c listen_addresses=127.0.0.1",
            "-c " + shlex.quote(f"unix_socket_directories={self.tempdir / 'socket'}"),
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=200",
        ]
        cmd = [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-l", str(self.logfile)]
        cmd += ["-w", "-t", "60", "-o", " ".join(options), "start"]
        self._server_running = True  # from here on, stop() must try pg_ctl stop
        self._run(cmd, timeout=90)

    def _pg_ctl_stop(self) -> None:
        pg_ctl = [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-w", "-t", "30"]
        for mode in ("fast", "immediate"):
            try:
                self._run([*pg_ctl, "-m", mode, "stop"], timeout=40)
                return
            except PostgresClusterError:
                if not (self.datadir / "postmaster.pid").exists():
                    return  # it was not running (any more)
        try:  # last resort: the postmaster's children exit when it dies
            pid = int((self.datadir / "postmaster.pid").read_text().split()[0])
            os.kill(pid, signal.SIGKILL)
        except (OSError, ValueError, IndexError):
            pass

    # -- external server ----------------------------------------------------------------------

    def _attach_external(self) -> None:
        params = parse_conninfo(self.external)
        self.host = params.pop("host", "localhost")
        self.port = int(params.pop("port", "5432"))
        self.user = params.pop("user", SUPERUSER)
        self.dbname = params.pop("dbname", DBNAME)
        self._extra = {"sslmode": "disable", **params}
        self.psql("CREATE EXTENSION IF NOT EXISTS postgis")

    # -- helpers ------------------------------------------------------------------------------

    def _read_version(self) -> str:
        out = self.psql("SELECT version();\nSELECT postgis_full_version();")
        server = re.search(r"PostgreSQL \S+", out)
        postgis = re.search(r'POSTGIS="([^" ]+)', out)
        parts = [server.group(0) if server else out.splitlines()[0]]
        parts.append(f"PostGIS {postgis.group(1)}" if postgis else "PostGIS ?")
        return ", ".join(parts)

    def _psql_bin(self) -> str:
        if self.bindir is not None:
            return str(self.bindir / "psql")
        found = sorted(glob.glob(str(PG_LIB / "*/bin/psql")), key=_major_of, reverse=True)
        psql = found[0] if found else shutil.which("psql")
        if psql is None:
            raise PostgresClusterError("psql not found: apt-get install postgresql-client")
        return psql

    def _run(
        self,
        cmd: list[str],
        *,
        timeout: float,
        input: str | None = None,
        as_postgres: bool | None = None,
        what: str | None = None,
    ) -> subprocess.CompletedProcess:
        """Run a command (as postgres for a root-started cluster); raise with context on error."""
        if self._as_postgres if as_postgres is None else as_postgres:
            cmd = ["runuser", "-u", SUPERUSER, "--", *cmd]
        # No PG* variable of the caller's environment may redirect or alter our commands.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_MESSAGES"] = "C"
        cwd = str(self.tempdir) if self.tempdir else None
        try:
            proc = subprocess.run(
                cmd,
                input=input,
                capture_output=True,
                text=True,
                timeout=timeout,
                env=env,
                cwd=cwd,
                check=False,
            )
        except subprocess.TimeoutExpired:
            detail = f"timed out after {timeout} s"
            raise PostgresClusterError(self._describe(cmd, detail, what)) from None
        except OSError as exc:
            raise PostgresClusterError(self._describe(cmd, str(exc), what)) from exc
        if proc.returncode != 0:
            detail = f"exit status {proc.returncode}\nstderr:\n{proc.stderr.strip()}"
            raise PostgresClusterError(self._describe(cmd, detail, what))
        return proc

    def _describe(self, cmd: list[str], detail: str, what: str | None) -> str:
        text = f"command failed: {shlex.join(cmd)}\n"
        if what is not None:
            text += f"input:\n{what if len(what) < 800 else what[:800] + ' ...'}\n"
        text += detail
        tail = self._log_tail()
        if tail:
            text += f"\nlast lines of the server log {self.logfile}:\n{tail}"
        return text

    def _log_tail(self) -> str:
        try:
            lines = self.logfile.read_text(errors="replace").splitlines()
        except (AttributeError, OSError):
            return ""
        return "\n".join(lines[-LOG_TAIL_LINES:])


def _major_of(path: str) -> int:
    name = Path(path).parent.parent.name
    return int(name) if name.isdigit() else -1


def _traversable(path: Path, uid: int, gid: int) -> bool:
    """Whether the user (uid, primary gid) may traverse every directory down to ``path``."""
    for part in [path, *path.parents]:
        try:
            st = part.stat()
        except OSError:
            return False
        if st.st_uid == uid:
            bit = stat.S_IXUSR
        elif st.st_gid == gid:
            bit = stat.S_IXGRP
        else:
            bit = stat.S_IXOTH
        if not st.st_mode & bit:
            return False
    return True
