"""The packages the plugin needs, and their installation into the QGIS profile with real pip."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from landrelease.toolbelt import dependencies
from landrelease.toolbelt.dependencies import Requirement

PIP_ENV_SETTINGS = ("PIP_FIND_LINKS", "PIP_EXTRA_INDEX_URL", "PIP_NO_INDEX", "PIP_INDEX_URL")


def requirement(module="lr_not_a_package", minimum=(1,)) -> Requirement:
    return Requirement(module, module, "1.0", minimum, "tests", "")


def test_pins_follow_the_python_of_each_debian():
    debian12 = {r.module: r for r in dependencies.requirements((3, 11))}
    debian13 = {r.module: r for r in dependencies.requirements((3, 13))}
    assert set(debian12) == set(debian13) == {"shapely", "scipy", "ppigrf", "pygeodiff"}
    assert debian12["shapely"].pip_spec == "shapely==2.0.7"  # GEOS 3.11, the system's
    assert debian12["shapely"].apt == ""  # Debian 12's python3-shapely is 1.8
    assert debian13["shapely"].apt == "python3-shapely"
    assert debian12["ppigrf"].pip_spec == debian13["ppigrf"].pip_spec == "ppigrf==2.1.0"


def test_missing_names_what_is_absent_or_too_old():
    import shapely

    absent = requirement()
    too_old = Requirement("shapely", "shapely", "99.0", (99,), "tests", "")
    good = Requirement("shapely", "shapely", "2.0.7", (2, 0), "tests", "")
    assert dependencies.missing((absent, too_old, good)) == [
        (absent, None),
        (too_old, shapely.__version__),
    ]
    text = dependencies.summary(dependencies.missing((absent,)))
    assert text == "lr_not_a_package 1.0 (found: none) — for tests"


def test_this_machine_has_every_package():
    assert dependencies.missing() == []


def test_the_profile_folder_comes_first_on_the_path(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    folder = dependencies.packages_dir(tmp_path)
    assert folder == tmp_path / "python" / "landrelease-packages" / (
        f"py{sys.version_info[0]}.{sys.version_info[1]}"
    )
    assert dependencies.use_packages_dir(folder) is False  # not there yet
    (folder / "lr_probe_package").mkdir(parents=True)
    (folder / "lr_probe_package" / "__init__.py").write_text("ANSWER = 42\n")
    assert dependencies.use_packages_dir(folder) is True
    assert sys.path[0] == str(folder)
    assert dependencies.use_packages_dir(folder) is True and sys.path.count(str(folder)) == 1
    import lr_probe_package

    assert lr_probe_package.ANSWER == 42
    del sys.modules["lr_probe_package"]


def test_pip_runs_with_the_python_of_qgis():
    python = dependencies.python_for_pip()
    assert python is not None
    version = subprocess.run(
        [python, "-c", "import sys; print(sys.version_info[:2])"], capture_output=True, text=True
    ).stdout.strip()
    assert version == str(sys.version_info[:2])


def test_install_puts_the_pinned_wheel_into_the_profile_folder(tmp_path):
    target = dependencies.packages_dir(tmp_path)
    ppigrf = next(r for r in dependencies.requirements() if r.module == "ppigrf")
    result = dependencies.install([ppigrf], target)
    if not result.ok and "could not be reached" in result.message:
        pytest.skip("no package index here: " + result.message)
    assert result.ok, result.message
    assert str(target) in result.message and "Restart QGIS" in result.message
    assert (target / "ppigrf-2.1.0.dist-info").is_dir()
    assert not target.with_name(target.name + ".new").exists()
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, {str(target)!r}); import ppigrf; "
            "print(ppigrf.__file__)",
        ],
        capture_output=True,
        text=True,
    )
    assert probe.stdout.strip().startswith(str(target)), probe.stderr


def test_offline_install_says_so_and_leaves_the_folder_as_it_was(tmp_path, monkeypatch):
    for name in PIP_ENV_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("PIP_INDEX_URL", "http://127.0.0.1:9/simple")  # nothing listens there
    target = dependencies.packages_dir(tmp_path)
    target.mkdir(parents=True)
    (target / "kept.txt").write_text("installed before")
    result = dependencies.install([requirement("ppigrf")], target, timeout_s=120)
    assert not result.ok
    assert "could not be reached" in result.message and "offline" in result.message
    assert [p.name for p in target.iterdir()] == ["kept.txt"]
    assert not Path(str(target) + ".new").exists()


def test_pip_failures_in_words():
    no_pip = dependencies.explain_pip_failure("/usr/bin/python3.11: No module named pip", "py")
    assert "sudo apt install python3-pip" in no_pip
    no_wheel = dependencies.explain_pip_failure(
        "ERROR: Could not find a version that satisfies the requirement shapely==2.0.7", "py"
    )
    assert "no ready-built package" in no_wheel
    other = dependencies.explain_pip_failure("ERROR: disk full\n", "py")
    assert other == "pip could not install the packages: ERROR: disk full"


class _Desktop:
    """The two parts of the QGIS interface the installer uses, as real widgets."""

    def __init__(self):
        from qgis.gui import QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window = QMainWindow()
        self.bar = QgsMessageBar(self.window)

    def messageBar(self):  # noqa: N802
        return self.bar

    def mainWindow(self):  # noqa: N802
        return self.window


def test_a_missing_package_is_announced_with_an_install_button(qgis_app, monkeypatch):
    from qgis.PyQt.QtWidgets import QLabel, QPushButton

    from landrelease.dialogs.dependencies import DependencyInstaller

    desktop = _Desktop()
    installer = DependencyInstaller(desktop)
    assert installer.warn_if_missing() is False  # this machine has them all
    assert desktop.bar.currentItem() is None
    monkeypatch.setattr(dependencies, "missing", lambda: [(requirement("scipy"), None)])
    assert installer.warn_if_missing() is True
    item = desktop.bar.currentItem()
    texts = [w.text() for w in item.findChildren(QLabel)] + [item.text()]
    assert any("Python packages missing: scipy" in t for t in texts)
    assert [b.text() for b in item.findChildren(QPushButton) if b.text()] == ["Install…"]
