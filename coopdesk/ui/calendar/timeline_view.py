"""The timeline: one row per measure grouped by sector, one bar per timing, across the plan.

It is a :class:`QGraphicsView` whose scene holds a single item, :class:`_TimelineLayer`,
covering the whole plan.  The item paints only the rows and days inside the exposed
rectangle Qt hands it, so a plan of 100,000 measures costs the same to scroll as one
of 30: nothing is built per measure, and a change of data only repaints.  The month
header and the measure labels sit in the view's margins and follow its scroll bars.

How sure a timing is shows in its bar: an exact date is solid (a diamond when a
single day is narrower than the diamond), a month lighter, a quarter, half-year or
year hatched, the plan period or "annually" faint with a dashed edge.  Colours follow
the status; overdue bars get a red edge; a red line marks today; public holidays of
both parties shade their days.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStyleOptionGraphicsItem,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coopdesk.calendar.holidays import HolidayCalendar
from coopdesk.calendar.month_grid import (
    UNKNOWN_SECTOR,
    Line,
    ScaleUnit,
    precision_style,
    scale_periods,
    timeline_lines,
    timeline_range,
)
from coopdesk.calendar.rows import (
    CalendarRows,
    RowsChange,
    is_overdue,
)
from coopdesk.domain.model import Sector
from coopdesk.domain.rows import MeasureRow
from coopdesk.domain.vocab import Status
from coopdesk.ui.calendar import style
from coopdesk.ui.vocab import label

ROW_H = 24
HEADER_H = 46
LABEL_W = 320
#: Pixels per day of each zoom step.
ZOOM_LEVELS: tuple[float, ...] = (0.3, 0.5, 0.8, 1.2, 1.8, 2.8, 4.5, 7.0, 11.0, 17.0, 26.0)


class _TimelineLayer(QGraphicsItem):
    """The one scene item: paints the rows and days Qt says are exposed."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__()
        self.canvas = canvas
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:
        return self.canvas.content_rect()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        self.canvas.paint_body(painter, option.exposedRect)


class TimelineCanvas(QGraphicsView):
    """The scrolling chart with its header and label margins."""

    measure_clicked = Signal(int)
    measure_double_clicked = Signal(int)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = CalendarRows()
        self.sectors: dict[int, Sector] = {}
        self._sector_list: list[Sector] = []
        self.lines: list[Line] = []
        self._line_of: dict[int, int] | None = None
        self.period: tuple[date, date] | None = None
        self.today = date.today()
        self.holidays: HolidayCalendar | None = None
        self.selected: int | None = None
        self.ppd = 1.2
        self.origin, self.last = timeline_range(None, None, self.today)
        self.label_w = LABEL_W
        #: Fit the whole range to the width on every resize, until the user zooms.
        self.auto_fit = True

        scene = QGraphicsScene(self)
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        self.layer = _TimelineLayer(self)
        scene.addItem(self.layer)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportMargins(self.label_w, HEADER_H, 0, 0)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setBackgroundBrush(QBrush(style.BACKGROUND))
        self.header = _TimelineHeader(self)
        self.labels = _TimelineLabels(self)
        self.corner = QLabel(self.tr("Sector / measure"), self)
        self.corner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.corner.setStyleSheet(
            "background:#f8f9fa; color:#5f6368; padding:0 0 6px 10px;"
            "border-bottom:1px solid #b0b4ba; border-right:1px solid #dadce0"
        )
        self.horizontalScrollBar().valueChanged.connect(self.header.update)
        self.verticalScrollBar().valueChanged.connect(self.labels.update)
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7.0))
        self._italic = QFont(self._small)
        self._italic.setItalic(True)
        self._update_scene_rect()

    def sizeHint(self) -> QSize:
        return QSize(1100, 600)

    # -- data ------------------------------------------------------------------------------

    def set_sectors(self, sectors: Sequence[Sector]) -> None:
        """The plan's sectors in tree order (rows are grouped by them)."""
        self._sector_list = list(sectors)
        self.sectors = {s.id: s for s in sectors if s.id is not None}

    def rebuild(self) -> None:
        """Lay out every line again (rows added, removed, moved, or new sectors)."""
        self.lines = timeline_lines(self.data, self._sector_list)
        self._line_of = None
        self._update_range(force=True)
        self.layer.update()
        self.labels.update()

    def refresh(self, change: RowsChange) -> None:
        """Rows changed: re-lay the lines only when their order changed, else repaint."""
        if change.reset or change.reordered:
            self.rebuild()
            return
        if change.changed:
            self._update_range()
            self.layer.update()
            self.labels.update()

    def _update_range(self, force: bool = False) -> None:
        """Fit the drawn days to the plan and the spans; the scene grows with the lines."""
        origin, last = timeline_range(self.period, self.data.index.bounds(), self.today)
        if force or (origin, last) != (self.origin, self.last):
            centre = self._centre_day()
            self.origin, self.last = origin, last
            if self.auto_fit:
                self.fit()
            else:
                self._update_scene_rect()
                if centre is not None:
                    self._scroll_to_day(centre)
        self.header.update()

    def line_of(self, measure_id: int) -> int | None:
        """The line of a measure, or None when it is not shown."""
        if self._line_of is None:
            rows = self.data.rows
            self._line_of = {
                rows[ref].id: n for n, (head, ref, _d) in enumerate(self.lines) if not head
            }
        return self._line_of.get(measure_id)

    # -- geometry --------------------------------------------------------------------------

    def content_rect(self) -> QRectF:
        """The scene's extent: every day of the range by every line."""
        days = (self.last - self.origin).days + 1
        return QRectF(0, 0, days * self.ppd, max(len(self.lines), 1) * ROW_H)

    def _update_scene_rect(self) -> None:
        self.layer.prepareGeometryChange()
        rect = self.content_rect()
        self.scene().setSceneRect(rect.adjusted(0, 0, 0, ROW_H))

    def x_of(self, day: date) -> float:
        """The scene x where a day begins."""
        return (day - self.origin).days * self.ppd

    def day_of(self, x: float) -> date:
        """The day at a scene x."""
        return self.origin + timedelta(days=math.floor(x / self.ppd))

    def bar_rect(self, measure_id: int) -> QRectF | None:
        """Where a measure's bar is drawn in the scene, or None (no dates, not shown)."""
        line = self.line_of(measure_id)
        if line is None:
            return None
        row = self.data.rows[self.lines[line][1]]
        if row.timing_start is None:
            return None
        return self._bar(line, row)

    def _bar(self, line: int, row: MeasureRow) -> QRectF:
        start, end = row.timing_start, row.timing_end
        # Callers draw bars only for dated rows, and a timing has both ends or neither.
        assert start is not None and end is not None
        x0 = self.x_of(start)
        x1 = self.x_of(end) + self.ppd
        return QRectF(x0, line * ROW_H + 5, x1 - x0, ROW_H - 10)

    def scroll_x(self) -> float:
        """The scene x at the viewport's left edge."""
        return self.mapToScene(QPoint(0, 0)).x()

    def scroll_y(self) -> float:
        """The scene y at the viewport's top edge."""
        return self.mapToScene(QPoint(0, 0)).y()

    def view_point_of(self, measure_id: int) -> QPoint | None:
        """A viewport point on the measure's bar (scrolled into view), or None."""
        rect = self.bar_rect(measure_id)
        if rect is None:
            return None
        self.ensureVisible(rect, 40, 40)
        return self.mapFromScene(rect.center())

    def measure_at(self, pos: QPoint) -> int | None:
        """The measure on the line under a viewport point, or None."""
        y = self.mapToScene(pos).y()
        line = int(y // ROW_H)
        if 0 <= line < len(self.lines) and not self.lines[line][0] and y >= 0:
            return self.data.rows[self.lines[line][1]].id
        return None

    def _centre_day(self) -> date | None:
        if self.auto_fit:
            return None
        x = self.scroll_x() + self.viewport().width() / 2
        return self.day_of(x)

    def _scroll_to_day(self, day: date) -> None:
        x = self.x_of(day) - self.viewport().width() / 2
        self.horizontalScrollBar().setValue(round(x))

    # -- zoom ------------------------------------------------------------------------------

    def set_ppd(self, ppd: float) -> None:
        """Zoom to ``ppd`` pixels per day, keeping the day at the centre in place."""
        ppd = min(max(ppd, ZOOM_LEVELS[0]), ZOOM_LEVELS[-1])
        centre = self._centre_day()
        self.ppd = ppd
        self._update_scene_rect()
        if centre is not None:
            self._scroll_to_day(centre)
        self.layer.update()
        self.header.update()
        self.zoom_changed.emit(ppd)

    def zoom(self, steps: int) -> None:
        """Zoom in (positive) or out (negative) by whole steps."""
        if steps > 0:
            bigger = [z for z in ZOOM_LEVELS if z > self.ppd + 1e-6]
            target = bigger[min(steps, len(bigger)) - 1] if bigger else ZOOM_LEVELS[-1]
        else:
            smaller = [z for z in ZOOM_LEVELS if z < self.ppd - 1e-6]
            target = smaller[max(len(smaller) + steps, 0)] if smaller else ZOOM_LEVELS[0]
        self.auto_fit = False
        self.set_ppd(target)

    def fit(self) -> None:
        """Zoom so that the whole range fits the width (and keep it so on resizing)."""
        width = max(self.viewport().width() - 12, 200)
        days = (self.last - self.origin).days + 1
        self.auto_fit = True
        self.set_ppd(width / days)
        self.horizontalScrollBar().setValue(0)

    def scale_units(self) -> tuple[ScaleUnit, ScaleUnit | str]:
        """(upper, lower) units of the header at the current zoom."""
        if self.ppd < 0.7:
            return "year", "quarter"
        if self.ppd < 5:
            return "year", "month"
        if self.ppd < 14:
            return "month", "week"
        return "month", "day"

    # -- painting --------------------------------------------------------------------------

    def paint_body(self, p: QPainter, rect: QRectF) -> None:
        """Paint the rows and days inside ``rect`` (scene coordinates)."""
        n = len(self.lines)
        first = max(0, int(rect.top() // ROW_H))
        last = min(n - 1, int(rect.bottom() // ROW_H))
        left, right = max(rect.left(), 0.0), rect.right()
        d0 = self.day_of(left)
        d1 = min(self.day_of(right), self.last)
        rows = self.data.rows
        # Row bands.
        for line in range(first, last + 1):
            head, ref, _depth = self.lines[line]
            y = line * ROW_H
            band = QRectF(left, y, right - left, ROW_H)
            if head:
                p.fillRect(band, style.SECTOR_BAND)
            elif line % 2:
                p.fillRect(band, QColor("#fbfbfc"))
            if not head and rows[ref].id == self.selected:
                p.fillRect(band, style.SELECTION_BAND)
        top, bottom = rect.top(), rect.bottom()
        self._paint_days(p, d0, d1, top, bottom)
        self._paint_grid(p, d0, d1, top, bottom)
        for line in range(first, last + 1):
            head, ref, _depth = self.lines[line]
            if not head:
                self._paint_bar(p, line, rows[ref])
        if self.origin <= self.today <= self.last and d0 <= self.today <= d1:
            x = self.x_of(self.today) + self.ppd / 2
            p.setPen(QPen(style.OVERDUE_COLOUR, 1.5))
            p.drawLine(QPointF(x, top), QPointF(x, bottom))

    def _paint_days(self, p: QPainter, d0: date, d1: date, top: float, bottom: float) -> None:
        height = bottom - top
        # Outside the plan period: a light grey veil.
        if self.period is not None:
            start, end = self.period
            veil = QColor(0, 0, 0, 10)
            if d0 < start:
                p.fillRect(
                    QRectF(self.x_of(d0), top, self.x_of(start) - self.x_of(d0), height), veil
                )
            if d1 > end:
                x = self.x_of(end + timedelta(days=1))
                p.fillRect(QRectF(x, top, self.x_of(d1) + self.ppd - x, height), veil)
        if self.ppd >= 7:
            day = d0
            while day <= d1:
                if day.weekday() >= 5:
                    p.fillRect(QRectF(self.x_of(day), top, self.ppd, height), QColor(0, 0, 0, 9))
                day += timedelta(days=1)
        if self.holidays is not None:
            for day, items in self.holidays.between(d0, d1).items():
                shade = style.holiday_shade(self.holidays, items, style.TIMELINE_HOLIDAY_SHADES)
                width = max(self.ppd, 2.0)
                x = self.x_of(day) + (self.ppd - width) / 2
                p.fillRect(QRectF(x, top, width, height), shade)

    def _paint_grid(self, p: QPainter, d0: date, d1: date, top: float, bottom: float) -> None:
        upper, lower = self.scale_units()
        if lower == "day":
            lower = "week"
        for unit, colour in ((lower, style.GRID_LINE), (upper, style.GRID_LINE_STRONG)):
            p.setPen(QPen(colour, 1))
            for start, _end in scale_periods(d0, d1, unit):  # type: ignore[arg-type]
                if start == d0 and not _starts(start, unit):
                    continue
                x = round(self.x_of(start)) + 0.5
                p.drawLine(QPointF(x, top), QPointF(x, bottom))

    def _paint_bar(self, p: QPainter, line: int, row: MeasureRow) -> None:
        y = line * ROW_H
        if row.timing_start is None:
            x = self.x_of(self.period[0]) if self.period else 0.0
            p.setFont(self._italic)
            p.setPen(style.TEXT_FAINT)
            text = row.timing_text.strip() or self.tr("no timing")
            p.drawText(
                QRectF(x + 6, y, 600, ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.tr("%1 — no dates").replace("%1", text),
            )
            return
        rect = self._bar(line, row)
        colour = QColor(style.status_colour(row.status))
        cancelled = row.status == Status.CANCELLED.value
        kind = precision_style(row.timing_precision)
        selected = row.id == self.selected
        overdue = is_overdue(row, self.today)
        edge = QPen(colour.darker(125), 1)
        text_on_bar: QColor | None = QColor("white")
        if kind == "exact" and rect.width() < 6 and row.timing_end != row.timing_start:
            # A few days narrower than the eye can see: widen the bar a little.
            rect = QRectF(rect.center().x() - 3, rect.top(), 6, rect.height())
        if kind == "exact" and rect.width() < 11 and row.timing_end == row.timing_start:
            # A single day narrower than a diamond: draw a milestone diamond.
            c = rect.center()
            r = 6.0
            diamond = QPolygonF(
                [
                    QPointF(c.x(), c.y() - r),
                    QPointF(c.x() + r, c.y()),
                    QPointF(c.x(), c.y() + r),
                    QPointF(c.x() - r, c.y()),
                ]
            )
            p.setPen(QPen(style.OVERDUE_COLOUR, 1.5) if overdue else edge)
            p.setBrush(colour)
            p.drawPolygon(diamond)
            if selected:
                p.setPen(QPen(style.TEXT, 1.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPolygon(diamond)
            self._paint_bar_text(p, row, QRectF(c.x() + r, rect.top(), 0, rect.height()), None)
            return
        path = QPainterPath()
        path.addRoundedRect(rect, 3, 3)
        if kind == "exact":
            p.fillPath(path, colour)
        elif kind == "month":
            fill = QColor(colour)
            fill.setAlpha(150)
            p.fillPath(path, fill)
        elif kind == "fuzzy":
            fill = QColor(colour)
            fill.setAlpha(45)
            p.fillPath(path, fill)
            hatch = QColor(colour)
            hatch.setAlpha(120)
            p.fillPath(path, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            text_on_bar = None
        else:
            fill = QColor(colour)
            fill.setAlpha(25)
            p.fillPath(path, fill)
            edge = QPen(colour, 1, Qt.PenStyle.DashLine)
            text_on_bar = None
        if overdue:
            edge = QPen(style.OVERDUE_COLOUR, 1.5)
        if selected:
            edge = QPen(style.TEXT, 2)
        p.setPen(edge)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        if cancelled:
            p.setPen(QPen(style.TEXT_MUTED, 1))
            p.drawLine(
                QPointF(rect.left() + 2, rect.center().y()),
                QPointF(rect.right() - 2, rect.center().y()),
            )
        self._paint_bar_text(p, row, rect, text_on_bar)

    def _paint_bar_text(
        self, p: QPainter, row: MeasureRow, rect: QRectF, on_bar: QColor | None
    ) -> None:
        text = row.timing_text.strip()
        if not text:
            return
        p.setFont(self._small)
        metrics = QFontMetrics(self._small)
        width = metrics.horizontalAdvance(text)
        if rect.width() >= width + 12:
            p.setPen(on_bar if on_bar is not None else style.TEXT)
            area = rect.adjusted(6, 0, -4, 0)
        else:
            p.setPen(style.TEXT_MUTED)
            area = QRectF(rect.right() + 6, rect.top() - 2, width + 4, rect.height() + 4)
        p.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    # -- events ----------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_margins()
        if self.auto_fit:
            self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._place_margins()
        if self.auto_fit:
            self.fit()

    def _place_margins(self) -> None:
        vp = self.viewport().geometry()
        self.header.setGeometry(vp.left(), vp.top() - HEADER_H, vp.width(), HEADER_H)
        self.labels.setGeometry(vp.left() - self.label_w, vp.top(), self.label_w, vp.height())
        self.corner.setGeometry(
            vp.left() - self.label_w, vp.top() - HEADER_H, self.label_w, HEADER_H
        )

    def set_label_width(self, width: int) -> None:
        """Width of the measure labels on the left."""
        self.label_w = max(120, min(width, 900))
        self.setViewportMargins(self.label_w, HEADER_H, 0, 0)
        self._place_margins()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx:
            self.header.update()
        if dy:
            self.labels.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            measure = self.measure_at(event.position().toPoint())
            if measure is not None:
                self.select(measure)
                self.measure_clicked.emit(measure)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            measure = self.measure_at(event.position().toPoint())
            if measure is not None:
                self.measure_double_clicked.emit(measure)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        # Qt delivers ToolTip events as QHelpEvent (PySide hands over the subclass).
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        """The tooltip at a viewport point: the measure on that line, and the day's holidays."""
        parts = []
        measure = self.measure_at(pos)
        if measure is not None:
            row = self.data.row_of(measure)
            if row is not None:
                parts.append(style.measure_tooltip(row, self.today, self.holidays))
        if self.holidays is not None:
            day = self.day_of(self.mapToScene(pos).x())
            lines = style.holiday_lines(self.holidays, self.holidays.on(day))
            if lines:
                parts.append(f"<b>{style.fmt_date(day)}</b><br>" + "<br>".join(lines))
        return "<hr>".join(parts)

    def select(self, measure_id: int | None) -> None:
        """Highlight a measure's line (emits nothing)."""
        self.selected = measure_id
        self.layer.update()
        self.labels.update()

    def ensure_measure_visible(self, measure_id: int) -> None:
        """Scroll so that the measure's line (and bar) is in view."""
        line = self.line_of(measure_id)
        if line is None:
            return
        rect = self.bar_rect(measure_id)
        if rect is None:
            rect = QRectF(self.scroll_x(), line * ROW_H, 10, ROW_H)
        self.ensureVisible(rect, 60, ROW_H * 2)


def _starts(day: date, unit: str) -> bool:
    """Whether ``day`` is the first day of its ``unit``."""
    if unit == "week":
        return day.weekday() == 0
    if unit == "month":
        return day.day == 1
    if unit == "quarter":
        return day.day == 1 and day.month in (1, 4, 7, 10)
    return day.day == 1 and day.month == 1


class _TimelineHeader(QWidget):
    """The two bands of dates above the chart (years and months, or months and weeks)."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self._font = QFont(canvas.font())
        self._small = QFont(canvas.font())
        self._small.setPointSizeF(max(canvas.font().pointSizeF() - 1.5, 7.0))
        self._bold = QFont(self._font)
        self._bold.setBold(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            self._paint(p)
        finally:
            p.end()  # a painter left open by an exception crashes Qt

    def _paint(self, p: QPainter) -> None:
        c = self.canvas
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        width, height = self.width(), self.height()
        p.fillRect(self.rect(), style.HEADER_BACKGROUND)
        off = c.scroll_x()
        d0 = max(c.day_of(off), c.origin)
        d1 = min(c.day_of(off + width), c.last)
        upper, lower = c.scale_units()
        split = 22
        locale = self.locale()
        # Upper band: sticky labels (a label stays readable while its period scrolls).
        p.setFont(self._bold)
        for start, end in scale_periods(d0, d1, upper):
            x0 = c.x_of(start) - off
            x1 = c.x_of(end) + c.ppd - off
            if _starts(start, upper):
                p.setPen(style.GRID_LINE_STRONG)
                p.drawLine(QPointF(round(x0) + 0.5, 0), QPointF(round(x0) + 0.5, height))
            text = (
                str(start.year) if upper == "year" else style.month_title(start.year, start.month)
            )
            p.setPen(style.TEXT)
            area = QRectF(max(x0, 0) + 6, 0, x1 - max(x0, 0) - 8, split)
            if area.width() > 20:
                p.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        # Lower band.
        p.setFont(self._small)
        metrics = QFontMetrics(self._small)
        unit = "day" if lower == "day" else lower
        # Long month names only when the longest fits the shortest month: no mixed forms.
        longest = max(
            metrics.horizontalAdvance(locale.standaloneMonthName(m, locale.FormatType.LongFormat))
            for m in range(1, 13)
        )
        long_months = longest + 10 < 28 * c.ppd
        periods = (
            [(d0 + timedelta(days=i), d0 + timedelta(days=i)) for i in range((d1 - d0).days + 1)]
            if unit == "day"
            else scale_periods(d0, d1, lower)  # type: ignore[arg-type]
        )
        for start, end in periods:
            x0 = c.x_of(start) - off
            x1 = c.x_of(end) + c.ppd - off
            if unit == "day" or _starts(start, unit):
                p.setPen(style.GRID_LINE)
                p.drawLine(QPointF(round(x0) + 0.5, split), QPointF(round(x0) + 0.5, height))
            if unit == "quarter":
                text = self.tr("Q%1").replace("%1", str((start.month - 1) // 3 + 1))
            elif unit == "month":
                form = locale.FormatType.ShortFormat
                if long_months:
                    form = locale.FormatType.LongFormat
                text = locale.standaloneMonthName(start.month, form)
            elif unit == "week":
                text = str(start.isocalendar().week)
                if metrics.horizontalAdvance(self.tr("Wk %1").replace("%1", text)) + 8 < x1 - x0:
                    text = self.tr("Wk %1").replace("%1", text)
            else:
                text = str(start.day)
            holiday = c.holidays.on(start) if (c.holidays is not None and unit == "day") else ()
            if holiday and c.holidays is not None:
                p.setPen(style.holiday_ink(c.holidays, holiday[0].country))
            elif unit == "day" and start.weekday() >= 5:
                p.setPen(style.TEXT_FAINT)
            else:
                p.setPen(style.TEXT_MUTED)
            area = QRectF(x0, split, x1 - x0, height - split)
            if metrics.horizontalAdvance(text) + 4 <= area.width():
                p.drawText(area, Qt.AlignmentFlag.AlignCenter, text)
        # Today.
        if d0 <= c.today <= d1:
            x = c.x_of(c.today) + c.ppd / 2 - off
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(style.OVERDUE_COLOUR)
            p.drawPolygon(
                QPolygonF(
                    [QPointF(x - 5, height - 7), QPointF(x + 5, height - 7), QPointF(x, height)]
                )
            )
        p.setPen(style.GRID_LINE_STRONG)
        p.drawLine(QPointF(0, height - 0.5), QPointF(width, height - 0.5))
        p.setPen(style.GRID_LINE)
        p.drawLine(QPointF(0, split + 0.5), QPointF(width, split + 0.5))


class _TimelineLabels(QWidget):
    """The sector headers and measure titles on the left, following the vertical scroll."""

    _GRIP = 5  # pixels at the right edge that resize the column

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.setMouseTracking(True)
        self._drag: int | None = None
        self._font = QFont(canvas.font())
        self._font.setPointSizeF(max(canvas.font().pointSizeF() - 0.5, 7.0))
        self._bold = QFont(self._font)
        self._bold.setBold(True)
        self._number = QFont(self._font)
        self._number.setPointSizeF(max(self._font.pointSizeF() - 1, 7.0))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            self._paint(p)
        finally:
            p.end()  # a painter left open by an exception crashes Qt

    def _paint(self, p: QPainter) -> None:
        c = self.canvas
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        width, height = self.width(), self.height()
        p.fillRect(self.rect(), style.BACKGROUND)
        off = c.scroll_y()
        first = max(0, int(off // ROW_H))
        last = min(len(c.lines) - 1, int((off + height) // ROW_H))
        rows = c.data.rows
        bold_metrics = QFontMetrics(self._bold)
        metrics = QFontMetrics(self._font)
        number_metrics = QFontMetrics(self._number)
        for line in range(first, last + 1):
            head, ref, depth = c.lines[line]
            y = line * ROW_H - off
            band = QRectF(0, y, width, ROW_H)
            indent = 10 + depth * 14
            if head:
                p.fillRect(band, style.SECTOR_BAND)
                sector = c.sectors.get(ref)
                if sector is None or ref == UNKNOWN_SECTOR:
                    text = self.tr("Other measures")
                else:
                    text = f"{sector.code}. {sector.name}" if sector.code else sector.name
                p.setFont(self._bold)
                p.setPen(style.TEXT)
                elided = bold_metrics.elidedText(
                    text, Qt.TextElideMode.ElideRight, width - indent - 8
                )
                p.drawText(
                    band.adjusted(indent, 0, -8, 0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    elided,
                )
                continue
            row = rows[ref]
            if line % 2:
                p.fillRect(band, QColor("#fbfbfc"))
            if row.id == c.selected:
                p.fillRect(band, style.SELECTION_BAND)
                p.fillRect(QRectF(0, y, 3, ROW_H), style.ACCENT)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(style.status_colour(row.status))
            p.drawEllipse(QRectF(indent, y + ROW_H / 2 - 4, 8, 8))
            x = indent + 14
            if row.number:
                p.setFont(self._number)
                p.setPen(style.TEXT_MUTED)
                p.drawText(
                    QRectF(x, y, 60, ROW_H),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    row.number,
                )
                x += max(number_metrics.horizontalAdvance(row.number) + 8, 44)
            p.setFont(self._font)
            overdue = is_overdue(row, c.today)
            p.setPen(style.OVERDUE_COLOUR if overdue else style.TEXT)
            elided = metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, int(width - x - 8))
            p.drawText(
                QRectF(x, y, width - x - 8, ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                elided,
            )
        p.setPen(style.GRID_LINE)
        p.drawLine(QPointF(width - 0.5, 0), QPointF(width - 0.5, height))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if x >= self.width() - self._GRIP:
            self._drag = int(x)
            return
        y = event.position().y() + self.canvas.scroll_y()
        line = int(y // ROW_H)
        c = self.canvas
        if 0 <= line < len(c.lines) and not c.lines[line][0]:
            measure = c.data.rows[c.lines[line][1]].id
            c.select(measure)
            c.measure_clicked.emit(measure)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        y = event.position().y() + self.canvas.scroll_y()
        line = int(y // ROW_H)
        c = self.canvas
        if 0 <= line < len(c.lines) and not c.lines[line][0]:
            c.measure_double_clicked.emit(c.data.rows[c.lines[line][1]].id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = int(event.position().x())
        if self._drag is not None:
            self.canvas.set_label_width(x)
            return
        near_edge = x >= self.width() - self._GRIP
        self.setCursor(Qt.CursorShape.SplitHCursor if near_edge else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None

    def event(self, event: QEvent) -> bool:
        # Qt delivers ToolTip events as QHelpEvent (PySide hands over the subclass).
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            c = self.canvas
            line = int((event.pos().y() + c.scroll_y()) // ROW_H)
            if 0 <= line < len(c.lines) and not c.lines[line][0]:
                row = c.data.rows[c.lines[line][1]]
                QToolTip.showText(
                    event.globalPos(), style.measure_tooltip(row, c.today, c.holidays), self
                )
                return True
        return super().event(event)


class TimelineView(QWidget):
    """The timeline with its zoom bar and legend."""

    measure_selected = Signal(int)
    measure_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.canvas = TimelineCanvas(self)
        self.canvas.today = today or date.today()
        self.zoom_out_button = self._button("−", self.tr("Zoom out (Ctrl+wheel)"))
        self.zoom_in_button = self._button("+", self.tr("Zoom in (Ctrl+wheel)"))
        self.fit_button = QToolButton(self)
        self.fit_button.setText(self.tr("Whole plan"))
        self.fit_button.setToolTip(self.tr("Fit the plan's period to the width"))
        self.today_button = QToolButton(self)
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Scroll to today"))
        self.scale_label = QLabel(self)
        self.scale_label.setStyleSheet("color: #5f6368")
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(self._legend_html())
        self.legend.setToolTip(self._legend_html())
        # The legend has a line of its own under the bar and wraps between its entries
        # when the panel is narrow: it is never cut.
        self.legend.setWordWrap(True)
        self.legend.setContentsMargins(8, 0, 8, 4)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        bar.setSpacing(2)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.today_button)
        bar.addSpacing(10)
        bar.addWidget(self.scale_label)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.canvas, 1)

        self.zoom_in_button.clicked.connect(lambda: self.canvas.zoom(1))
        self.zoom_out_button.clicked.connect(lambda: self.canvas.zoom(-1))
        self.fit_button.clicked.connect(self.canvas.fit)
        self.today_button.clicked.connect(self.scroll_to_today)
        self.canvas.zoom_changed.connect(self._zoomed)
        self.canvas.measure_clicked.connect(self.measure_selected)
        self.canvas.measure_double_clicked.connect(self.measure_activated)
        self._zoomed(self.canvas.ppd)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() + 2)
        font.setBold(True)
        button.setFont(font)
        button.setMinimumWidth(28)
        return button

    def _legend_html(self) -> str:
        parts = []
        for status in Status:
            colour = style.status_colour(status.value).name()
            parts.append(f"<span style='color:{colour}'>●</span>&nbsp;{label(status)}")
        for sign, text in (
            ("◆", self.tr("day")),
            ("▬", self.tr("exact dates")),
            ("▨", self.tr("quarter, half-year, year")),
            ("⬚", self.tr("plan period, annually")),
        ):
            # No break inside an entry: the legend wraps only between entries.
            parts.append(
                f"<span style='color:#5f6368'>{sign}&nbsp;{text.replace(' ', '&nbsp;')}</span>"
            )
        return " &nbsp; ".join(parts)

    def _zoomed(self, ppd: float) -> None:
        _upper, lower = self.canvas.scale_units()
        names = {
            "quarter": self.tr("quarters"),
            "month": self.tr("months"),
            "week": self.tr("weeks"),
            "day": self.tr("days"),
        }
        self.scale_label.setText(self.tr("Columns: %1").replace("%1", names[lower]))
        self.zoom_in_button.setEnabled(ppd < ZOOM_LEVELS[-1] - 1e-6)
        self.zoom_out_button.setEnabled(ppd > ZOOM_LEVELS[0] + 1e-6)

    # -- feeding ---------------------------------------------------------------------------

    def set_plan(self, period: tuple[date, date] | None, sectors: Sequence[Sector]) -> None:
        """The plan's period and sector tree."""
        self.canvas.period = period
        self.canvas.set_sectors(sectors)

    def set_data(self, data: CalendarRows) -> None:
        """Use these rows (shared with the other views) and lay them all out."""
        self.canvas.data = data
        self.canvas.rebuild()

    def refresh(self, change: RowsChange) -> None:
        """The shared rows changed as ``change`` says."""
        self.canvas.refresh(change)

    def set_holidays(self, holidays: HolidayCalendar | None) -> None:
        """Shade these holidays."""
        self.canvas.holidays = holidays
        self.canvas.layer.update()
        self.canvas.header.update()

    def set_today(self, today: date) -> None:
        """Move the today line."""
        self.canvas.today = today
        self.canvas.layer.update()
        self.canvas.header.update()

    def scroll_to_today(self) -> None:
        """Centre today."""
        self.canvas._scroll_to_day(self.canvas.today)

    def select_measure(self, measure_id: int | None, scroll: bool = True) -> None:
        """Highlight a measure's line and scroll to it (emits nothing)."""
        self.canvas.select(measure_id)
        if measure_id is not None and scroll:
            self.canvas.ensure_measure_visible(measure_id)
