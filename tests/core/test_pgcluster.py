"""The throwaway PostgreSQL + PostGIS test server (tests/pgcluster.py), against a real server."""

from __future__ import annotations

import os
import re
import socket

import pytest

from landrelease.tests.pgcluster import PostgresCluster, PostgresClusterError, parse_conninfo

# Checks of how our own cluster is configured mean nothing for an external server.
local_only = pytest.mark.skipif(
    bool(os.environ.get("LANDRELEASE_TEST_PG", "").strip()),
    reason="LANDRELEASE_TEST_PG points at an external server",
)


def test_server_answers(postgres_server):
    assert postgres_server.psql("SELECT 1+1") == "2\n"
    assert postgres_server.psql("SELECT current_database()").strip() == "landrelease_test"


def test_postgis_is_installed(postgres_server):
    assert postgres_server.psql("SELECT PostGIS_Lib_Version()").strip().startswith("3.")
    area = postgres_server.psql("SELECT ST_Area(ST_MakeEnvelope(0, 0, 100, 100, 32633))").strip()
    assert float(area) == 10_000.0


def test_version_string(postgres_server):
    assert postgres_server.version.startswith("PostgreSQL 1")
    assert ", PostGIS 3." in postgres_server.version
    assert postgres_server.startup_seconds > 0


@local_only
def test_listens_on_loopback_only(postgres_server):
    assert postgres_server.host == "127.0.0.1"
    assert postgres_server.psql("SHOW listen_addresses").strip() == "127.0.0.1"
    assert postgres_server.psql("SHOW port").strip() == str(postgres_server.port)


@local_only
def test_durability_is_off(postgres_server):
    assert postgres_server.psql("SHOW fsync").strip() == "off"
    assert postgres_server.psql("SHOW synchronous_commit").strip() == "off"
    assert postgres_server.psql("SHOW full_page_writes").strip() == "off"
    assert postgres_server.psql("SHOW max_connections").strip() == "200"


def test_conninfo(postgres_server):
    params = parse_conninfo(postgres_server.conninfo())
    assert params["host"] == postgres_server.host
    assert params["port"] == str(postgres_server.port)
    assert params["dbname"] == "landrelease_test"
    assert params["sslmode"] == "disable"
    assert parse_conninfo(postgres_server.conninfo(dbname="postgres"))["dbname"] == "postgres"


def test_psql_error_raises_with_stderr(postgres_server):
    with pytest.raises(PostgresClusterError, match="no_such_column"):
        postgres_server.psql("SELECT no_such_column")
    # The failed query did not hurt the server.
    assert postgres_server.psql("SELECT 40 + 2").strip() == "42"


def test_psycopg2_connects(postgres_server):
    import psycopg2

    conn = psycopg2.connect(postgres_server.conninfo())
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT current_database(), current_user, ST_AsText(ST_Point(1, 2))")
            assert cur.fetchone() == ("landrelease_test", postgres_server.user, "POINT(1 2)")
            cur.execute("SELECT inet_server_port()")
            assert cur.fetchone()[0] == postgres_server.port
    finally:
        conn.close()


def test_parse_conninfo_quotes():
    params = parse_conninfo(" host=db.example port = 5433  password='' dbname='a b' ")
    assert params == {"host": "db.example", "port": "5433", "password": "", "dbname": "a b"}
    assert parse_conninfo(r"password='it\'s'")["password"] == "it's"
    with pytest.raises(PostgresClusterError, match="keyword string"):
        parse_conninfo("postgresql://postgres@localhost/db")


@local_only
def test_second_cluster_cleans_up(postgres_server):
    with PostgresCluster(external="") as second:
        tempdir, port = second.tempdir, second.port
        assert tempdir.is_dir()
        assert port != postgres_server.port
        assert second.psql("SELECT PostGIS_Lib_Version()").strip().startswith("3.")
        # The two servers are separate: a table made in one does not exist in the other.
        second.psql("CREATE TABLE only_here (id int)")
        assert second.psql("SELECT to_regclass('only_here') IS NOT NULL").strip() == "t"
        assert postgres_server.psql("SELECT to_regclass('only_here') IS NULL").strip() == "t"
    assert not second.running
    assert not tempdir.exists()
    second.stop()  # a second stop is harmless
    # Nothing listens on the port any more, and it can be bound again.
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen()


def test_missing_binaries_name_the_apt_command(monkeypatch, tmp_path):
    from landrelease.tests import pgcluster

    monkeypatch.setattr(pgcluster, "PG_SHARE", tmp_path)  # PostGIS nowhere
    with pytest.raises(PostgresClusterError, match=r"postgis\.control") as err:
        pgcluster.find_postgres_bin()
    assert re.search(r"apt-get install postgresql postgresql-\d+-postgis-3", str(err.value))
    monkeypatch.setattr(pgcluster, "PG_LIB", tmp_path)  # no server either
    with pytest.raises(PostgresClusterError, match="initdb") as err:
        pgcluster.find_postgres_bin()
    assert "apt-get install postgresql postgresql-" in str(err.value)


@local_only
def test_failed_start_reports_and_cleans_up(monkeypatch, postgres_server):
    from landrelease.tests import pgcluster

    made = []
    make_tempdir = PostgresCluster._make_tempdir
    monkeypatch.setattr(
        PostgresCluster, "_make_tempdir", lambda self: made.append(make_tempdir(self)) or made[-1]
    )
    monkeypatch.setattr(pgcluster, "free_port", lambda: postgres_server.port)  # always taken
    cluster = PostgresCluster(external="")
    with pytest.raises(PostgresClusterError) as err:
        cluster.start()
    message = str(err.value)
    assert "pg_ctl" in message and " start" in message
    assert "last lines of the server log" in message
    assert "already in use" in message
    assert not cluster.running
    assert len(made) == 1 and not made[0].exists()
    assert postgres_server.psql("SELECT 1").strip() == "1"  # the session's server is untouched
