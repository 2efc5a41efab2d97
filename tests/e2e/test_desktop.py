# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin in the real QGIS desktop, on a private Xvfb display.

QGIS starts with a fresh profile (``--profiles-path``) in which the plugin is enabled, the
plugin folder on QGIS_PLUGINPATH, and ``--code qgis_startup.py``. That script (it runs inside
QGIS) checks the plugin, its menu and Processing provider, creates and loads a database with the
plugin's own code, takes screenshots, collects the Python errors of the message log, writes it
all as JSON and quits QGIS. This test waits for the JSON, watching for blocking error dialogs
meanwhile, then stops QGIS and Xvfb (process groups) whatever happened.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

HERE = Path(__file__).resolve().parent
STARTUP_SCRIPT = HERE / "qgis_startup.py"
RESULT_TIMEOUT = 180  # seconds for QGIS to start and write its result
EXIT_TIMEOUT = 30  # seconds for QGIS to quit by itself afterwards
SCREEN = "1600x1000x24"
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
# Windows that mean something went wrong: QGIS shows Python errors in modal dialogs.
ERROR_WINDOW = re.compile(r"error|couldn.t load|crash|exception|traceback", re.I)


def stop_group(process: subprocess.Popen | None, grace: float = 5.0) -> None:
    """SIGTERM then SIGKILL the process group that ``process`` leads (started by us)."""
    if process is None or process.poll() is not None and not _group_alive(process.pid):
        return
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, grace)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait)
            if not _group_alive(process.pid):
                break
        except subprocess.TimeoutExpired:
            continue


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def free_display(start: int = 90) -> int:
    """A display number with neither an X socket nor a lock file."""
    for number in range(start, start + 400):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    pytest.fail("no free X display number between :90 and :490")


def start_xvfb(xvfb: str, log_dir: Path) -> tuple[subprocess.Popen, int]:
    """Xvfb on a free display; retries another number if that one is taken meanwhile."""
    start = 90 + os.getpid() % 200
    for _attempt in range(5):
        number = free_display(start)
        with (log_dir / f"xvfb-{number}.log").open("wb") as log:
            process = subprocess.Popen(
                [xvfb, f":{number}", "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and process.poll() is None:
            if socket.exists():
                return process, number
            time.sleep(0.1)
        stop_group(process)
        start = number + 1
    pytest.fail(f"Xvfb did not start; see {log_dir}/xvfb-*.log")


def visible_windows(xdotool: str, env: dict[str, str]) -> list[tuple[str, str]]:
    """(id, title) of the visible X windows that have a title."""
    try:
        ids = subprocess.run(
            [xdotool, "search", "--onlyvisible", "--name", "."],
            env=env,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.split()
        windows = []
        for wid in ids:
            name = subprocess.run(
                [xdotool, "getwindowname", wid],
                env=env,
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout.strip()
            if name:
                windows.append((wid, name))
        return windows
    except (OSError, subprocess.TimeoutExpired):
        return []


def dismiss(xdotool: str, env: dict[str, str], wid: str) -> None:
    """Press Escape in a dialog so that QGIS goes on (and our script can report)."""
    for args in (["windowfocus", "--sync", wid], ["key", "--clearmodifiers", "Escape"]):
        subprocess.run([xdotool, *args], env=env, capture_output=True, timeout=10, check=False)


def python_errors(result: dict, stderr: str) -> list[str]:
    """Python errors about the plugin, or any traceback, seen by QGIS."""
    errors = []
    tabs = result.get("log_viewer", {}).get("tabs", {})
    for title, text in tabs.items():
        if title.lower().startswith("python error") and (
            "landrelease" in text.lower() or "traceback" in text.lower()
        ):
            errors.append(f"[log tab {title}]\n{text}")
    for message in result.get("messages", []):
        text = message.get("message", "")
        if message.get("tag", "").lower().startswith("python error") and (
            "landrelease" in text.lower() or "traceback" in text.lower()
        ):
            errors.append(f"[message log {message['tag']}]\n{text}")
    for block in re.findall(r"Traceback \(most recent call last\):.*?(?=\n\S|\Z)", stderr, re.S):
        errors.append(f"[stderr]\n{block}")
    return errors


@pytest.mark.parametrize("backend", ["gpkg", "postgis"])
def test_plugin_in_qgis_desktop(
    backend, e2e_helpers, e2e_plugin_path, screenshot_dir, tmp_path, capsys, request
):
    xvfb = e2e_helpers.require_binary("Xvfb")
    qgis = e2e_helpers.require_binary("qgis")
    xdotool = e2e_helpers.require_binary("xdotool")
    assert STARTUP_SCRIPT.is_file()

    profiles = tmp_path / "profiles"
    # --profiles-path P keeps the profile in P/profiles/default. The plugin is enabled there;
    # English UI whatever the locale; no version check or news feed (no network, no dialogs).
    e2e_helpers.write_ini(
        profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini",
        {
            "PythonPlugins": {e2e_helpers.plugin_name: "true"},
            "qgis": {"checkVersion": "false", "showTips": "false"},
            "locale": {"overrideFlag": "true", "userLocale": "en_US"},
            "core": {"NewsFeed\\httpsfeedqgisorg\\disabled": "true"},
        },
    )
    workdir = tmp_path / "work"
    workdir.mkdir()
    (screenshot_dir / backend).mkdir(exist_ok=True)
    result_file = tmp_path / "result.json"
    log_path = tmp_path / "qgis.log"

    started = time.monotonic()
    xvfb_process = qgis_process = None
    dialogs: list[str] = []
    exit_code = None
    try:
        xvfb_process, display = start_xvfb(xvfb, tmp_path)
        env = e2e_helpers.base_env(
            DISPLAY=f":{display}",
            QT_QPA_PLATFORM="xcb",
            QGIS_PLUGINPATH=str(e2e_plugin_path),
            XDG_RUNTIME_DIR=str(e2e_helpers.runtime_dir(tmp_path)),
            LANDRELEASE_E2E_RESULT=str(result_file),
            LANDRELEASE_E2E_WORKDIR=str(workdir),
            LANDRELEASE_SCREENSHOTS=str(screenshot_dir / backend),
        )
        if backend == "postgis":
            server = request.getfixturevalue("postgres_server")
            env["LANDRELEASE_E2E_PG"] = f"{server.conninfo()}|lr_desktop_{os.getpid()}"
        env.pop("QGIS_CUSTOM_CONFIG_PATH", None)  # would override --profiles-path
        with log_path.open("wb") as log:
            qgis_process = subprocess.Popen(
                [
                    qgis,
                    "--nologo",
                    "--noversioncheck",
                    "--profiles-path",
                    str(profiles),
                    "--code",
                    str(STARTUP_SCRIPT),
                ],
                env=env,
                cwd=workdir,  # never the repository root: its processing package
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        deadline = time.monotonic() + RESULT_TIMEOUT
        last_check = 0.0
        while not result_file.exists():
            if qgis_process.poll() is not None:
                pytest.fail(
                    f"QGIS exited with {qgis_process.returncode} before writing its result\n"
                    + log_path.read_text(errors="replace")[-6000:]
                )
            if time.monotonic() > deadline:
                windows = visible_windows(xdotool, env)
                pytest.fail(
                    f"no result from QGIS after {RESULT_TIMEOUT} s; visible windows: {windows}; "
                    f"error dialogs seen: {dialogs}\n"
                    + log_path.read_text(errors="replace")[-6000:]
                )
            if time.monotonic() - last_check > 2:
                last_check = time.monotonic()
                for wid, title in visible_windows(xdotool, env):
                    if ERROR_WINDOW.search(title):
                        if title not in dialogs:
                            dialogs.append(title)
                        dismiss(xdotool, env, wid)
            time.sleep(0.25)
        result_time = time.monotonic() - started
        try:
            exit_code = qgis_process.wait(timeout=EXIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            exit_code = None
    finally:
        stop_group(qgis_process)
        stop_group(xvfb_process)

    result = json.loads(result_file.read_text(encoding="utf-8"))
    stderr = log_path.read_text(errors="replace")
    with capsys.disabled():
        print(f"\nQGIS {result.get('qgis_version')}: result after {result_time:.1f} s")
        for name, shot in sorted(result.get("screenshots", {}).items()):
            print(f"  screenshot {name}: {shot['path']} ({shot['width']}x{shot['height']})")
        notes = [
            f"{m['tag']} {m['level']}: {m['message']}"
            for m in result.get("messages", [])
            if m.get("level") in ("Warning", "Critical")
        ]
        for note in notes:
            print(f"  log: {note}")

    errors = python_errors(result, stderr)
    assert not dialogs and not errors, (
        f"QGIS showed error dialogs: {dialogs}\nPython errors in QGIS:\n"
        + "\n\n".join(errors)
        + e2e_helpers.missing_module_hint("\n".join(errors))
    )
    assert not result["errors"], "the startup script failed:\n" + "\n".join(result["errors"])
    assert result["plugin_in_plugins"], result.get("available_plugins")
    assert result["plugin_active"], result.get("active_plugins")
    bar = [i for i in result.get("message_bar", []) if "landrelease" in json.dumps(i).lower()]
    assert not bar, f"message bar: {bar}"

    assert result["menu_found"], result["menubar_titles"]
    # The plugin's own language, switched in the running desktop (QGIS itself stays English).
    switched = result.get("language_switch", {})
    assert switched.get("az", {}).get("title") == "Ərazinin azad edilməsi", switched
    assert "Ərazinin azad edilməsini qeydə al…" in switched["az"]["actions"]
    assert switched["ru"]["title"] == "Высвобождение земель"
    assert "Зарегистрировать высвобождение земель…" in switched["ru"]["actions"]
    assert switched["qgis"]["title"] == "Land Release"
    walk = result.get("walk", {})
    assert sorted(walk) == ["az", "qgis", "ru"], result["errors"]
    expected = {
        "az": ("Təhlükəli ərazi", "Delineate CHA"),
        "ru": ("Опасная область", "Delineate CHA"),
        "qgis": ("Hazardous area", "Delineate CHA"),
    }
    for code, (hazard_words, _english_title) in expected.items():
        seen = walk[code]
        assert seen["tree"]["hazard"] == hazard_words, seen["tree"]
        assert seen["cha_evidence_default"] == "evidence", seen  # not survey_point
        assert seen["connect_title"] != "New Land Release Database"
    assert walk["ru"]["release_legend"] == ["Исключена", "Сокращена", "Очищена"]
    assert walk["qgis"]["release_legend"] == ["Cancelled", "Reduced", "Cleared"]
    assert walk["ru"]["cha_dialog_title"] != walk["qgis"]["cha_dialog_title"]
    assert walk["az"]["dock_title"] != walk["qgis"]["dock_title"]
    assert result["menus_with_object_name"] == 1
    assert {"New Database…", "Open Database…"} <= set(result["menu_actions"]), result[
        "menu_actions"
    ]
    assert result["provider_present"]
    assert result["algorithm_present"], result["provider_algorithms"]

    assert set(result["loaded_layers"]) == LAYERS
    assert result["providers"] == (["postgres"] if backend == "postgis" else ["ogr"])
    assert LAYERS <= set(result["project_layers"])
    assert result["hazard_renderer"] == "RuleRenderer"
    assert result["features_added"] == {"hazard": 2, "land_release": 1}
    for row in result["features"]["hazard"] + result["features"]["land_release"]:
        assert row["uuid"], row  # filled by the default value expression / trigger
    assert result["menu_visible"]
    assert result["form_class"] == "QgsAttributeDialog"

    reload = result["reload"]
    assert reload["unloaded"] and reload["loaded"] and reload["started"], reload
    # A clearance recorded in the dock with the capture tool, 200 m x 260 m aimed at by pixels.
    record = result["record"]
    assert record["dock_visible"] and record["save_enabled"], record
    assert record["capture_tool"] == "QgsMapToolDigitizeFeature"
    assert record["releases"] == ["LR-E2E-0001", "LR-E2E-0002"], record
    assert record["release_area_m2"] == pytest.approx(52000, rel=0.02)
    assert record["release_team"] == "Təmizləmə qrupu 3"
    assert record["hazard_status"] == "worked_on"
    assert record["hazard_remaining_m2"] == pytest.approx(
        record["hazard_estimated_m2"] - record["release_area_m2"], abs=0.5
    )
    assert ["land_release", "insert"] in [row[:2] for row in record["log"]], record["log"]
    # The sample record MFR-001 typed into the Turning points dialog, saved as a hazard.
    tp = result["turning_points"]
    assert tp["rows"] >= 12 and tp["perimeter_points"] == 10, tp
    assert tp["closure_error_m"] == pytest.approx(3.29, abs=0.01)  # as make demo reports it
    assert "3.29 m" in tp["closure_text"], tp["closure_text"]
    assert tp["saved"] == "CHA-E2E-MFR1"
    assert tp["hazard_area_m2"] > 0
    seqs = [row[0] for row in tp["survey_points"]]
    assert seqs == sorted(seqs) and len(seqs) == 12, tp["survey_points"]
    assert tp["survey_points"][0][2] == "40°02'13.43\"N 46°57'14.45\"E"
    # A Soviet form typed in: Gauss–Krüger start, 12-50 bearings, IGRF declination of 1993.
    soviet = result["soviet_record"]
    assert soviet["size"][0] <= 1366 and soviet["size"][1] <= 700, soviet
    assert soviet["statuses"] == ["OK · GK"] + ["OK"] * 5, soviet
    assert re.fullmatch(
        r"IGRF-14 at point 1 on 1993-06-15: \+4\.\d\d° E", soviet["declination_text"]
    ), soviet
    assert "the end point closes onto the start" in soviet["closure_text"], soviet
    assert soviet["saved"] == "MFR-E2E-1993-41"
    assert soviet["record"] == ["MFR-E2E-1993-41", "igrf", 180], soviet
    assert [leg[1:] for leg in soviet["legs"]] == [
        [mils, "mil6000"] for mils in (906.0, 1250.0, 2750.0, 4250.0, 5750.0)
    ], soviet["legs"]
    assert soviet["first_point"] == [[0, "reference", "X=4430293 Y=8664944"]], soviet
    shot = result["screenshots"]["turning_points_soviet_record.png"]
    assert shot["saved"] and Path(shot["path"]).stat().st_size > 1000, shot
    assert reload["after_unload"] == {
        "active": False,
        "menus": 0,
        "provider": False,
        "algorithm": False,
    }, reload
    assert reload["after_reload"] == {
        "active": True,
        "menus": 1,
        "provider": True,
        "algorithm": True,
    }, reload

    for name in ("main_window.png", "land_release_menu.png", "hazard_form.png"):
        shot = result["screenshots"][name]
        assert shot["saved"] and Path(shot["path"]).stat().st_size > 1000, shot

    assert exit_code == 0, f"QGIS did not quit cleanly (exit code {exit_code})\n{stderr[-4000:]}"
