"""The rooms of the house (DESIGN §2) and what may import what, read from the code itself.

core/      plain Python and shapely: no qgis, no Qt, no other room
qgis_io/   the one bridge between QGIS objects and core values: core only
storage/   the land release database: core and qgis_io (and styles, the stored look)
processing/ the algorithms: storage, qgis_io, core, layouts, styles, toolbelt — never dialogs
dialogs/   Qt wiring: storage, qgis_io, core — never a processing module (algorithm dialogs
           are opened by id)
Only plugin.py and dialogs/ touch ``iface``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "landrelease"
ROOMS = ("core", "qgis_io", "storage", "processing", "dialogs", "layouts", "styles", "toolbelt")
EXTERNAL_FOR_CORE = {"qgis", "PyQt5", "PyQt6", "osgeo"}  # core is plain Python and shapely
FORBIDDEN = {  # rooms of our own package (QGIS's own "processing" module is not ours)
    "core": {"qgis_io", "storage", "processing", "dialogs", "layouts", "styles", "toolbelt",
             "plugin"},
    "qgis_io": {"storage", "processing", "dialogs", "layouts", "plugin"},
    "storage": {"processing", "dialogs", "layouts", "plugin"},
    "processing": {"dialogs", "plugin"},
    "dialogs": {"processing", "plugin"},
    "layouts": {"processing", "dialogs", "storage", "plugin"},
    "styles": {"processing", "dialogs", "storage", "layouts", "plugin"},
    "toolbelt": {"processing", "dialogs", "storage", "qgis_io", "layouts", "styles", "plugin",
                 "resources"},
}  # fmt: skip


def product_files() -> list[Path]:
    return sorted(p for room in ROOMS for p in (ROOT / room).rglob("*.py"))


def imported(path: Path, root: Path = ROOT) -> list[tuple[int, str, bool]]:
    """(line, what, ours) of every import of ``path``, module level or inside functions: for our
    own package the room ("storage", "plugin"…), else the top-level module ("qgis", "numpy"…)."""
    package = [PACKAGE, *path.relative_to(root).parent.parts]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = [*base, *(node.module.split(".") if node.module else [])]
                if len(target) == 1:  # "from .. import x" at the top: x is a room or module
                    found += [(node.lineno, alias.name, True) for alias in node.names]
                    continue
                names = [".".join(target)]
            else:
                names = [node.module or ""]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == PACKAGE:
                found.append((node.lineno, parts[1] if len(parts) > 1 else PACKAGE, True))
            else:
                found.append((node.lineno, parts[0], False))
    return found


def violations(path: Path, root: Path = ROOT) -> list[str]:
    room = path.relative_to(root).parts[0]
    forbidden = FORBIDDEN.get(room, set())
    return [
        f"{path.relative_to(root)}:{line}: {room}/ imports {what}"
        for line, what, ours in imported(path, root)
        if (what in forbidden if ours else room == "core" and what in EXTERNAL_FOR_CORE)
    ]


def test_every_room_imports_only_what_it_may():
    found = [v for path in product_files() for v in violations(path)]
    assert not found, "\n".join(found)


def test_only_the_plugin_and_the_dialogs_touch_iface():
    found = []
    for path in product_files():
        room = path.relative_to(ROOT).parts[0]
        if room == "dialogs":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "qgis.utils":
                if any(alias.name == "iface" for alias in node.names):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: imports iface")
            if isinstance(node, ast.Attribute) and node.attr == "iface":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: uses .iface")
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("room", "source", "caught"),
    [
        ("core", "import qgis.core\n", True),
        ("core", "from ..storage import recording\n", True),
        ("qgis_io", "from ..storage.database import open_layers\n", True),
        ("storage", "def f():\n    from ..processing import provider\n", True),
        ("dialogs", "from ..processing.traverse import Traverse\n", True),
        ("dialogs", "from .. import processing\n", True),
        ("dialogs", "import processing  # QGIS's own, to run an algorithm by id\n", False),
        ("toolbelt", "from .. import resources\n", True),
        ("processing", "from ..storage import recording\n", False),
        ("dialogs", "from ..storage.recording import save_hazard\n", False),
        ("core", "import shapely\nfrom . import model\n", False),
    ],
)
def test_the_rule_catches_a_forbidden_import(tmp_path, room, source, caught):
    """The rule fails when a forbidden import is added (written here into a scratch tree)."""
    path = tmp_path / room / "added.py"
    path.parent.mkdir()
    path.write_text(source, encoding="utf-8")
    assert bool(violations(path, tmp_path)) is caught
