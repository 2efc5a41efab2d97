"""The Python packages the plugin needs besides QGIS, and their installation into a folder of the
QGIS profile (never into the system's Python).

Debian 12's QGIS runs Python 3.11 with shapely 1.8 and no way to ``pip install`` into the system
(PEP 668). The plugin installs pinned wheels with ``pip --target`` into
``<profile>/python/landrelease-packages/py3.11`` and puts that folder first on ``sys.path`` when
QGIS loads the plugin, before anything imports shapely. ``--no-deps``: numpy and pandas stay the
system's, which QGIS and the wheels below are built against.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

PACKAGES_FOLDER = "landrelease-packages"
PIP_TIMEOUT_S = 600
CONTEXT = "LandReleaseDependencies"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name i18n.py knows
    return text


@dataclass(frozen=True)
class Requirement:
    module: str  # the name imported
    distribution: str  # the name pip knows
    pin: str  # the version installed by the plugin
    minimum: tuple[int, ...]  # the oldest version the plugin works with
    needed_for: str  # untranslated; shown through tr()
    apt: str  # the Debian package, when Debian's version is new enough

    @property
    def pip_spec(self) -> str:
        return f"{self.distribution}=={self.pin}"


def requirements(python: tuple[int, int] | None = None) -> tuple[Requirement, ...]:
    """The packages for the running Python (3.11: Debian 12; 3.13: Debian 13)."""
    python = python or sys.version_info[:2]
    old = python < (3, 12)
    # shapely 2.0's wheel bundles GEOS 3.11, the system's on Debian 12 (the desktop loads the
    # system GEOS first; shapely 2.1 calls functions GEOS 3.11 lacks).
    return (
        Requirement(
            "shapely",
            "shapely",
            "2.0.7" if old else "2.1.1",
            (2, 0),
            QT_TRANSLATE_NOOP(CONTEXT, "delineation, traverses, tasking maps, reports"),
            "" if old else "python3-shapely",
        ),
        Requirement(
            "scipy",
            "scipy",
            "1.10.1" if old else "1.15.3",
            (1, 9),
            QT_TRANSLATE_NOOP(CONTEXT, "Delineate CHA (clustering of evidence)"),
            "python3-scipy",
        ),
        Requirement(
            "ppigrf",
            "ppigrf",
            "2.1.0",
            (2, 1),
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "magnetic declination (IGRF-14); needs pandas (apt install python3-pandas)",
            ),
            "",
        ),
        Requirement(
            "pygeodiff",
            "pygeodiff",
            "2.3.2",
            (2, 0),
            QT_TRANSLATE_NOOP(CONTEXT, "field packages: the edits made in the field (geodiff)"),
            "",
        ),
    )


def packages_dir(profile_dir: str | os.PathLike | None = None) -> Path:
    """The plugin's package folder in the QGIS profile, one per Python version."""
    if profile_dir is None:
        from qgis.core import QgsApplication

        profile_dir = QgsApplication.qgisSettingsDirPath()
    version = f"py{sys.version_info[0]}.{sys.version_info[1]}"
    return Path(profile_dir) / "python" / PACKAGES_FOLDER / version


def use_packages_dir(folder: Path | None = None) -> bool:
    """Put the package folder first on ``sys.path`` when it holds packages; True if it does."""
    folder = folder or packages_dir()
    if not folder.is_dir() or not any(folder.iterdir()):
        return False
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
        importlib.invalidate_caches()
    return True


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def installed_version(requirement: Requirement) -> str | None:
    """The version Python would import now, or None when the module cannot be found."""
    module = sys.modules.get(requirement.module)
    if module is not None:
        return getattr(module, "__version__", None) or "?"
    if importlib.util.find_spec(requirement.module) is None:
        return None
    try:
        return importlib.metadata.version(requirement.distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def missing(reqs: tuple[Requirement, ...] | None = None) -> list[tuple[Requirement, str | None]]:
    """The requirements not met here, each with the version found (None: not installed)."""
    found = []
    for requirement in reqs or requirements():
        version = installed_version(requirement)
        if version is None or (version != "?" and _version_tuple(version) < requirement.minimum):
            found.append((requirement, version))
    return found


def python_for_pip() -> str | None:
    """The interpreter of the running Python's version (inside QGIS ``sys.executable`` is QGIS)."""
    name = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (
        Path(sys.base_exec_prefix) / "bin" / name,
        Path(sys.executable) if Path(sys.executable).name.startswith("python") else None,
    ):
        if candidate is not None and candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which(name)


def pip_arguments(reqs, target: Path) -> list[str]:
    return [
        "-m",
        "pip",
        "install",
        "--target",
        str(target),
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "--no-input",
        "--retries",
        "1",
        "--timeout",
        "15",
        *(r.pip_spec for r in reqs),
    ]


@dataclass(frozen=True)
class InstallResult:
    ok: bool
    message: str


_OFFLINE = re.compile(
    r"NewConnectionError|Temporary failure in name resolution|Network is unreachable|"
    r"Connection refused|Max retries exceeded|timed out|No route to host|ProxyError",
    re.I,
)


def explain_pip_failure(output: str, python: str) -> str:
    """What went wrong, in words a GIS officer can act on."""
    if re.search(r"No module named pip", output):
        return tr(
            "pip is not installed for {}. On Debian: 'sudo apt install python3-pip', then try "
            "again."
        ).format(python)
    if _OFFLINE.search(output):
        return tr(
            "The Python package index (pypi.org) could not be reached: this computer seems to be "
            "offline or behind a proxy. Connect it to the internet (or set the proxy in "
            "PIP_PROXY), or install the packages with apt/pip as the README says, then restart "
            "QGIS."
        )
    if "Could not find a version that satisfies" in output:
        return tr(
            "pip found no ready-built package for this Python ({}): install the packages with "
            "apt or pip as the README says, then restart QGIS."
        ).format(python)
    last = [line for line in output.strip().splitlines() if line.strip()][-3:]
    return tr("pip could not install the packages: {}").format(" ".join(last) or "?")


def install(reqs, target: Path | None = None, timeout_s: float = PIP_TIMEOUT_S) -> InstallResult:
    """Install ``reqs`` with pip into ``target`` (the profile's package folder): first into a new
    folder beside it, which then replaces it, so a failed run leaves the folder as it was."""
    reqs = list(reqs)
    target = target or packages_dir()
    python = python_for_pip()
    if python is None:
        return InstallResult(False, tr("No Python interpreter was found to run pip."))
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.parent.mkdir(parents=True, exist_ok=True)
    if target.is_dir():
        shutil.copytree(target, staging)
    env = dict(os.environ, PYTHONNOUSERSITE="1")
    try:
        run = subprocess.run(
            [python, *pip_arguments(reqs, staging)],
            capture_output=True,
            text=True,
            timeout=timeout_s,
            env=env,
        )
    except subprocess.TimeoutExpired:
        shutil.rmtree(staging, ignore_errors=True)
        return InstallResult(
            False,
            tr("pip did not finish within {} s; the network may be too slow.").format(timeout_s),
        )
    if run.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        return InstallResult(False, explain_pip_failure(run.stdout + run.stderr, python))
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    names = ", ".join(r.pip_spec for r in reqs)
    return InstallResult(
        True,
        tr("Installed {} into {}. Restart QGIS to use them.").format(names, target),
    )


def summary(found: list[tuple[Requirement, str | None]]) -> str:
    """One line per missing package: name, version found, what needs it, the apt alternative."""
    lines = []
    for requirement, version in found:
        line = tr("{name} {pin} (found: {found}) — for {purpose}").format(
            name=requirement.distribution,
            pin=requirement.pin,
            found=version or tr("none"),
            purpose=tr(requirement.needed_for),
        )
        if requirement.apt:
            line += " " + tr("(or: sudo apt install {})").format(requirement.apt)
        lines.append(line)
    return "\n".join(lines)
