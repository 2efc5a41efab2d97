"""The plugin's translation: the .qm of the plugin's interface language (its own setting, else
QGIS's user interface language), installed on the app.

QGIS 3.22 offers no Azerbaijani in its language list, so an officer on an English or Russian
system chooses the plugin's language in *Land Release ▸ Interface Language*.

``make translations`` builds ``i18n/landrelease_<lang>.qm`` from the .ts files (``lrelease``);
``make update-translations`` refreshes the .ts files from the code (``scripts/i18n.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from . import PLUGIN_DIR

I18N_DIR = PLUGIN_DIR / "i18n"
_installed: QTranslator | None = None

# The languages a report or a tasking map can be printed in (the LANGUAGE parameter of
# landrelease:taskingmaps and landrelease:areareport, after option 0 "Interface language"):
# (code, the language's name in that language).
PRINT_LANGUAGES = (("en", "English"), ("az", "Azərbaycanca"), ("ru", "Русский"))
LANGUAGE_SETTING = "landrelease/interfaceLanguage"  # "" = QGIS's language
# The Qt locale whose numbers match core.numbers for each language (what QGIS formats itself,
# such as a layout's numeric scale): Azerbaijani documents write 19 238,61 as Russian ones do.
NUMBER_LOCALES = {"en": "en_GB", "az": "ru_RU", "ru": "ru_RU"}
_printing: list[str] = []  # the languages of the translation() blocks open now


def chosen_language() -> str:
    """The plugin's own interface language (``en``, ``az``, ``ru``), or "" to follow QGIS."""
    value = str(QgsSettings().value(LANGUAGE_SETTING, "") or "")
    return value if value in dict(PRINT_LANGUAGES) else ""


def set_chosen_language(code: str) -> None:
    QgsSettings().setValue(LANGUAGE_SETTING, code if code in dict(PRINT_LANGUAGES) else "")


def interface_locale() -> str:
    """The locale the plugin speaks: its own choice, else QGIS's."""
    return chosen_language() or qgis_locale()


def interface_language() -> str:
    """The two-letter language of :func:`interface_locale` (``en`` when not az or ru)."""
    code = interface_locale().replace("-", "_").split("_")[0].lower()
    return code if code in dict(PRINT_LANGUAGES) else "en"


def current_language() -> str:
    """The language printed now: that of the innermost :func:`translation` block, else the
    interface language."""
    return _printing[-1] if _printing else interface_language()


def number_text(value: float, decimals: int, language: str | None = None) -> str:
    """``value`` with ``decimals`` decimals in the convention of ``language`` (default: the
    language printed now): 19,238.61 in English, 19 238,61 in Russian and Azerbaijani."""
    from ..core.numbers import number_text as core_number_text

    return core_number_text(value, decimals, language or current_language())


def print_language(option: int) -> str | None:
    """The language code of the LANGUAGE option ``option`` (None: the interface language)."""
    if 1 <= option <= len(PRINT_LANGUAGES):
        return PRINT_LANGUAGES[option - 1][0]
    return None


def qgis_locale() -> str:
    """QGIS's user interface locale (``az_AZ``, ``ru``…): the user's choice in QGIS, else the
    system's."""
    value = QgsSettings().value("locale/userLocale", "")
    return str(value or QLocale().name() or "en")


def qm_file(locale: str):
    """The .qm for ``locale`` (``az_AZ`` then ``az``), or None."""
    locale = locale.replace("-", "_")
    for name in (locale, locale.split("_")[0]):
        path = I18N_DIR / f"landrelease_{name}.qm"
        if name and path.is_file():
            return path
    return None


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Install the translation of ``locale`` (default: QGIS's) on the application, replacing the
    one installed before. Returns the translator, or None for English or a missing .qm."""
    remove_translator()
    path = qm_file(locale or interface_locale())
    app = QCoreApplication.instance()
    if path is None or app is None:
        return None
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    global _installed
    _installed = translator
    return translator


def remove_translator() -> None:
    """Remove the translator that :func:`install_translator` installed (if any)."""
    global _installed
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed.deleteLater()
        _installed = None


@contextmanager
def number_locale(language: str | None) -> Iterator[None]:
    """Numbers that Qt and QGIS format themselves (a layout's numeric scale) in the convention
    of ``language`` for the time of a ``with`` block; None: the interface language."""
    before = QLocale()
    QLocale.setDefault(QLocale(NUMBER_LOCALES.get(language or interface_language(), "en_GB")))
    try:
        yield
    finally:
        QLocale.setDefault(before)


@contextmanager
def translation(language: str | None) -> Iterator[None]:
    """Speak ``language`` (``az``, ``ru``, ``en``…) for the time of a ``with`` block, whatever the
    interface language, then the interface language again.

    Another language: its .qm is installed in front of the other translators (Qt asks the
    translator installed last first) and removed afterwards. ``en``: the plugin's translator is
    taken off for the block (the source strings are English). None, or a language without a
    .qm: nothing changes. Call it on the main thread (translators belong to the application)."""
    code = (language or "").replace("-", "_").split("_")[0].lower()
    _printing.append(code if code in dict(PRINT_LANGUAGES) else interface_language())
    try:
        with _translated(code):
            yield
    finally:
        _printing.pop()


@contextmanager
def _translated(code: str) -> Iterator[None]:
    app = QCoreApplication.instance()
    if not code or app is None:
        yield
        return
    if code == "en":
        removed = _installed
        if removed is not None:
            QCoreApplication.removeTranslator(removed)
        try:
            yield
        finally:
            if removed is not None and _installed is removed:
                QCoreApplication.installTranslator(removed)
        return
    path = qm_file(code)
    translator = QTranslator(app)
    if path is None or not translator.load(str(path)):
        translator.deleteLater()
        yield
        return
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
