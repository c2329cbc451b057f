"""The font reports are set in: DejaVu Sans, shipped in the package and embedded in every PDF.

System fonts cannot be relied on for Cyrillic and Kazakh (Қ Ә Ғ Ү Ұ Ө І Ң Һ) on
every ministry laptop, so CoopDesk carries DejaVu Sans (regular and bold, free
licence in ``resources/fonts/LICENSE-DejaVu.txt``) and registers it with
Qt from memory, through :mod:`importlib.resources`, so it works from a zip or a
frozen build too.  Qt subsets and embeds it in the PDFs it writes.
"""

from __future__ import annotations

import logging
from importlib.resources import files

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger(__name__)

#: Font files in ``resources/fonts`` (package ``coopdesk.resources``).
FONT_FILES: tuple[str, ...] = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
#: The family the files register.
REPORT_FAMILY = "DejaVu Sans"

_loaded: list[str] = []
_font_ids: list[int] = []


def registered_font_ids() -> tuple[int, ...]:
    """Qt's ids of the shipped fonts registered so far (empty before the first report)."""
    return tuple(_font_ids)


def report_font_family() -> str:
    """Register the shipped fonts once (a QGuiApplication must exist) and name the family.

    Falls back to the application's default family, with a warning in the log,
    when the files cannot be read or registered: a report in another font beats
    no report.
    """
    if _loaded:
        return _loaded[0]
    if QGuiApplication.instance() is None:
        raise RuntimeError("report fonts need a QGuiApplication")
    family = ""
    folder = files("coopdesk.resources").joinpath("fonts")
    for name in FONT_FILES:
        try:
            data = folder.joinpath(name).read_bytes()
        except OSError as exc:
            log.warning("Cannot read the report font %s: %s", name, exc)
            continue
        font_id = QFontDatabase.addApplicationFontFromData(data)
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("Qt refused the report font %s", name)
            continue
        _font_ids.append(font_id)
        family = family or families[0]
    _loaded.append(family or QFont().family())
    return _loaded[0]


def report_font(point_size: float, bold: bool = False) -> QFont:
    """The report font at ``point_size`` points."""
    font = QFont(report_font_family())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    # Kerning and hinting tuned for the screen would move glyphs differently on
    # the printer and in the PDF; reports lay out once for the paint device.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # No ligatures: "fi" drawn as one glyph comes out of the PDF as "ﬁ", and then
    # searching or copying "first" in a PDF reader fails.  (setFeature: Qt 6.7+.)
    if hasattr(font, "setFeature"):
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)
    return font
