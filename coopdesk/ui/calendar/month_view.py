"""The month view: a painted month grid, and the measures known only by their period beside it.

Measures with exact dates sit on their days; a measure over several days is one bar
across them (cut at the end of a week row and carried on in the next).  Measures whose
timing is only a month, quarter, half-year, year, the plan period or "by agreement" are
listed beside the grid under "In this period", grouped by their span, never pinned to
a made-up day.  Public holidays of both parties shade their days, with their names on
the day and in the tooltip.

The grid is painted, not built from widgets: a month of a 100,000-measure plan lays
out only the measures of its six weeks (found through the span index) and paints
only what fits, so changing month stays well under 100 ms.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.calendar.holidays import (
    WARN_KINDS,
    HolidayCalendar,
    country_name,
    holiday_clashes,
)
from coopdesk.calendar.month_grid import (
    PeriodGroup,
    WeekLayout,
    add_months,
    month_days,
    month_end,
    month_layout,
    period_groups,
)
from coopdesk.calendar.rows import (
    CalendarRows,
    is_exact,
    is_overdue,
    row_timing,
)
from coopdesk.domain.rows import MeasureRow
from coopdesk.domain.timing import Precision, format_span
from coopdesk.domain.vocab import Kind, Status
from coopdesk.ui.calendar import style
from coopdesk.ui.calendar.group_model import MeasureGroup, MeasureGroupModel, RoomyDelegate

_CANCELLED = Status.CANCELLED.value
_WARN_KIND_CODES = frozenset(k.value for k in WARN_KINDS)


def two_lines(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """``text`` in at most two lines of ``width`` pixels: broken between words, the
    second line elided ("…") when the rest does not fit; a word longer than a line is
    cut with "…" rather than broken."""
    if width <= 0:
        return [""]
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    words = text.split()
    first = ""
    rest_at = 0
    for i, word in enumerate(words):
        candidate = f"{first} {word}" if first else word
        if metrics.horizontalAdvance(candidate) > width:
            break
        first, rest_at = candidate, i + 1
    if not first:  # the first word alone is too long
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words[rest_at:])
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]


class MonthGrid(QWidget):
    """Six painted week rows of a month with the dated measures on their days."""

    measure_clicked = Signal(int)
    measure_double_clicked = Signal(int)
    day_clicked = Signal(object)  # date
    more_clicked = Signal(object, QPoint)  # date, global position for the day's list
    month_step = Signal(int)  # ±1: the wheel or Page Up / Down; ±12: Ctrl+Page Up / Down
    today_requested = Signal()

    HEADER_H = 28
    WEEK_W = 34
    DAY_H = 24
    LINE_H = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # Small enough for a 1024-pixel window with the tree and the editor beside it.
        self.setMinimumSize(280, 380)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.data = CalendarRows()
        self.holidays: HolidayCalendar | None = None
        self.today = date.today()
        self.year, self.month = self.today.year, self.today.month
        self.days = month_days(self.year, self.month)
        self.selected_day: date | None = None
        self.selected_measure: int | None = None
        self._weeks: list[WeekLayout] = []
        # (rect, row position) of each painted measure piece, top lane first.
        self._hits: list[tuple[QRectF, int]] = []
        self._more: list[tuple[QRectF, date]] = []
        self._dirty = True
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7.0))
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._struck = QFont(self._small)
        self._struck.setStrikeOut(True)
        # A chip holds two lines of its title (the whole title is in its tooltip).
        self.LINE_H = QFontMetrics(self._small).lineSpacing() * 2 + 6

    # -- state -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(840, 620)

    def set_month(self, year: int, month: int) -> None:
        """Show a month."""
        self.year, self.month = year, month
        self.days = month_days(year, month)
        self.invalidate()

    def invalidate(self) -> None:
        """Lay out again before the next paint (rows, holidays or size changed)."""
        self._dirty = True
        self.update()

    def _ensure_layout(self) -> None:
        if self._dirty:
            self._relayout()

    # -- geometry --------------------------------------------------------------------------

    def _col_w(self) -> float:
        return (self.width() - self.WEEK_W) / 7

    def _row_h(self) -> float:
        return (self.height() - self.HEADER_H) / 6

    def _cell(self, n: int) -> QRectF:
        w, h = self._col_w(), self._row_h()
        return QRectF(self.WEEK_W + (n % 7) * w, self.HEADER_H + (n // 7) * h, w, h)

    def lanes(self) -> int:
        """How many lines of measures fit in a day cell."""
        return max(0, int((self._row_h() - self.DAY_H - 3) // self.LINE_H))

    def cell_rect(self, day: date) -> QRectF | None:
        """The rectangle of a day in the grid, or None when it is not shown."""
        n = (day - self.days[0]).days
        return self._cell(n) if 0 <= n < 42 else None

    def day_at(self, pos: QPointF) -> date | None:
        """The day under a point, or None (headers, week numbers)."""
        if pos.x() < self.WEEK_W or pos.y() < self.HEADER_H:
            return None
        col = min(int((pos.x() - self.WEEK_W) // self._col_w()), 6)
        row = min(int((pos.y() - self.HEADER_H) // self._row_h()), 5)
        return self.days[row * 7 + col]

    def measure_at(self, pos: QPointF) -> int | None:
        """The measure drawn under a point, or None."""
        self._ensure_layout()
        for rect, position in self._hits:
            if rect.contains(pos):
                return self.data.rows[position].id
        return None

    def more_at(self, pos: QPointF) -> date | None:
        """The day whose "+N more" is under a point, or None."""
        self._ensure_layout()
        for rect, day in self._more:
            if rect.contains(pos):
                return day
        return None

    def more_rects(self) -> list[tuple[QRectF, date]]:
        """Where "+N more" is drawn, and for which day."""
        self._ensure_layout()
        return list(self._more)

    def item_rects(self, measure_id: int) -> list[QRectF]:
        """Where a measure is drawn (one piece per week row it crosses); empty if hidden."""
        self._ensure_layout()
        position = self.data.position_of(measure_id)
        return [rect for rect, p in self._hits if p == position]

    def measures_on(self, day: date) -> list[int]:
        """Ids of the measures with exact dates on ``day`` (drawn or under "+N more")."""
        rows = self.data.rows
        return [rows[i].id for i in self.data.exact_between(day, day)]

    # -- layout ----------------------------------------------------------------------------

    def _relayout(self) -> None:
        self._dirty = False
        self._hits = []
        self._more = []
        self._weeks = []
        lanes = self.lanes()
        col_w, row_h = self._col_w(), self._row_h()
        self._weeks = month_layout(self.data, self.days[0], lanes)
        for week, layout in enumerate(self._weeks):
            top = self.HEADER_H + week * row_h + self.DAY_H
            for bar in layout.bars:
                left = self.WEEK_W + bar.first * col_w + (0 if bar.clipped_start else 3)
                right = self.WEEK_W + (bar.last + 1) * col_w - (0 if bar.clipped_end else 3)
                rect = QRectF(left, top + bar.lane * self.LINE_H, right - left, self.LINE_H - 2)
                self._hits.append((rect, bar.position))
            for col, hidden in enumerate(layout.hidden):
                if hidden:
                    y = top + (lanes - 1) * self.LINE_H
                    rect = QRectF(self.WEEK_W + col * col_w + 3, y, col_w - 6, self.LINE_H - 2)
                    self._more.append((rect, self.days[week * 7 + col]))

    def resizeEvent(self, event) -> None:
        self._dirty = True
        super().resizeEvent(event)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            self._paint(p)
        finally:
            p.end()  # a painter left open by an exception crashes Qt

    def _paint(self, p: QPainter) -> None:
        self._ensure_layout()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.fillRect(self.rect(), style.BACKGROUND)
        self._paint_headers(p)
        for n in range(42):
            self._paint_cell(p, n)
        self._paint_lines(p)
        for rect, position in self._hits:
            self._paint_measure(p, rect, position)
        p.setFont(self._small)
        for rect, day in self._more:
            count = self._weeks[(day - self.days[0]).days // 7].hidden[
                (day - self.days[0]).days % 7
            ]
            p.setPen(style.ACCENT)
            p.drawText(
                rect.adjusted(4, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.tr("+%1 more").replace("%1", style.fmt_count(count)),
            )
        if self.selected_day is not None:
            selected = self.cell_rect(self.selected_day)
            if selected is not None:
                p.setPen(QPen(style.ACCENT, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(selected.adjusted(1, 1, -1, -1))

    def _paint_headers(self, p: QPainter) -> None:
        width = self.width()
        p.fillRect(QRectF(0, 0, width, self.HEADER_H), style.HEADER_BACKGROUND)
        p.fillRect(QRectF(0, 0, self.WEEK_W, self.height()), style.HEADER_BACKGROUND)
        locale = self.locale()
        p.setFont(self._small)
        col_w = self._col_w()
        for col in range(7):
            weekday = self.days[col].isoweekday()  # Qt counts days the same way: 1 is Monday
            name = locale.dayName(weekday, locale.FormatType.ShortFormat)
            p.setPen(style.TEXT_FAINT if weekday >= 6 else style.TEXT_MUTED)
            rect = QRectF(self.WEEK_W + col * col_w, 0, col_w, self.HEADER_H)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, name.upper())
        p.setPen(style.TEXT_FAINT)
        p.drawText(
            QRectF(0, 0, self.WEEK_W, self.HEADER_H),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Wk"),
        )
        row_h = self._row_h()
        for week in range(6):
            number = self.days[week * 7].isocalendar().week
            rect = QRectF(0, self.HEADER_H + week * row_h + 4, self.WEEK_W, self.DAY_H)
            p.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(number))

    def _paint_cell(self, p: QPainter, n: int) -> None:
        day = self.days[n]
        rect = self._cell(n)
        inside = day.month == self.month
        holidays = self.holidays.on(day) if self.holidays is not None else ()
        shade = style.holiday_shade(self.holidays, holidays)
        if shade is not None:
            p.fillRect(rect, shade if inside else shade.lighter(104))
        elif not inside:
            p.fillRect(rect, style.OUTSIDE)
        elif day.weekday() >= 5:
            p.fillRect(rect, style.WEEKEND)
        # The day number, "1 Apr" on the first of a month, today in a filled circle.
        text = str(day.day) if day.day != 1 else style.fmt_date(day, "d MMM")
        is_today = day == self.today
        p.setFont(self._bold if is_today or day.day == 1 else self._small)
        metrics = QFontMetrics(p.font())
        label = QRectF(rect.left() + 5, rect.top() + 3, metrics.horizontalAdvance(text) + 10, 18)
        if is_today:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(style.ACCENT)
            p.drawRoundedRect(label, 9, 9)
            p.setPen(QColor("white"))
        else:
            p.setPen(style.TEXT if inside else style.TEXT_FAINT)
        p.drawText(label, Qt.AlignmentFlag.AlignCenter, text)
        if holidays and self.holidays is not None:
            self._paint_holiday_tag(p, rect, label.right() + 4, holidays, inside)

    def _paint_holiday_tag(self, p: QPainter, rect: QRectF, x: float, holidays, inside) -> None:
        calendar = self.holidays
        assert calendar is not None  # the caller paints tags only once holidays are loaded
        p.setFont(self._small)
        metrics = QFontMetrics(self._small)
        top = rect.top() + 5
        seen: list[str] = []
        for h in holidays:
            if h.country in seen:
                continue
            seen.append(h.country)
            ink = style.holiday_ink(calendar, h.country)
            chip = QRectF(x, top, metrics.horizontalAdvance(h.country) + 6, 14)
            if chip.right() > rect.right() - 4:
                return
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(ink if inside else ink.lighter(150))
            p.drawRoundedRect(chip, 3, 3)
            p.setPen(QColor("white"))
            p.drawText(chip, Qt.AlignmentFlag.AlignCenter, h.country)
            x = chip.right() + 3
        room = rect.right() - 4 - x
        if room > 24:
            ink = style.holiday_ink(calendar, holidays[0].country)
            p.setPen(ink if inside else ink.lighter(150))
            name = metrics.elidedText(holidays[0].name, Qt.TextElideMode.ElideRight, int(room))
            p.drawText(
                QRectF(x, top - 1, room, 16),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                name,
            )

    def _paint_lines(self, p: QPainter) -> None:
        p.setPen(QPen(style.GRID_LINE, 1))
        col_w, row_h = self._col_w(), self._row_h()
        bottom, right = self.height(), self.width()
        for col in range(8):
            x = round(self.WEEK_W + col * col_w) - 0.5
            p.drawLine(QPointF(x, self.HEADER_H), QPointF(x, bottom))
        for row in range(7):
            y = round(self.HEADER_H + row * row_h) - 0.5
            p.drawLine(QPointF(self.WEEK_W, y), QPointF(right, y))
        p.setPen(QPen(style.GRID_LINE_STRONG, 1))
        p.drawLine(QPointF(0, self.HEADER_H - 0.5), QPointF(right, self.HEADER_H - 0.5))

    def _paint_measure(self, p: QPainter, rect: QRectF, position: int) -> None:
        row = self.data.rows[position]
        colour = style.status_colour(row.status)
        selected = row.id == self.selected_measure
        single = row.timing_start == row.timing_end
        cancelled = row.status == _CANCELLED
        overdue = is_overdue(row, self.today)
        text_pen = style.TEXT
        if single and not selected:
            dot = QRectF(rect.left() + 2, rect.center().y() - 4, 8, 8)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(dot)
            text_left = dot.right() + 5
        else:
            fill = QColor(colour)
            if selected:
                text_pen = QColor("white")
            else:
                fill.setAlpha(46)
            path = QPainterPath()
            path.addRoundedRect(rect, 4, 4)
            p.setPen(Qt.PenStyle.NoPen)
            p.fillPath(path, fill)
            if not selected:
                accent = QRectF(rect.left(), rect.top(), 3, rect.height())
                p.fillRect(accent, colour)
            text_left = rect.left() + 7
        if selected and single:
            p.setPen(QPen(colour.darker(120), 1.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect, 4, 4)
        if cancelled:
            text_pen = style.TEXT_FAINT if not selected else text_pen
        elif overdue and not selected:
            text_pen = style.OVERDUE_COLOUR
        text = f"{row.number} {row.title}" if row.number else row.title
        if self._clashes(row):
            text = "⚠ " + text
        p.setFont(self._struck if cancelled else self._small)
        p.setPen(text_pen)
        area = QRectF(text_left, rect.top(), rect.right() - text_left - 3, rect.height())
        lines = two_lines(QFontMetrics(p.font()), text, int(area.width()))
        p.drawText(
            area,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            "\n".join(lines),
        )

    def _clashes(self, row: MeasureRow) -> bool:
        if self.holidays is None or row.kind not in _WARN_KIND_CODES:
            return False
        return bool(holiday_clashes(Kind(row.kind), row_timing(row), self.holidays))

    # -- interaction -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        day = self.day_at(pos)
        more = self.more_at(pos)
        if more is not None:
            self.selected_day = more
            self.update()
            self.more_clicked.emit(more, event.globalPosition().toPoint())
            return None
        measure = self.measure_at(pos)
        if day is not None:
            self.selected_day = day
            self.day_clicked.emit(day)
        if measure is not None:
            self.selected_measure = measure
            self.measure_clicked.emit(measure)
        self.update()
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseDoubleClickEvent(event)
        measure = self.measure_at(event.position())
        if measure is not None:
            self.measure_double_clicked.emit(measure)
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta:
            self.month_step.emit(-1 if delta > 0 else 1)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        # QKeyEvent.key() is a plain int; Qt.Key members are ints too.
        steps: dict[int, int] = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        if key in steps:
            day = (self.selected_day or self.today) + timedelta(days=steps[key])
            self.selected_day = day
            if day.month != self.month or day.year != self.year:
                self.month_step.emit(1 if day > self.days[20] else -1)
            self.day_clicked.emit(day)
            self.update()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = -1 if key == Qt.Key.Key_PageUp else 1
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            self.month_step.emit(step * 12 if ctrl else step)
        elif key == Qt.Key.Key_Home:
            self.today_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_measure is not None:
            self.measure_double_clicked.emit(self.selected_measure)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Qt delivers ToolTip events as QHelpEvent (PySide hands over the subclass).
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = QPointF(event.pos())
            text = self.tooltip_at(pos)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def count_text(self, n: int) -> str:
        """ "1 measure", "5 measures"."""
        if n == 1:
            return self.tr("1 measure")
        return self.tr("%1 measures").replace("%1", style.fmt_count(n))

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip at a point: the measure's details, or the day's holidays and count."""
        measure = self.measure_at(pos)
        if measure is not None:
            row = self.data.row_of(measure)
            if row is not None:
                return style.measure_tooltip(row, self.today, self.holidays)
        day = self.day_at(pos)
        if day is None:
            return ""
        lines = [f"<b>{style.fmt_date(day, 'dddd, d MMMM yyyy')}</b>"]
        if self.holidays is not None:
            for line in style.holiday_lines(self.holidays, self.holidays.on(day)):
                lines.append(line)
        count = len(self.data.exact_between(day, day))
        if count:
            lines.append(self.count_text(count))
        return "<br>".join(lines)


class _DayPopup(QFrame):
    """The list of a day's measures, shown for "+N more"."""

    def __init__(self, view: MonthView) -> None:
        super().__init__(view, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.view = view
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.model = MeasureGroupModel([MeasureGroupModel.COL_TITLE], self)
        self.list = QTreeView(self)
        self.list.setModel(self.model)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setItemDelegate(RoomyDelegate(self.list))
        self.list.clicked.connect(self._clicked)
        self.list.doubleClicked.connect(self._double_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.resize(380, 300)

    def show_day(self, day: date, where: QPoint) -> None:
        data = self.view.data
        lines = [f"<b>{style.fmt_date(day, 'dddd, d MMMM yyyy')}</b>"]
        if self.view.holidays is not None:
            lines += style.holiday_lines(self.view.holidays, self.view.holidays.on(day))
        self.title.setText("<br>".join(lines))
        positions = data.exact_between(day, day)
        self.model.holidays = self.view.holidays
        self.model.set_groups(
            data,
            [MeasureGroup(day, self.view.grid.count_text(len(positions)), positions)],
            self.view.today,
        )
        self.list.expandAll()
        self.move(where)
        self.show()

    def _clicked(self, index: QModelIndex) -> None:
        measure = self.model.measure_id(index)
        if measure is not None:
            self.view._select_from_user(measure)

    def _double_clicked(self, index: QModelIndex) -> None:
        measure = self.model.measure_id(index)
        if measure is not None:
            self.hide()
            self.view.measure_activated.emit(measure)


class MonthPicker(QFrame):
    """A popup to jump to a month: the year with arrows, the twelve months as buttons.

    The plan's months are in bold; the month shown is checked. Page Up / Page Down
    (or the arrows) change the year; a click or Enter on a month chooses it.
    """

    chosen = Signal(int, int)  # year, month

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.year = date.today().year
        self._current = (self.year, 1)
        self._period: tuple[date, date] | None = None
        self.prev_year = QToolButton(self)
        self.prev_year.setText("‹")
        self.prev_year.setToolTip(self.tr("Previous year (Page Up)"))
        self.next_year = QToolButton(self)
        self.next_year.setText("›")
        self.next_year.setToolTip(self.tr("Next year (Page Down)"))
        self.year_label = QLabel(self)
        self.year_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bold = QFont(self.font())
        bold.setBold(True)
        self.year_label.setFont(bold)
        self.prev_year.clicked.connect(lambda: self.set_year(self.year - 1))
        self.next_year.clicked.connect(lambda: self.set_year(self.year + 1))
        top = QHBoxLayout()
        top.addWidget(self.prev_year)
        top.addWidget(self.year_label, 1)
        top.addWidget(self.next_year)
        grid = QGridLayout()
        grid.setSpacing(3)
        self.month_buttons: list[QToolButton] = []
        for month in range(1, 13):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setMinimumWidth(64)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _c=False, m=month: self._choose(m))
            grid.addWidget(button, (month - 1) // 4, (month - 1) % 4)
            self.month_buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(grid)

    def show_at(
        self, year: int, month: int, period: tuple[date, date] | None, where: QPoint
    ) -> None:
        """Open on ``year`` with ``month`` checked, below ``where`` (global)."""
        self._current = (year, month)
        self._period = period
        self.set_year(year)
        self.move(where)
        self.show()
        self.month_buttons[month - 1].setFocus()

    def set_year(self, year: int) -> None:
        """Show the months of ``year``."""
        self.year = year
        self.year_label.setText(str(year))
        locale = self.locale()
        for month, button in enumerate(self.month_buttons, start=1):
            name = locale.standaloneMonthName(month, locale.FormatType.ShortFormat)
            button.setText(name[:1].upper() + name[1:])
            button.setChecked((year, month) == self._current)
            font = QFont(self.font())
            font.setBold(self._in_period(year, month))
            button.setFont(font)
            button.setToolTip(style.month_title(year, month))

    def _in_period(self, year: int, month: int) -> bool:
        if self._period is None:
            return False
        first, last = date(year, month, 1), month_end(year, month)
        return first <= self._period[1] and last >= self._period[0]

    def _choose(self, month: int) -> None:
        self.hide()
        self.chosen.emit(self.year, month)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.set_year(self.year + (-1 if key == Qt.Key.Key_PageUp else 1))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            focused = self.focusWidget()
            if focused in self.month_buttons:
                self._choose(self.month_buttons.index(focused) + 1)  # type: ignore[arg-type]
                return
        # QKeyEvent.key() is a plain int; Qt.Key members are ints too.
        steps: dict[int, int] = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -4,
            Qt.Key.Key_Down: 4,
        }
        focused = self.focusWidget()
        if key in steps and isinstance(focused, QToolButton) and focused in self.month_buttons:
            n = self.month_buttons.index(focused) + steps[key]
            self.month_buttons[n % 12].setFocus()
            return
        super().keyPressEvent(event)


class MonthView(QWidget):
    """The month grid with its navigation bar and the "In this period" list."""

    measure_selected = Signal(int)
    measure_activated = Signal(int)
    month_changed = Signal(int, int)

    #: Groups larger than this start collapsed in the "In this period" list.
    EXPAND_LIMIT = 200

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.data = CalendarRows()
        self.holidays: HolidayCalendar | None = None
        self.today = today or date.today()
        self.grid = MonthGrid(self)
        self.grid.today = self.today
        self.grid.set_month(self.today.year, self.today.month)

        #: The plan's period: the month picker marks its months.
        self.period: tuple[date, date] | None = None
        self.prev_quarter_button = self._button("«", self.tr("Previous quarter"))
        self.prev_month_button = self._button(
            "‹", self.tr("Previous month (Page Up); previous year: Ctrl+Page Up")
        )
        self.today_button = QToolButton(self)
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to the current month (Home)"))
        self.next_month_button = self._button(
            "›", self.tr("Next month (Page Down); next year: Ctrl+Page Down")
        )
        self.next_quarter_button = self._button("»", self.tr("Next quarter"))
        # The title is a button: a click opens the month and year picker.
        self.title = QToolButton(self)
        self.title.setAutoRaise(True)
        self.title.setToolTip(
            self.tr("Choose a month and year. Previous / next year: Ctrl+Page Up / Ctrl+Page Down")
        )
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() + 4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.clicked.connect(self.open_picker)
        self._picker: MonthPicker | None = None
        self.quarter_label = QLabel(self)
        self.quarter_label.setStyleSheet("color: #5f6368")
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        # A line of its own under the bar, wrapping (never cut) when the view is narrow.
        self.legend.setWordWrap(True)
        self.legend.setContentsMargins(10, 0, 8, 4)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        bar.setSpacing(2)
        for button in (self.prev_quarter_button, self.prev_month_button):
            bar.addWidget(button)
        bar.addWidget(self.today_button)
        for button in (self.next_month_button, self.next_quarter_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.title)
        bar.addSpacing(8)
        bar.addWidget(self.quarter_label)
        bar.addStretch(1)

        self.period_model = MeasureGroupModel([MeasureGroupModel.COL_TITLE], self)
        self.period_view = QTreeView(self)
        self.period_view.setModel(self.period_model)
        self.period_view.setUniformRowHeights(True)
        self.period_view.setItemDelegate(RoomyDelegate(self.period_view))
        self.period_view.setAlternatingRowColors(True)
        self.period_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.period_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.period_view.setHeaderHidden(True)
        self.period_view.clicked.connect(self._period_clicked)
        self.period_view.doubleClicked.connect(self._period_double_clicked)
        self.period_view.selectionModel().currentChanged.connect(self._period_current)
        self.period_title = QLabel(self)
        self.period_title.setFont(self._bold_font())
        self.period_hint = QLabel(
            self.tr("Measures known only by their month, quarter, half-year, year or period"),
            self,
        )
        self.period_hint.setWordWrap(True)
        self.period_hint.setStyleSheet("color: #5f6368")

        side = QWidget(self)
        side.setMinimumWidth(150)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.period_title)
        side_layout.addWidget(self.period_hint)
        side_layout.addWidget(self.period_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([900, 360])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)

        self._popup: _DayPopup | None = None
        self.prev_quarter_button.clicked.connect(lambda: self.step_quarter(-1))
        self.prev_month_button.clicked.connect(lambda: self.step_month(-1))
        self.today_button.clicked.connect(self.go_today)
        self.next_month_button.clicked.connect(lambda: self.step_month(1))
        self.next_quarter_button.clicked.connect(lambda: self.step_quarter(1))
        self.grid.measure_clicked.connect(self._select_from_user)
        self.grid.measure_double_clicked.connect(self.measure_activated)
        self.grid.month_step.connect(self.step_month)
        self.grid.today_requested.connect(self.go_today)
        self.grid.more_clicked.connect(self._show_day)
        self._update_titles()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # The grid keeps the larger part when the view narrows; the list gives way.
        width = self.splitter.width()
        sizes = self.splitter.sizes()
        if width > 0 and len(sizes) == 2 and sizes[1] > width * 0.4:
            side_widget = self.splitter.widget(1)
            floor = side_widget.minimumWidth() if side_widget is not None else 0
            side = max(int(width * 0.32), floor)
            self.splitter.setSizes([width - side, side])

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() + 3)
        button.setFont(font)
        button.setMinimumWidth(30)
        return button

    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    # -- feeding ---------------------------------------------------------------------------

    @property
    def current_month(self) -> tuple[int, int]:
        """(year, month) shown."""
        return self.grid.year, self.grid.month

    def set_data(self, data: CalendarRows) -> None:
        """Use these rows (shared with the other views) and draw them."""
        self.data = data
        self.grid.data = data
        self.refresh()

    def set_holidays(self, holidays: HolidayCalendar | None) -> None:
        """Shade the holidays of this calendar (None: none)."""
        self.holidays = holidays
        self.grid.holidays = holidays
        self.period_model.holidays = holidays
        self._update_legend()
        self.grid.invalidate()

    def set_today(self, today: date) -> None:
        """Change what "today" is (overdue marks, the Today button)."""
        self.today = today
        self.grid.today = today
        self.refresh()

    def refresh(self) -> None:
        """The rows changed: lay the month out again and rebuild the period list."""
        self.grid.invalidate()
        self._fill_periods()

    # -- navigation ------------------------------------------------------------------------

    def set_month(self, year: int, month: int) -> None:
        """Show a month."""
        if (year, month) == self.current_month:
            return
        self.grid.set_month(year, month)
        self._update_titles()
        self._fill_periods()
        self.month_changed.emit(year, month)

    def step_month(self, delta: int) -> None:
        """Go ``delta`` months forward (or back)."""
        self.set_month(*add_months(*self.current_month, delta))

    def step_year(self, delta: int) -> None:
        """Go ``delta`` years forward (or back), same month."""
        year, month = self.current_month
        self.set_month(year + delta, month)

    def set_period(self, period: tuple[date, date] | None) -> None:
        """The plan's period (its months are marked in the month picker)."""
        self.period = period

    def open_picker(self) -> None:
        """The month and year picker under the title."""
        if self._picker is None:
            self._picker = MonthPicker(self)
            self._picker.chosen.connect(lambda y, m: self.set_month(y, m))
        self._picker.show_at(
            *self.current_month, self.period, self.title.mapToGlobal(self.title.rect().bottomLeft())
        )

    def step_quarter(self, delta: int) -> None:
        """Go to the first month of the quarter ``delta`` quarters away."""
        year, month = self.current_month
        first = (month - 1) // 3 * 3 + 1
        self.set_month(*add_months(year, first, 3 * delta))

    def go_today(self) -> None:
        """Show the current month with today selected."""
        self.grid.selected_day = self.today
        self.set_month(self.today.year, self.today.month)
        self.grid.update()

    def _update_titles(self) -> None:
        year, month = self.current_month
        self.title.setText(style.month_title(year, month))
        self.title.setMinimumWidth(self.title.sizeHint().width())  # never elided
        self.quarter_label.setText(
            self.tr("Q%1 %2").replace("%1", str((month - 1) // 3 + 1)).replace("%2", str(year))
        )
        self.period_title.setText(
            self.tr("In this period: %1").replace("%1", style.month_title(year, month))
        )

    def _update_legend(self) -> None:
        if self.holidays is None:
            self.legend.setText("")
            return
        parts = []
        for i, code in enumerate(self.holidays.countries[:2]):
            shade = style.HOLIDAY_SHADES[i].name()
            ink = style.HOLIDAY_INKS[i].name()
            parts.append(
                f"<span style='background:{shade};color:{ink}'>&nbsp;{code}&nbsp;</span> "
                f"{country_name(code, style.ui_lang())}"
            )
        text = self.tr("Holidays:") + " " + " &nbsp; ".join(parts)
        self.legend.setText(text)
        self.legend.setToolTip(self.holidays.note)

    # -- the "in this period" list ---------------------------------------------------------

    def _fill_periods(self) -> None:
        year, month = self.current_month
        start, end = date(year, month, 1), month_end(year, month)
        expanded = self._expanded_keys()
        current = self.period_model.measure_id(self.period_view.currentIndex())
        groups = [self._group(g) for g in period_groups(self.data, start, end)]
        self.period_model.set_groups(self.data, groups, self.today)
        for g, group in enumerate(self.period_model.groups()):
            wanted = group.key in expanded if expanded is not None else self._expand(group)
            if wanted:
                self.period_view.setExpanded(self.period_model.index(g, 0), True)
        if current is not None:
            index = self.period_model.index_of_measure(current)
            if index.isValid():
                self.period_view.setCurrentIndex(index)

    def _expanded_keys(self) -> set | None:
        if self.period_model.rowCount() == 0:
            return None
        keys = set()
        for g, group in enumerate(self.period_model.groups()):
            if self.period_view.isExpanded(self.period_model.index(g, 0)):
                keys.add(group.key)
        return keys

    def _expand(self, group: MeasureGroup) -> bool:
        return group.key is not None and len(group.positions) <= self.EXPAND_LIMIT

    def _group(self, group: PeriodGroup) -> MeasureGroup:
        count = len(group.positions)
        if group.key is None:
            title = self.tr("No dates: by agreement or not set")
            return MeasureGroup(
                None, f"{title} · {style.fmt_count(count)}", group.positions, show_timing=True
            )
        start, end, precision = group.key
        try:
            words = format_span(start, end, Precision(precision), style.ui_lang())
        except ValueError:
            words = style.fmt_range(start, end)
        words = words[:1].upper() + words[1:]
        return MeasureGroup(
            group.key,
            f"{words} · {style.fmt_count(count)}",
            group.positions,
            tooltip=style.fmt_range(start, end),
        )

    def period_measure_ids(self) -> list[int]:
        """Ids listed under "In this period" for the month shown."""
        return self.period_model.measure_ids()

    def _period_clicked(self, index: QModelIndex) -> None:
        measure = self.period_model.measure_id(index)
        if measure is not None:
            self._select_from_user(measure, from_list=True)

    def _period_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.period_view.hasFocus():
            self._period_clicked(current)

    def _period_double_clicked(self, index: QModelIndex) -> None:
        measure = self.period_model.measure_id(index)
        if measure is not None:
            self.measure_activated.emit(measure)

    def _show_day(self, day: date, where: QPoint) -> None:
        if self._popup is None:
            self._popup = _DayPopup(self)
        self._popup.show_day(day, where)

    # -- selection -------------------------------------------------------------------------

    def _select_from_user(self, measure_id: int, from_list: bool = False) -> None:
        self.select_measure(measure_id, navigate=False, in_list=not from_list)
        self.measure_selected.emit(measure_id)

    def select_measure(self, measure_id: int | None, navigate: bool = True, in_list=True) -> None:
        """Highlight a measure; with ``navigate``, show the month where it is.

        Emits nothing (the caller already knows).
        """
        self.grid.selected_measure = measure_id
        self.grid.update()
        row = None if measure_id is None else self.data.row_of(measure_id)
        if row is None or measure_id is None:
            self.period_view.clearSelection()
            return
        if navigate and row.timing_start is not None:
            assert row.timing_end is not None  # a timing has both ends or neither
            year, month = self.current_month
            first, last = date(year, month, 1), month_end(year, month)
            if not (row.timing_start <= last and row.timing_end >= first):
                self.set_month(row.timing_start.year, row.timing_start.month)
        if in_list and not is_exact(row):
            index = self.period_model.index_of_measure(measure_id)
            if index.isValid():
                self.period_view.setExpanded(index.parent(), True)
                self.period_view.setCurrentIndex(index)
                self.period_view.scrollTo(index)
        elif is_exact(row):
            self.period_view.clearSelection()
