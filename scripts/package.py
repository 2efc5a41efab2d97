"""Build the plugin zip: one top folder ``landrelease/`` with what QGIS needs and nothing else."""

from __future__ import annotations

import argparse
import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXCLUDED_TOP = {
    ".ci",
    ".github",
    "tests",
    "scripts",
    "docs",
    ".gitignore",
    "Makefile",
    "pyproject.toml",
    "requirements-dev.txt",
}
BUILT = ("resources.py",)
REQUIRED = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
)


def tracked_files() -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return [f for f in out.stdout.decode("utf-8").split("\0") if f]


def package_files() -> list[str]:
    files = [f for f in tracked_files() if f.split("/")[0] not in EXCLUDED_TOP]
    files = [f for f in files if not f.endswith(".ts")]  # the zip carries the built .qm
    files += [f for f in BUILT if (ROOT / f).is_file()]
    files += [str(p.relative_to(ROOT)) for p in sorted((ROOT / "i18n").glob("*.qm"))]
    bad = [f for f in files if "__pycache__" in f or f.endswith(".pyc")]
    if bad:
        sys.exit(f"package: refusing compiled files: {bad}")
    missing = [f for f in ("__init__.py", "metadata.txt", "LICENSE", *BUILT) if f not in files]
    if missing:
        sys.exit(f"package: missing {missing} (run make build first)")
    return sorted(set(f for f in files if (ROOT / f).is_file()))


def check_metadata() -> None:
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    empty = [k for k in REQUIRED if not parser["general"].get(k, "").strip()]
    if empty:
        sys.exit(f"package: metadata.txt lacks {empty}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", required=True, type=Path)
    args = parser.parse_args()
    check_metadata()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    files = package_files()
    with zipfile.ZipFile(args.output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            archive.write(ROOT / name, f"landrelease/{name}")
    print(f"package: {args.output} ({len(files)} files)")


if __name__ == "__main__":
    main()
