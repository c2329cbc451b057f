"""The language of the window: which one, its translators, and the View > Language menu.

The language is the one chosen in View > Language (kept in ``QSettings`` under
``ui/language``), else the system locale's (``ru*`` -> Russian, ``kk*`` -> Kazakh),
else English.  :func:`install_translators` is called once by :mod:`coopdesk.ui.app`
before the main window is built; a change in the menu takes effect at the next start.

Two translators are installed for Russian and Kazakh (Qt searches the last one
installed first, so Qt's is asked first):

1. Qt's own strings (standard buttons, the file dialog, the line edit's context menu)
   from ``qtbase_<lang>.qm`` in PySide6's translations folder.  PySide6 6.7 and later
   ship ``qtbase_kk.qm``; where a PySide6 has none, Kazakh falls back to
   ``qtbase_ru.qm`` (every Kazakh civil servant reads Russian; Qt's English would
   be the only other choice).
2. :class:`ContextFallbackTranslator` over ``coopdesk_<lang>.qm``: CoopDesk's strings.

The ``.qm`` files are compiled from the Qt Linguist sources
``resources/translations/coopdesk_<lang>.ts`` by ``make translations`` (``make run``
and ``make test`` depend on it).  When a ``.qm`` is missing or older than its
``.ts`` (a wheel built without it, a ``.ts`` edited since), :func:`catalogue_path`
compiles it with PySide6's ``lrelease`` into the user's cache folder once and uses
that; if even that fails the window stays in English and says nothing worse.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from coopdesk.config import APP_NAME

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate under ``context``; returns it unchanged.

    PySide6's own is typed as returning ``object``; lupdate reads the name, not the
    import, so this typed twin is what CoopDesk's tables of words use.
    """
    del context  # only lupdate reads it
    return source


#: The languages of the user interface: code and name in that language.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("ru", "Русский"), ("kk", "Қазақша"))
LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in LANGUAGES)
#: QSettings key of the language chosen in View > Language.
SETTINGS_KEY = "ui/language"

_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "ru": (QLocale.Language.Russian, QLocale.Country.Russia),
    "kk": (QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
}

# What is installed now, kept referenced so Python does not collect the translators.
_state: dict[str, object] = {"lang": "en", "translators": [], "locale": None}


class ContextFallbackTranslator(QTranslator):
    """A translator that also looks a string up without its context.

    ``pyside6-lupdate`` files strings passed to a module-level ``tr()`` helper (or to a
    local alias ``tr = self.tr``) under the empty context, while at run time they are
    asked for under the helper's context ("Exchange", "Calendar", "MainWindow").  A
    miss under the real context is retried under the empty one, so such strings are
    translated without rewriting every call.
    """

    def translate(  # type: ignore[override]
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        text = super().translate(context, source_text, disambiguation, n)
        if not text and context:
            text = super().translate("", source_text, disambiguation, n)
        # None becomes a null QString: "not here", so Qt asks the next translator
        # (an empty string would be taken as the translation).
        return text or None


def translations_folder() -> Path:
    """The folder of CoopDesk's ``.ts`` sources and compiled ``.qm`` catalogues."""
    return Path(str(files("coopdesk.resources").joinpath("translations")))


def system_language(locale_name: str | None = None) -> str:
    """The UI language for a locale name ("ru_RU" -> "ru", "kk_KZ" -> "kk", else "en")."""
    name = (locale_name if locale_name is not None else QLocale.system().name()).lower()
    for code in ("ru", "kk"):
        if name.startswith(code):
            return code
    return "en"


def chosen_language(settings: QSettings | None = None) -> str:
    """The language chosen in View > Language, else the system locale's."""
    settings = settings if settings is not None else QSettings()
    value = settings.value(SETTINGS_KEY, "")
    if isinstance(value, str) and value in LANGUAGE_CODES:
        return value
    return system_language()


def current_language() -> str:
    """The language the translators were installed for ("en", "ru" or "kk")."""
    return str(_state["lang"])


def _lrelease() -> Path | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        if (folder / name).is_file():
            return folder / name
    return None


def catalogue_path(lang: str, folder: Path | None = None) -> Path | None:
    """The compiled ``coopdesk_<lang>.qm`` to load; None for English or when there is none.

    The shipped ``.qm`` is used when it is at least as new as its ``.ts``; otherwise the
    ``.ts`` is compiled once into the cache folder (named by the hash of its content).
    """
    if lang == "en":
        return None
    folder = folder or translations_folder()
    ts = folder / f"coopdesk_{lang}.ts"
    qm = folder / f"coopdesk_{lang}.qm"
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.is_file():
        return None
    from platformdirs import user_cache_path

    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = user_cache_path(APP_NAME, appauthor=False) / "translations" / f"{lang}-{digest}.qm"
    if cached.is_file():
        return cached
    tool = _lrelease()
    if tool is None:
        log.warning("No compiled translation for %s and no lrelease to make one", lang)
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(tool), "-silent", str(ts), "-qm", str(cached)], capture_output=True, check=False
    )
    if result.returncode != 0 or not cached.is_file():
        log.warning("Could not compile %s: %s", ts, result.stderr.decode(errors="replace"))
        return None
    return cached


def qt_catalogue_path(lang: str, folder: Path | None = None) -> Path | None:
    """Qt's own ``qtbase_<lang>.qm``; for Kazakh, the Russian one where Qt has no Kazakh."""
    if lang == "en":
        return None
    folder = folder or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for candidate in (lang, "ru"):
        path = folder / f"qtbase_{candidate}.qm"
        if path.is_file():
            return path
    return None


def remove_translators(app: QCoreApplication | None = None) -> None:
    """Back to English: remove the translators and reset the default locale."""
    app = app or QCoreApplication.instance()
    translators = _state["translators"]
    assert isinstance(translators, list)
    if app is not None:
        for translator in translators:
            app.removeTranslator(translator)
    translators.clear()
    _state["lang"] = "en"
    previous = _state["locale"]
    if isinstance(previous, QLocale):
        QLocale.setDefault(previous)
        _state["locale"] = None


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translators of ``lang`` (default: :func:`chosen_language`); returns it.

    Also makes that language's :class:`QLocale` the default, so dates, numbers and
    month names follow it (British English for English: never a US date).  Installing
    again replaces what was installed before.
    """
    lang = lang if lang in LANGUAGE_CODES else chosen_language()
    remove_translators(app)
    _state["locale"] = QLocale()  # restored by remove_translators
    translators: list = []
    # CoopDesk's first, Qt's second: Qt asks the last installed first, so its own
    # frequent look-ups (key names of every shortcut: thousands at start-up) are
    # answered in C++ and never reach the Python translator below.
    own_path = catalogue_path(lang)
    if own_path is not None:
        own = ContextFallbackTranslator(app)
        if own.load(str(own_path)):
            translators.append(own)
        else:
            log.warning("Could not load the translation %s", own_path)
    qt_path = qt_catalogue_path(lang)
    if qt_path is not None:
        qt_translator = QTranslator(app)
        if qt_translator.load(str(qt_path)):
            translators.append(qt_translator)
    for translator in translators:
        app.installTranslator(translator)
    _state["translators"] = translators
    _state["lang"] = lang
    QLocale.setDefault(QLocale(*_LOCALES[lang]))
    return lang


#: Strings the code translates where lupdate cannot see them (``tr()`` inside an
#: f-string in coopdesk/ui/calendar/style.py), filed here under their run-time context.
UNSEEN_BY_LUPDATE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Calendar", "Timing"),
    QT_TRANSLATE_NOOP("Calendar", "Status"),
    QT_TRANSLATE_NOOP("Calendar", "overdue"),
    QT_TRANSLATE_NOOP("Calendar", "Responsible"),
)

# Context "Language" for the menu's words (lupdate reads these).
_MENU_TITLE = QT_TRANSLATE_NOOP("Language", "&Language")
_RESTART_TITLE = QT_TRANSLATE_NOOP("Language", "Language")
_RESTART_TEXT = QT_TRANSLATE_NOOP(
    "Language", "The window will be in %1 the next time CoopDesk starts."
)


def _translate(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def add_language_menu(menu: QMenu, settings: QSettings | None = None) -> QMenu:
    """Add the Language submenu (English, Русский, Қазақша) to ``menu``; returns it.

    The current language is checked; choosing another stores it in QSettings and
    says, in a message box, that it takes effect at the next start.
    """
    submenu = menu.addMenu(_translate(_MENU_TITLE))
    submenu.setObjectName("languageMenu")
    group = QActionGroup(submenu)
    group.setExclusive(True)
    current = current_language()
    # Each name in its own language (a reader of the other two can still find it).
    for code, name in LANGUAGES:
        action = QAction(name, submenu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        submenu.addAction(action)

    def chosen(action: QAction) -> None:
        code = str(action.data())
        store = settings if settings is not None else QSettings()
        store.setValue(SETTINGS_KEY, code)
        store.sync()
        if code != current_language():
            parent = menu.window() if isinstance(menu.window(), QWidget) else None
            name = dict(LANGUAGES)[code]
            QMessageBox.information(
                parent, _translate(_RESTART_TITLE), _translate(_RESTART_TEXT).replace("%1", name)
            )

    group.triggered.connect(chosen)
    return submenu
