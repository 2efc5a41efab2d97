"""Translatable strings of the plugin: extract them from the code into Qt's .ts files, and lint.

Why not pylupdate5 alone: it does not know the context of our module-level wrappers
(``def tr(text): return QCoreApplication.translate("LandReleaseDatabase", text)``), nor of
``TR_CONTEXT`` constants, nor the class attributes ``DISPLAY_NAME``/``GROUP``/``HELP`` that
``LandReleaseAlgorithm`` translates at run time; and Debian may not ship it. This extractor reads
the code with :mod:`ast` and the ``.ui`` files with :mod:`xml`, and writes the same .ts XML that
``lupdate`` writes (translations kept, new strings ``unfinished``, vanished ones ``obsolete``).
``lrelease`` then builds the .qm files (``make translations``).

What it finds, with its context:
- ``self.tr("...")`` in a class: the class name (``LandReleaseAlgorithm.tr`` uses ``type(self)``);
- class attributes ``DISPLAY_NAME``, ``GROUP``, ``HELP``: the class name;
- ``QCoreApplication.translate(ctx, "...")`` and ``QT_TRANSLATE_NOOP(ctx, "...")``;
- calls of module-level wrappers (``tr``, ``tr_n``, ``_t``...) that return one of those two with
  their first parameter: the wrapper's context; also through a module (``forms.tr("...")``);
- ``<string>`` elements of ``.ui`` files (not ``notr="true"``): the ``<class>`` of the form.
A context may be a literal or a module constant such as ``model.TR_CONTEXT``.

Usage::

    python scripts/i18n.py update      # refresh i18n/*.ts from the code (make update-translations)
    python scripts/i18n.py check       # untranslated literals + missing translations; exit 1 if any
    python scripts/i18n.py list        # every string found, with its context and place
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("az", "ru")  # i18n/landrelease_<language>.ts
SKIP_DIRS = {".venv", ".git", "tests", "scripts", "out", "sample_data", "i18n", "icons"}
SKIP_FILES = {"resources.py", "resources_rc.py"}

# Files being written in parallel: their strings are found (and linted) but not yet written to
# the .ts files nor required to be translated. Remove a file from here, run
# ``make update-translations`` and translate its new (unfinished) entries.
PENDING: set[str] = set()

TRANSLATED_CLASS_ATTRIBUTES = {"DISPLAY_NAME", "GROUP", "HELP"}
TRANSLATE_FUNCTIONS = {"translate"}  # QCoreApplication.translate(context, text, disamb, n)
NOOP_FUNCTIONS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Wrapper:
    context: str
    numerus: bool


# --- finding the source files ----------------------------------------------------------------


def source_files(root: Path = ROOT, suffix: str = ".py") -> list[Path]:
    found = []
    for path in sorted(root.rglob(f"*{suffix}")):
        rel = path.relative_to(root)
        if rel.parts[0] in SKIP_DIRS or any(p.startswith(".") for p in rel.parts[:-1]):
            continue
        if path.name in SKIP_FILES or "__pycache__" in rel.parts:
            continue
        found.append(path)
    return found


def is_pending(rel: str) -> bool:
    return any(rel == p or (p.endswith("/") and rel.startswith(p)) for p in PENDING)


def string_value(node: ast.AST | None) -> str | None:
    """The value of a string literal, implicit concatenations and ``+`` of literals included."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = string_value(node.left), string_value(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def call_name(func: ast.AST) -> tuple[str | None, str]:
    """(qualifier, name) of a called function: ``forms.tr`` -> ("forms", "tr")."""
    if isinstance(func, ast.Name):
        return None, func.id
    if isinstance(func, ast.Attribute):
        base = func.value
        if isinstance(base, ast.Name):
            return base.id, func.attr
        if isinstance(base, ast.Attribute):
            return base.attr, func.attr
        return "", func.attr
    return "", ""


# --- module analysis ---------------------------------------------------------------------------


def module_constants(trees: dict[str, ast.Module]) -> dict[str, str]:
    """``module.NAME`` -> value, for module-level string constants (e.g. ``model.TR_CONTEXT``)."""
    constants = {}
    for rel, tree in trees.items():
        module = Path(rel).stem
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                value = string_value(node.value)
                if isinstance(target, ast.Name) and value is not None:
                    constants[f"{module}.{target.id}"] = value
    return constants


def resolve_context(node: ast.AST, module: str, constants: dict[str, str]) -> str | None:
    value = string_value(node)
    if value is not None:
        return value
    if isinstance(node, ast.Name):
        return constants.get(f"{module}.{node.id}")
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return constants.get(f"{node.value.id}.{node.attr}")
    return None


def module_wrappers(tree: ast.Module, module: str, constants) -> dict[str, Wrapper]:
    """Module-level functions ``f(text, ...)`` that return translate/NOOP(ctx, text, ...)."""
    wrappers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        body = [
            s
            for s in node.body
            if not (isinstance(s, ast.Expr) and string_value(s.value) is not None)
        ]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not isinstance(call, ast.Call) or len(call.args) < 2:
            continue
        _, name = call_name(call.func)
        if name not in TRANSLATE_FUNCTIONS | NOOP_FUNCTIONS:
            continue
        if not (isinstance(call.args[1], ast.Name) and call.args[1].id == param):
            continue
        context = resolve_context(call.args[0], module, constants)
        if context is not None:
            wrappers[node.name] = Wrapper(context, len(call.args) >= 4)
    return wrappers


def class_context_of_self_tr(cls: ast.ClassDef) -> str:
    return cls.name


class _Finder(ast.NodeVisitor):
    def __init__(self, rel, module, wrappers, all_wrappers, constants, out, problems):
        self.rel, self.module = rel, module
        self.wrappers, self.all_wrappers = wrappers, all_wrappers
        self.constants = constants
        self.out, self.problems = out, problems
        self.classes: list[str] = []

    def add(self, context, node, source, comment="", numerus=False):
        if source is None:
            if isinstance(node, ast.JoinedStr):
                self.problems.append(
                    (self.rel, node.lineno, "f-string given to tr(): use tr('… {}').format(…)")
                )
            return
        if not re.search(r"[^\W\d_]", source):  # no letters: nothing to translate
            return
        self.out.append(Message(context, source, comment, numerus, [(self.rel, node.lineno)]))

    def visit_ClassDef(self, node: ast.ClassDef):
        self.classes.append(node.name)
        for stmt in node.body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                target = stmt.targets[0]
                if isinstance(target, ast.Name) and target.id in TRANSLATED_CLASS_ATTRIBUTES:
                    self.add(node.name, stmt.value, string_value(stmt.value))
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call):
        qualifier, name = call_name(node.func)
        args = node.args
        if (
            name in TRANSLATE_FUNCTIONS
            and len(args) >= 2
            and qualifier
            in (
                "QCoreApplication",
                "QApplication",
                "QgsApplication",
            )
        ):
            context = resolve_context(args[0], self.module, self.constants)
            comment = string_value(args[2]) if len(args) >= 3 else ""
            if context is not None:
                self.add(context, args[1], string_value(args[1]), comment or "", len(args) >= 4)
        elif name in NOOP_FUNCTIONS and len(args) >= 2:
            context = resolve_context(args[0], self.module, self.constants)
            if context is not None:
                comment = string_value(args[2]) if len(args) >= 3 else ""
                self.add(context, args[1], string_value(args[1]), comment or "")
        elif name == "tr" and qualifier == "self" and self.classes and args:
            self.add(self.classes[-1], args[0], string_value(args[0]))
        elif args:
            wrapper = None
            if qualifier is None:
                wrapper = self.wrappers.get(name)
            elif qualifier in self.all_wrappers:
                wrapper = self.all_wrappers[qualifier].get(name)
            if wrapper is not None:
                self.add(wrapper.context, args[0], string_value(args[0]), "", wrapper.numerus)
        self.generic_visit(node)


def parse_python(root: Path = ROOT) -> dict[str, ast.Module]:
    return {
        str(p.relative_to(root)): ast.parse(p.read_text(encoding="utf-8"), str(p))
        for p in source_files(root)
    }


def python_messages(trees: dict[str, ast.Module], problems: list) -> list[Message]:
    constants = module_constants(trees)
    wrappers = {
        rel: module_wrappers(tree, Path(rel).stem, constants) for rel, tree in trees.items()
    }
    by_module: dict[str, dict[str, Wrapper]] = {}
    for rel, found in wrappers.items():
        if found:
            by_module.setdefault(Path(rel).stem, {}).update(found)
    out: list[Message] = []
    for rel, tree in trees.items():
        module = Path(rel).stem
        _Finder(rel, module, wrappers[rel], by_module, constants, out, problems).visit(tree)
    return out


def ui_messages(root: Path = ROOT) -> list[Message]:
    out = []
    for path in source_files(root, ".ui"):
        rel = str(path.relative_to(root))
        tree = ET.parse(path)
        context = tree.getroot().findtext("class")
        text = path.read_text(encoding="utf-8").splitlines()
        for element in tree.iter("string"):
            if element.get("notr") == "true" or not re.search(r"[^\W\d_]", element.text or ""):
                continue
            source = element.text
            first = source.splitlines()[0]
            line = next((i + 1 for i, t in enumerate(text) if first in t), 0)
            out.append(Message(context, source, element.get("comment", ""), False, [(rel, line)]))
    return out


def collect(root: Path = ROOT, include_pending: bool = False) -> tuple[list[Message], list]:
    """Every translatable message (merged by context, source and comment), and the problems."""
    problems: list = []
    found = python_messages(parse_python(root), problems) + ui_messages(root)
    merged: dict[tuple, Message] = {}
    for m in found:
        if m.key in merged:
            merged[m.key].locations += m.locations
            merged[m.key].numerus |= m.numerus
        else:
            merged[m.key] = m
    kept = [
        m
        for m in merged.values()
        if include_pending or not all(is_pending(rel) for rel, _ in m.locations)
    ]
    return sorted(kept, key=lambda m: (m.context, m.locations[0])), problems


# --- lint: user-facing literals that skip translation ---------------------------------------

# Calls whose string arguments a user reads: name -> positions of those arguments (None: all).
USER_FACING_CALLS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setTabText": (1,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "addTab": (1,),
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "addToolBar": (0,),
    "setProgressText": (0,),
    "pushMessage": (0, 1),
    "pushInfo": (0,),
    "pushWarning": (0,),
    "reportError": (0,),
    "pushCommandInfo": (0,),
    "pushConsoleInfo": (0,),
    "pushFormattedMessage": (0,),
    "showMessage": (0,),
    "logMessage": (0,),
    "setShortHelpString": (0,),
    "setDisplayName": (0,),
    "setName": (0,),
    "setAlias": (1,),
    "beginEditCommand": (0,),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QLabel": (0,),
    "QPushButton": (0, 1),
    "QToolButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QMessageBox": (1, 2),
    "QUndoCommand": (0,),
    "QgsProcessingException": (0,),
}
USER_FACING_PREFIXES = {"QgsProcessingParameter": (1,), "QgsProcessingOutput": (1,)}
USER_FACING_CALLS["QgsProcessingParameterEnum"] = (1, 2)  # description, options
USER_FACING_KEYWORDS = {"description", "text", "title", "caption", "message", "toolTip", "options"}
USER_ERRORS_SUFFIX = ("Error",)  # the plugin's own errors carry sentences users read
LINT_DIRS = (
    "plugin.py",
    "processing/",
    "storage/",
    "qgis_io/",
    "dialogs/",
    "styles/",
    "toolbelt/",
    "layouts/",
)

# Technical strings that may reach those calls untranslated.
WHITELIST = {"Land Release", "landrelease", "EPSG:4326", "m", "m²", "%", "°", "mil", "UTM", "MGRS"}
WHITELIST_PATTERNS = (
    re.compile(r"^[\W\d_]*$"),  # no letters: separators, numbers, "{}", "…"
    re.compile(r"^(\*\.\w+\s*)+$"),  # file patterns
    re.compile(r"^[a-z0-9_:.]+$"),  # ids, codes, field names: lower case without spaces
    re.compile(r"^[A-Z0-9_]+$"),  # parameter names
)


def whitelisted(text: str) -> bool:
    text = text.strip()
    return text in WHITELIST or any(p.match(text) for p in WHITELIST_PATTERNS)


def literal_text(node: ast.AST) -> str | None:
    """The text of a literal that is shown as is: str, f-string, "...".format(...), "a" + x."""
    value = string_value(node)
    if value is not None:
        return value
    if isinstance(node, ast.JoinedStr):
        return (
            "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values).strip(
                "{} "
            )
            or None
        )
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr in ("format", "join", "strip") and string_value(node.func.value):
            if node.func.attr == "format":
                return string_value(node.func.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return literal_text(node.left) or literal_text(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            text = literal_text(element)
            if text is not None and not whitelisted(text):
                return text
    return None


def untranslated(trees: dict[str, ast.Module]) -> list[tuple[str, int, str]]:
    """(file, line, text) of literals given to user-facing calls without translation."""
    found = []
    for rel, tree in trees.items():
        if not rel.startswith(LINT_DIRS) or is_pending(rel):
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            _, name = call_name(node.func)
            positions = USER_FACING_CALLS.get(name)
            if positions is None and name:
                for prefix, pos in USER_FACING_PREFIXES.items():
                    if name.startswith(prefix):
                        positions = pos
                if name.endswith(USER_ERRORS_SUFFIX) and name[:1].isupper():
                    positions = (0,)
            if positions is None:
                continue
            candidates = [node.args[i] for i in positions if i < len(node.args)]
            candidates += [k.value for k in node.keywords if k.arg in USER_FACING_KEYWORDS]
            for arg in candidates:
                text = literal_text(arg)
                if text is not None and not whitelisted(text):
                    found.append((rel, node.lineno, text))
    return found


# --- .ts files ---------------------------------------------------------------------------------


@dataclass
class Translation:
    text: str | list[str]
    finished: bool


def read_ts(path: Path) -> dict[tuple[str, str, str], Translation]:
    """(context, source, comment) -> translation, obsolete entries included."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            forms = translation.findall("numerusform")
            text = [f.text or "" for f in forms] if forms else translation.text or ""
            kind = translation.get("type", "")
            finished = kind == "" and (any(text) if isinstance(text, list) else bool(text))
            if kind in ("obsolete", "vanished") and not any(text if forms else [text]):
                continue
            found[(name, source, comment)] = Translation(text, finished)
    return found


def write_ts(path: Path, language: str, messages: list[Message], keep_obsolete=True) -> dict:
    """Write ``messages`` to ``path``, keeping the translations it held. Returns counts."""
    old = read_ts(path)
    contexts: dict[str, list] = {}
    counts = {"finished": 0, "unfinished": 0, "obsolete": 0}
    seen = set()
    for m in messages:
        tr = old.get(m.key)
        seen.add(m.key)
        state = "finished" if tr and tr.finished else "unfinished"
        counts[state] += 1
        contexts.setdefault(m.context, []).append((m, tr, state))
    if keep_obsolete:
        for key, tr in old.items():
            if key not in seen and (tr.finished or tr.text):
                counts["obsolete"] += 1
                m = Message(key[0], key[1], key[2], isinstance(tr.text, list))
                contexts.setdefault(key[0], []).append((m, tr, "obsolete"))
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    for context in sorted(contexts):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for m, tr, state in contexts[context]:
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for filename, line in m.locations:
                lines.append(f'        <location filename="../{filename}" line="{line}"/>')
            lines.append(f"        <source>{escape(m.source)}</source>")
            if m.comment:
                lines.append(f"        <comment>{escape(m.comment)}</comment>")
            kind = {"finished": "", "unfinished": ' type="unfinished"'}.get(
                state, ' type="obsolete"'
            )
            text = tr.text if tr else ""
            if m.numerus:
                forms = text if isinstance(text, list) else [text]
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{escape(f)}</numerusform>" for f in forms]
                lines.append("        </translation>")
            else:
                text = text[0] if isinstance(text, list) else text
                lines.append(f"        <translation{kind}>{escape(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


def missing_translations(messages: Iterable[Message], ts: Path) -> Iterator[Message]:
    """The messages that ``ts`` does not translate (absent, unfinished or empty)."""
    old = read_ts(ts)
    for m in messages:
        tr = old.get(m.key)
        if tr is None or not tr.finished:
            yield m


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("update", "check", "list"))
    parser.add_argument("--no-obsolete", action="store_true", help="drop vanished strings")
    parser.add_argument("--all", action="store_true", help="include the PENDING files")
    args = parser.parse_args(argv)
    messages, problems = collect(include_pending=args.all)
    for rel, line, text in problems:
        print(f"{rel}:{line}: {text}", file=sys.stderr)
    if args.command == "list":
        for m in messages:
            print(f"{m.context}\t{m.locations[0][0]}:{m.locations[0][1]}\t{m.source!r}")
        print(f"{len(messages)} strings", file=sys.stderr)
        return 0
    if args.command == "update":
        I18N.mkdir(exist_ok=True)
        for lang in LANGUAGES:
            ts = I18N / f"landrelease_{lang}.ts"
            counts = write_ts(ts, lang, messages, keep_obsolete=not args.no_obsolete)
            print(f"{ts.relative_to(ROOT)}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        return 1 if problems else 0
    bad = untranslated(parse_python())
    for rel, line, text in bad:
        print(f"{rel}:{line}: not translated: {text!r}")
    missing = 0
    for lang in LANGUAGES:
        ts = I18N / f"landrelease_{lang}.ts"
        for m in missing_translations(messages, ts):
            missing += 1
            print(f"{ts.name}: no translation [{m.context}] {m.source!r}")
    return 1 if problems or bad or missing else 0


if __name__ == "__main__":
    sys.exit(main())
