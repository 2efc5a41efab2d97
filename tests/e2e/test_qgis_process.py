# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin's Processing provider in the real ``qgis_process`` binary (a subprocess).

The fixtures (conftest.py) give qgis_process a private profile (QGIS_CUSTOM_CONFIG_PATH), a
plugin path holding only the plugin (QGIS_PLUGINPATH) and QT_QPA_PLATFORM=offscreen, and enable
the plugin in that profile first. Results are read from ``--json`` output where QGIS has it.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

PLUGIN_NAME = "landrelease"
ALGORITHM_ID = "landrelease:createdatabase"

LAYERS = {
    "line_of_contact",
    "evidence",
    "hazard",
    "land_release",
    "survey_point",
    "minefield_record",
    "traverse_leg",
    "task",
    "district",
    "edit_log",
    "sync_conflict",
}


def parse_json(qgis_process, completed) -> dict:
    """The JSON document qgis_process printed on stdout (anything before it is skipped)."""
    text = completed.stdout
    start = text.find("{")
    assert start >= 0, "no JSON on stdout\n" + qgis_process.describe(completed)
    try:
        return json.loads(text[start:])
    except json.JSONDecodeError as error:
        pytest.fail(f"invalid JSON ({error})\n{qgis_process.describe(completed)}")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in folder.iterdir()}


def read_gpkg(path: Path):
    # immutable=1: read without creating -wal/-shm files next to the database (it is closed).
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        contents = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents"))
        styles = con.execute(
            "SELECT f_table_name, styleName, useAsDefault FROM layer_styles"
        ).fetchall()
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    return contents, styles, integrity


def test_plugin_enabled_in_profile(qgis_process, enabled_plugin):
    completed = enabled_plugin["completed"]
    output = completed.stdout + completed.stderr
    if enabled_plugin["method"] == "qgis_process plugins enable":
        assert PLUGIN_NAME in output, qgis_process.describe(completed)
        assert "not found" not in output.lower(), qgis_process.describe(completed)
    listing = qgis_process.run("plugins")
    assert listing.returncode == 0, qgis_process.describe(listing)
    assert re.search(rf"^\s*\*?\s*{PLUGIN_NAME}\s*$", listing.stdout, re.M), (
        "the plugin is not among the available plugins\n" + qgis_process.describe(listing)
    )


def test_list_shows_the_algorithm(qgis_process, enabled_plugin):
    completed = qgis_process.run("list", json=True)
    assert completed.returncode == 0, qgis_process.describe(completed)
    if qgis_process.supports_json:
        providers = parse_json(qgis_process, completed)["providers"]
        assert PLUGIN_NAME in providers, (
            f"provider {PLUGIN_NAME!r} missing; providers: {sorted(providers)}\n"
            + qgis_process.describe(completed)
        )
        algorithms = providers[PLUGIN_NAME]["algorithms"]
        assert ALGORITHM_ID in algorithms, sorted(algorithms)
        assert algorithms[ALGORITHM_ID]["name"] == "Create land release database"
        assert providers[PLUGIN_NAME]["is_active"] is True
    else:
        assert re.search(rf"^\s*{re.escape(ALGORITHM_ID)}\s", completed.stdout, re.M), (
            qgis_process.describe(completed)
        )


def test_help_describes_output_and_crs(qgis_process, enabled_plugin):
    completed = qgis_process.run("help", ALGORITHM_ID, json=True)
    assert completed.returncode == 0, qgis_process.describe(completed)
    if qgis_process.supports_json:
        document = parse_json(qgis_process, completed)
        parameters = document["parameters"]
        assert {"OUTPUT", "CRS"} <= set(parameters), sorted(parameters)
        assert parameters["CRS"]["default_value"] == "EPSG:32638"
        assert parameters["OUTPUT"]["is_destination"] is True
        assert "OUTPUT" in document["outputs"]
    else:
        for name in ("OUTPUT", "CRS"):
            assert re.search(rf"\b{name}\b", completed.stdout), qgis_process.describe(completed)


def test_createdatabase_then_never_overwrite(qgis_process, enabled_plugin, tmp_path):
    output = tmp_path / "db.gpkg"
    args = ("run", ALGORITHM_ID, "--", f"OUTPUT={output}", "CRS=EPSG:32638")

    # First run: a new GeoPackage with every layer and its default style.
    first = qgis_process.run(*args, json=True)
    assert first.returncode == 0, qgis_process.describe(first)
    if qgis_process.supports_json:
        results = parse_json(qgis_process, first)["results"]
        assert Path(results["OUTPUT"]) == output, results
    assert output.is_file(), qgis_process.describe(first)
    # No half-made temporary database (nor its -wal/-shm) is left next to it.
    assert [p.name for p in tmp_path.iterdir()] == ["db.gpkg"]
    contents, styles, integrity = read_gpkg(output)
    assert integrity == "ok"
    # layer_styles is QGIS's own style table, registered in gpkg_contents as "attributes".
    assert set(contents) - {"layer_styles"} == LAYERS, sorted(contents)
    assert len(styles) == len(LAYERS), styles
    assert {table for table, _name, _default in styles} == LAYERS
    assert all(default for _table, _name, default in styles), styles

    # Second run on the same OUTPUT: refused, the file is untouched.
    before = sha256(output)
    listing = folder_listing(tmp_path)
    second = qgis_process.run(*args, json=True)
    text = second.stdout + second.stderr
    assert second.returncode != 0 or "error" in text.lower(), qgis_process.describe(second)
    assert "already exists" in text, qgis_process.describe(second)
    assert sha256(output) == before, "the existing database was modified"
    assert folder_listing(tmp_path) == listing


def system_has_shapely_2() -> bool:
    """Whether QGIS's own Python (the system's) has shapely 2 without any help."""
    import subprocess

    probe = "import shapely, sys; sys.exit(0 if int(shapely.__version__.split('.')[0]) >= 2 else 1)"
    return subprocess.run(["/usr/bin/python3", "-c", probe], capture_output=True).returncode == 0


def test_without_shapely_2_the_plugin_loads_and_says_what_is_missing(
    qgis_process, qgis_process_env, enabled_plugin, tmp_path
):
    """A QGIS whose Python lacks shapely 2 still gets the provider and createdatabase; the
    algorithms that need shapely refuse with a message that says how to install it."""
    env = {k: v for k, v in qgis_process.env.items() if k != "PYTHONPATH"}
    bare = type(qgis_process)(qgis_process.command, env, qgis_process.workdir)
    listed = bare.run("list")
    assert listed.returncode == 0, bare.describe(listed)
    assert ALGORITHM_ID in listed.stdout
    assert "landrelease:delineatesha" in listed.stdout
    created = bare.run(
        "run", ALGORITHM_ID, "--", f"OUTPUT={tmp_path / 'bare.gpkg'}", "CRS=EPSG:32638"
    )
    assert created.returncode == 0, bare.describe(created)
    assert (tmp_path / "bare.gpkg").is_file()

    line = tmp_path / "line.geojson"
    line.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, '
        '"geometry": {"type": "LineString", "coordinates": [[47.0, 40.0], [47.1, 40.0]]}}]}',
        encoding="utf-8",
    )
    sha = bare.run(
        "run", "landrelease:delineatesha", "--", f"LINE={line}", f"OUTPUT={tmp_path / 'sha.gpkg'}"
    )
    if system_has_shapely_2():
        assert sha.returncode == 0, bare.describe(sha)
    else:
        assert sha.returncode != 0
        assert "shapely 2" in sha.stdout + sha.stderr, bare.describe(sha)


def test_createdatabase_on_postgis_from_qgis_process(qgis_process, enabled_plugin, postgres_server):
    """The real qgis_process creates the schema on the test server from a connection string."""
    schema = "lr_qgis_process"
    args = (
        "run",
        ALGORITHM_ID,
        "--",
        f"CONNECTION={postgres_server.conninfo()}",
        f"SCHEMA={schema}",
        "CRS=EPSG:32638",
    )
    first = qgis_process.run(*args, json=True)
    assert first.returncode == 0, qgis_process.describe(first)
    if qgis_process.supports_json:
        assert parse_json(qgis_process, first)["results"]["SCHEMA"] == schema
    tables = postgres_server.psql(
        f"SELECT table_name FROM information_schema.tables WHERE table_schema = '{schema}' "
        "ORDER BY 1"
    ).split()
    # the logins' organisations, the database's id
    assert set(tables) == LAYERS | {"organisation_member", "landrelease_info", "attachment"}
    styles = postgres_server.psql(
        f"SELECT count(*) FROM public.layer_styles WHERE f_table_schema = '{schema}' "
        "AND useasdefault"
    )
    assert styles.strip() == str(len(LAYERS))
    # Again: refused, the schema untouched.
    postgres_server.psql(
        f"INSERT INTO {schema}.hazard (hazard_id, classification) VALUES ('H-1', 'SHA')"
    )
    second = qgis_process.run(*args, json=True)
    text = second.stdout + second.stderr
    assert second.returncode != 0 or "error" in text.lower(), qgis_process.describe(second)
    assert "already exists" in text, qgis_process.describe(second)
    assert postgres_server.psql(f"SELECT hazard_id FROM {schema}.hazard").split() == ["H-1"]
