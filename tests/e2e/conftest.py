# SPDX-License-Identifier: GPL-2.0-or-later
"""Fixtures for the end-to-end tests: the real ``qgis_process`` and the real QGIS desktop.

Both run in subprocesses that find the plugin through ``QGIS_PLUGINPATH``: a temporary folder
holding only a symlink ``landrelease`` -> the plugin folder (the repository root, or
``$LANDRELEASE_E2E_PLUGIN_DIR``, e.g. a plugin extracted from the package zip). The repository
root itself never goes on ``sys.path``/``PYTHONPATH``: its ``processing`` package would shadow
QGIS's, so subprocesses also never run with the repository as their working directory.

Environment:
    LANDRELEASE_E2E_PLUGIN_DIR  plugin folder to test instead of the repository root
    LANDRELEASE_SCREENSHOTS     where test_desktop.py saves its screenshots (default: a tmp dir)
    PYTHONPATH                  passed on to QGIS (minus the repository root), e.g. to lend
                                QGIS's own Python a dependency it lacks (the plugin needs
                                shapely 2, see README):
                                PYTHONPATH=.venv/lib/python3.11/site-packages
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN_NAME = "landrelease"
ALGORITHM_ID = "landrelease:createdatabase"
TIMEOUT = 120  # seconds for one qgis_process call


def missing_module_hint(text: str) -> str:
    """A hint when QGIS's Python could not import one of the plugin's dependencies."""
    found = re.findall(r"No module named '([^']+)'", text)
    if not found:
        return ""
    return (
        f"\nHINT: QGIS's own Python cannot import {sorted(set(found))}: install it for the Python "
        "QGIS embeds (README), or pass PYTHONPATH=<a folder holding it> to the tests."
    )


def require_binary(name: str) -> str:
    """The path of ``name`` on PATH; fail (never skip) with a clear message when missing."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name!r} is not on PATH: the end-to-end tests need it "
            "(Debian: apt-get install qgis xvfb xdotool, or run scripts/setup.sh).",
            pytrace=False,
        )
    return path


def plugin_source() -> Path:
    source = Path(os.environ.get("LANDRELEASE_E2E_PLUGIN_DIR") or ROOT).resolve()
    if not (source / "metadata.txt").is_file() or not (source / "__init__.py").is_file():
        pytest.fail(f"{source} is not a QGIS plugin folder (no metadata.txt/__init__.py)")
    return source


def venv_site_packages() -> list[str]:
    """The test venv's own site-packages (shapely 2 lives there), when the tests run in a venv."""
    if sys.prefix == sys.base_prefix:
        return []
    return [sysconfig.get_paths()["purelib"]]


def base_env(with_dependencies: bool = True, **extra: str) -> dict[str, str]:
    """os.environ for a QGIS subprocess, without the repository root on PYTHONPATH.

    ``with_dependencies`` lends QGIS's Python the venv's site-packages, as a user who installed
    shapely 2 with pip has it; without it QGIS sees only the system's packages.
    """
    env = dict(os.environ)
    python_path = [
        p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and Path(p).resolve() != ROOT
    ]
    if with_dependencies:
        python_path += [p for p in venv_site_packages() if p not in python_path]
    if python_path:
        env["PYTHONPATH"] = os.pathsep.join(python_path)
    else:
        env.pop("PYTHONPATH", None)
    env.update(extra)
    return env


def runtime_dir(base: Path) -> Path:
    """A private XDG_RUNTIME_DIR (Qt warns without one)."""
    path = base / "xdg-runtime"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def write_ini(path: Path, sections: dict[str, dict[str, str]]) -> None:
    """Merge ``sections`` into the QSettings ini file ``path`` (created if needed)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # QSettings keys are case sensitive
    if path.exists():
        parser.read(path, encoding="utf-8")
    for section, values in sections.items():
        if not parser.has_section(section):
            parser.add_section(section)
        for key, value in values.items():
            parser.set(section, key, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        parser.write(handle, space_around_delimiters=False)


@pytest.fixture(scope="session")
def e2e_helpers():
    """Helpers for the test modules (pytest's importlib mode cannot import conftest)."""

    class Helpers:
        root = ROOT
        plugin_name = PLUGIN_NAME
        algorithm_id = ALGORITHM_ID

    Helpers.require_binary = staticmethod(require_binary)
    Helpers.missing_module_hint = staticmethod(missing_module_hint)
    Helpers.base_env = staticmethod(base_env)
    Helpers.runtime_dir = staticmethod(runtime_dir)
    Helpers.write_ini = staticmethod(write_ini)
    return Helpers


@pytest.fixture(scope="session")
def e2e_plugin_path(tmp_path_factory) -> Path:
    """A temporary QGIS_PLUGINPATH folder with the symlink ``landrelease`` -> the plugin."""
    folder = tmp_path_factory.mktemp("e2e-pluginpath")
    (folder / PLUGIN_NAME).symlink_to(plugin_source(), target_is_directory=True)
    return folder


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory) -> Path:
    configured = os.environ.get("LANDRELEASE_SCREENSHOTS")
    folder = Path(configured) if configured else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder.resolve()


class QgisProcess:
    """The ``qgis_process`` command with a private profile and the plugin on its plugin path."""

    def __init__(self, command: list[str], env: dict[str, str], workdir: Path):
        self.command = command
        self.env = env
        self.workdir = workdir
        completed = self.run("--help")
        self.help_text = completed.stdout + completed.stderr
        self.supports_json = "--json" in self.help_text

    def run(self, *args: str, json: bool = False):
        """Run ``qgis_process [--json] args``; returns the CompletedProcess (text)."""
        argv = list(self.command)
        if json and self.supports_json:
            argv.append("--json")
        argv += list(args)
        try:
            return subprocess.run(
                argv,
                env=self.env,
                cwd=self.workdir,
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            pytest.fail(f"{' '.join(argv)} did not finish in {TIMEOUT} s: {error.stderr!r}")

    def describe(self, completed) -> str:
        return (
            f"$ {' '.join(map(str, completed.args))}\nexit code {completed.returncode}\n"
            f"--- stdout ---\n{completed.stdout[-6000:]}\n"
            f"--- stderr ---\n{completed.stderr[-6000:]}"
            + missing_module_hint(completed.stdout + completed.stderr)
        )


def resolve_qgis_process(env: dict[str, str], workdir: Path) -> list[str]:
    """The command that runs qgis_process.

    Debian's /usr/bin/qgis_process is a shell wrapper that sources /etc/default/qgis, whose
    QGIS_OPTS='--noversioncheck' is meant for the desktop: qgis_process.bin rejects it with
    "Command --noversioncheck not known!" and exits 1, whatever the arguments. When the wrapper
    fails like that, run the real binary next to it (the wrapper only adds GRASS libraries to
    LD_LIBRARY_PATH, which these tests do not need).
    """
    wrapper = require_binary("qgis_process")
    probe = subprocess.run(
        [wrapper, "--version"],
        env=env,
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if probe.returncode == 0 and "not known" not in probe.stdout + probe.stderr:
        return [wrapper]
    binary = Path(os.path.realpath(wrapper) + ".bin")
    if binary.is_file() and os.access(binary, os.X_OK):
        return [str(binary)]
    pytest.fail(
        f"{wrapper} --version fails and there is no {binary}:\n{probe.stdout}\n{probe.stderr}"
    )


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory, e2e_plugin_path):
    """Environment and working folder of qgis_process: a private QGIS_CUSTOM_CONFIG_PATH."""
    base = tmp_path_factory.mktemp("qgis-process")
    config = base / "config"
    config.mkdir()
    workdir = base / "cwd"
    workdir.mkdir()
    env = base_env(
        QGIS_PLUGINPATH=str(e2e_plugin_path),
        QGIS_CUSTOM_CONFIG_PATH=str(config),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime_dir(base)),
    )
    return env, workdir, config


@pytest.fixture(scope="module")
def qgis_process(qgis_process_env) -> QgisProcess:
    env, workdir, _config = qgis_process_env
    return QgisProcess(resolve_qgis_process(env, workdir), env, workdir)


@pytest.fixture(scope="module")
def enabled_plugin(qgis_process, qgis_process_env):
    """Enable the plugin in the private profile; returns how (and qgis_process's answer).

    ``qgis_process plugins enable NAME`` exists since QGIS 3.22 (and is needed there: since
    3.22 qgis_process loads only the plugins enabled in the profile). Should a QGIS lack the
    subcommand, the same thing is done by hand: ``[PythonPlugins] landrelease=true`` in the
    profile's QGIS/QGIS3.ini under QGIS_CUSTOM_CONFIG_PATH.
    """
    _env, _workdir, config = qgis_process_env
    completed = qgis_process.run("plugins", "enable", PLUGIN_NAME)
    output = completed.stdout + completed.stderr
    if "plugins enable" in qgis_process.help_text:
        assert completed.returncode == 0, qgis_process.describe(completed)
        return {"method": "qgis_process plugins enable", "completed": completed}
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    write_ini(ini, {"PythonPlugins": {PLUGIN_NAME: "true"}})
    return {"method": f"wrote {ini}", "completed": completed, "output": output}
