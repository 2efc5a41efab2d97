"""`make package`'s zip: what the official plugin repository validates."""

from __future__ import annotations

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

import landrelease

ROOT = Path(landrelease.__file__).resolve().parent


def test_zip_layout(tmp_path):
    output = tmp_path / "landrelease.zip"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "package.py"), "--output", str(output)],
        check=True,
        cwd=ROOT,
    )
    with zipfile.ZipFile(output) as archive:
        names = archive.namelist()
        metadata = archive.read("landrelease/metadata.txt").decode("utf-8")
    assert {n.split("/")[0] for n in names} == {"landrelease"}
    for required in ("__init__.py", "metadata.txt", "LICENSE", "plugin.py", "resources.py"):
        assert f"landrelease/{required}" in names
    assert "landrelease/core/model.py" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in names if n.startswith(("landrelease/tests/", "landrelease/.ci/"))]
    assert "landrelease/.venv/" not in {n[: len("landrelease/.venv/")] for n in names}
    parser = configparser.ConfigParser()
    parser.read_string(metadata)
    assert parser["general"]["hasProcessingProvider"] == "yes"
