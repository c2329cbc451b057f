"""The measure editor: a form for every field of a measure.

:class:`MeasureForm` is used twice: live in :class:`MeasureEditor` (a dock that
saves each field the moment it is finished, through the workspace, as its own undo
step) and collected in :class:`NewMeasureDialog`. The timing field says, as you
type, what it understood. Invalid values are shown inline and never saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain import model
from coopdesk.domain.filtering import outside_period
from coopdesk.domain.timing import Precision, parse_timing
from coopdesk.domain.vocab import Framework, Kind, Level, Priority, Status, Vocabulary
from coopdesk.ui.vocab import label

_ERROR_STYLE = "color: #b00020;"
_HINT_STYLE = "color: #555;"


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that reports ``committed`` when it loses focus or on Ctrl+Enter."""

    committed = Signal()

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 12
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 2)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.committed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.committed.emit()
            return
        super().keyPressEvent(event)


def _when(stamp: datetime) -> str:
    """A stored (UTC) time stamp in local time, written the window's language's way."""
    day = QDate(stamp.year, stamp.month, stamp.day)
    clock = QTime(stamp.hour, stamp.minute, stamp.second, stamp.microsecond // 1000)
    moment = QDateTime(day, clock, QTimeZone.utc()).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def describe_timing(text: str, period: tuple[date, date] | None) -> tuple[str, bool]:
    """What a timing's words mean, for the hint under the field; (text, understood)."""
    timing = parse_timing(text, period)
    if timing.precision == Precision.NONE:
        return QCoreApplication.translate("MeasureForm", "No timing"), True
    if timing.precision == Precision.UNPARSED:
        return QCoreApplication.translate("MeasureForm", "kept as written, no dates"), False
    from coopdesk.ui.i18n import current_language

    return f"{text.strip()} → {timing.describe(current_language())}", True


class MeasureForm(QWidget):
    """Fields of one measure.

    ``field_committed(name, value)`` is emitted when a field is finished (focus left,
    Enter, or a choice made) with a value that differs from the loaded one and is
    valid; invalid values show a message under the field instead.
    """

    field_committed = Signal(str, object)
    #: The user typed in a text field (name, text, the value it was loaded with):
    #: not saved yet, kept as a draft.
    field_typed = Signal(str, str, object)
    #: A field was left as it was loaded (nothing to save, no draft to keep).
    field_left = Signal()
    sector_committed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: dict[str, Any] = {}
        #: The value the last committed field was edited from (the base of its change).
        self.last_base: dict[str, Any] = {}
        self._period: tuple[date, date] | None = None
        self._loading = False

        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("automatic"))
        self.number.setMaxLength(32)
        self.number.setToolTip(
            self.tr(
                "Leave empty for an automatic number that follows the sector. "
                "A number typed here is kept when measures are renumbered."
            )
        )
        self.sector = QComboBox(self)
        # Long sector names must not widen the dock: the combo elides instead.
        self.sector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sector.setMinimumContentsLength(16)
        self.title = CommitTextEdit(2, self)
        self.title_error = self._message_label()
        self.description = CommitTextEdit(3, self)
        self.kind = self._vocab_combo(Kind)
        self.level = self._vocab_combo(Level, empty=self.tr("—"))
        self.framework = self._vocab_combo(Framework)
        self.responsible_a = QLineEdit(self)
        self.responsible_b = QLineEdit(self)
        self.form = QLineEdit(self)
        self.timing = QLineEdit(self)
        self.timing.setPlaceholderText(self.tr("e.g. 12 April 2023, Q2 2023, II квартал 2023 г."))
        self.timing_hint = self._message_label()
        self.timing_hint.setStyleSheet(_HINT_STYLE)
        #: Warns when a visit, meeting or consultations falls on a public holiday.
        self.holiday_warning = self._message_label()
        self.holiday_warning.setStyleSheet("color: #8a5a00;")
        #: The parties' public holidays (set by the window from the calendar).
        self.holidays = None
        self.location = QLineEdit(self)
        self.status = self._vocab_combo(Status)
        self.priority = self._vocab_combo(Priority)
        self.notes = CommitTextEdit(3, self)
        self.stamps = QLabel(self)
        self.stamps.setStyleSheet(_HINT_STYLE)
        self.stamps.setWordWrap(True)

        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each label's mnemonic (Alt+letter) is its own in every language, and none is
        # a letter of the menu bar or of the window's Table/Calendar tabs
        # (tests/ui/test_editor_keys.py checks en, ru and kk).
        self.labels: dict[str, QLabel] = {}
        self._row(layout, "number", self.tr("Nu&mber:"))
        self._row(layout, "sector", self.tr("Secto&r:"))
        self._row(layout, "title", self.tr("T&itle:"))
        layout.addRow("", self.title_error)
        self._row(layout, "description", self.tr("&Description:"))
        self._row(layout, "timing", self.tr("Timin&g:"))
        layout.addRow("", self.timing_hint)
        layout.addRow("", self.holiday_warning)
        self._row(layout, "status", self.tr("Stat&us:"))
        self._row(layout, "kind", self.tr("&Kind:"))
        self._row(layout, "level", self.tr("&Level:"))
        self._row(layout, "framework", self.tr("Frame&work:"))
        self.responsible_a_label = self._row(
            layout, "responsible_a", self.tr("Responsible (party &A):")
        )
        self.responsible_b_label = self._row(
            layout, "responsible_b", self.tr("Responsible (party &B):")
        )
        self._row(layout, "form", self.tr("Form of com&pletion:"))
        self._row(layout, "location", self.tr("L&ocation:"))
        self._row(layout, "priority", self.tr("Priorit&y:"))
        self._row(layout, "notes", self.tr("&Notes:"))
        layout.addRow("", self.stamps)
        #: The fields in the order Tab (and Enter in a one-line field) visits them: the
        #: order they are shown in.
        self.field_order: list[QWidget] = [getattr(self, name) for name in self.labels]
        for before, after in zip(self.field_order, self.field_order[1:], strict=False):
            QWidget.setTabOrder(before, after)

        for name in ("number", "responsible_a", "responsible_b", "form", "timing", "location"):
            line: QLineEdit = getattr(self, name)
            line.editingFinished.connect(lambda n=name: self._commit(n))
        for name in ("title", "description", "notes"):
            getattr(self, name).committed.connect(lambda n=name: self._commit(n))
        for name in ("kind", "level", "framework", "status", "priority"):
            getattr(self, name).activated.connect(lambda _i, n=name: self._commit(n))
        self.sector.activated.connect(self._sector_chosen)
        self.timing.textChanged.connect(self._show_timing)
        self.kind.currentIndexChanged.connect(lambda _i: self._check_holiday())
        self.title.textChanged.connect(self._check_title)
        for name in ("number", "responsible_a", "responsible_b", "form", "timing", "location"):
            getattr(self, name).textEdited.connect(lambda _t, n=name: self._typed(n))
        for name in ("title", "description", "notes"):
            getattr(self, name).textChanged.connect(lambda n=name: self._typed(n))
        self._text_fields = {
            getattr(self, n): n
            for n in (
                "number",
                "title",
                "description",
                "responsible_a",
                "responsible_b",
                "form",
                "timing",
                "location",
                "notes",
            )
        }
        for widget in self.field_order:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a field whose text is saved undoes the last step, not the typing;
        Enter in a one-line field (and in the title) saves it and moves on."""
        if event.type() == QEvent.Type.ShortcutOverride and watched in self._text_fields:
            key = event  # a QKeyEvent
            if (
                key.matches(QKeySequence.StandardKey.Undo)  # type: ignore[attr-defined]
                or key.matches(QKeySequence.StandardKey.Redo)  # type: ignore[attr-defined]
            ):
                name = self._text_fields[watched]  # type: ignore[index]
                if self._loaded and self.value(name) == self._loaded.get(name):
                    # Nothing unsaved here: let the window's Undo/Redo take the key.
                    event.ignore()
                    return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._enter_moves_on(watched, event)
        ):
            return True
        return super().eventFilter(watched, event)

    def _enter_moves_on(self, watched: QObject, event: QKeyEvent) -> bool:
        """Enter in a one-line field or the title: save the field, go to the next one.

        Shift+Enter in the title breaks the line (a title on two lines); the
        description and notes keep Enter for new lines (Ctrl+Enter saves them).
        """
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if watched is self.title:
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                return False
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                return False  # CommitTextEdit saves in place
        elif isinstance(watched, QComboBox):
            if watched.view().isVisible() or modifiers:
                return False  # Enter picks the line of an open list
        elif not isinstance(watched, QLineEdit) or modifiers:
            return False
        name = self._name_of(watched)
        if name is not None and name != "sector":
            self._commit(name)
        self.focus_next(watched)  # type: ignore[arg-type]
        return True

    def _name_of(self, widget: QObject) -> str | None:
        for name in self.labels:
            if getattr(self, name) is widget:
                return name
        return None

    def focus_next(self, widget: QWidget) -> None:
        """Put the focus on the field after ``widget`` in the form's order (the first
        after the last)."""
        order = self.field_order
        if widget not in order:
            return
        following = order[(order.index(widget) + 1) % len(order)]
        following.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(following, QLineEdit):
            following.selectAll()

    # -- construction helpers --------------------------------------------------------------

    def _row(self, layout: QFormLayout, name: str, text: str) -> QLabel:
        """A labelled row; the label's mnemonic puts the focus on the field."""
        field = getattr(self, name)
        caption = QLabel(text, self)
        caption.setBuddy(field)
        layout.addRow(caption, field)
        self.labels[name] = caption
        return caption

    def _message_label(self) -> QLabel:
        message = QLabel(self)
        message.setWordWrap(True)
        message.setStyleSheet(_ERROR_STYLE)
        message.hide()
        return message

    def _vocab_combo(self, vocab: type[Vocabulary], empty: str | None = None) -> QComboBox:
        combo = QComboBox(self)
        if empty is not None:
            combo.addItem(empty, None)
        for member in vocab:
            combo.addItem(label(member), member.value)
        return combo

    # -- loading ---------------------------------------------------------------------------

    def set_parties(self, party_a: str, party_b: str) -> None:
        """Name the parties beside the responsible-agency fields."""
        self.responsible_a.setToolTip(party_a)
        self.responsible_b.setToolTip(party_b)

    def set_sectors(self, sectors: Sequence[model.Sector]) -> None:
        """The sectors a measure can belong to, in tree order."""
        current = self.sector.currentData()
        self.sector.blockSignals(True)
        self.sector.clear()
        depth: dict[int | None, int] = {None: -1}
        for s in sectors:
            depth[s.id] = depth.get(s.parent_id, -1) + 1
            self.sector.addItem("    " * depth[s.id] + f"{s.code}. {s.name}", s.id)
        index = self.sector.findData(current)
        self.sector.setCurrentIndex(max(index, 0))
        self.sector.blockSignals(False)

    def set_period(self, period: tuple[date, date] | None) -> None:
        """The plan's period (open timings such as "annually" take it)."""
        self._period = period

    def load(self, measure: model.Measure | None, keep_focused: bool = False) -> None:
        """Show a measure's fields (None: an empty form with defaults).

        With ``keep_focused`` the field being edited is left as the user has it.
        """
        self._loading = True
        focused = self.focusWidget() if keep_focused else None
        if focused is not None and focused in self._text_fields and self._loaded:
            # Only unsaved typing is kept; a field showing its saved text follows the store.
            name = self._text_fields[focused]
            if self.value(name) == self._loaded.get(name):
                focused = None
        values = self._values_of(measure)
        for name, value in values.items():
            widget = getattr(self, name)
            if widget is focused:
                # What the user started typing from stays the base of their edit: a
                # colleague's newer value there is a conflict when they save, not a
                # value silently overwritten.
                if self._loaded and name in self._loaded:
                    values[name] = self._loaded[name]
                continue
            if isinstance(widget, QLineEdit):
                widget.setText(value)
                widget.setCursorPosition(0)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
        self._loaded = values
        if measure is not None:
            self.sector.setCurrentIndex(max(0, self.sector.findData(measure.sector_id)))
            self.number.setStyleSheet("font-style: italic;" if measure.number_pinned else "")
            stamps = []
            if measure.created_at:
                stamps.append(self.tr("created %1").replace("%1", _when(measure.created_at)))
            if measure.updated_at:
                stamps.append(self.tr("changed %1").replace("%1", _when(measure.updated_at)))
            if measure.updated_by:
                stamps.append(self.tr("by %1").replace("%1", measure.updated_by))
            self.stamps.setText(", ".join(stamps))
        else:
            self.stamps.setText("")
        self.title_error.hide()
        self._show_timing(self.timing.text())
        self._loading = False

    @staticmethod
    def _values_of(measure: model.Measure | None) -> dict[str, Any]:
        m = measure or model.Measure(id=None, plan_id=0, sector_id=0)
        values = m.field_values()
        values["timing"] = m.timing.text
        return values

    # -- reading ---------------------------------------------------------------------------

    def value(self, name: str) -> Any:
        """The current value of a field, as the services take it."""
        widget = getattr(self, name)
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.currentData()

    def values(self) -> dict[str, Any]:
        """Every field (for a new measure)."""
        return {name: self.value(name) for name in self._values_of(None)}

    def validate(self) -> bool:
        """Show messages for invalid fields; True when everything can be saved."""
        return self._check_title()

    def _check_title(self) -> bool:
        if self._loading:
            return True
        if not self.title.toPlainText().strip():
            self.title_error.setText(self.tr("A measure needs a title."))
            self.title_error.show()
            return False
        self.title_error.hide()
        return True

    def _show_timing(self, text: str) -> None:
        hint, understood = describe_timing(text, self._period)
        timing = parse_timing(text, self._period)
        span = (timing.start, timing.end) if timing.start and timing.end else None
        outside = self._period is not None and outside_period(span, self._period)
        if outside and self._period is not None:
            start, end = self._period
            hint += "\n" + self.tr("Outside the plan's period (%1 – %2)").replace(
                "%1", QLocale().toString(QDate(start.year, start.month, start.day), "d MMM yyyy")
            ).replace("%2", QLocale().toString(QDate(end.year, end.month, end.day), "d MMM yyyy"))
        self.timing_hint.setText(hint)
        self.timing_hint.setStyleSheet(
            _HINT_STYLE if understood and not outside else "color: #8a5a00;"
        )
        self.timing_hint.setVisible(bool(text.strip()) or not understood)
        self._check_holiday()

    def _check_holiday(self) -> None:
        warning = None
        if self.holidays is not None:
            from coopdesk.ui.calendar import holiday_warning

            timing = parse_timing(self.timing.text(), self._period)
            warning = holiday_warning(self.kind.currentData(), timing, self.holidays)
        self.holiday_warning.setText(warning or "")
        self.holiday_warning.setVisible(bool(warning))

    def _commit(self, name: str) -> None:
        if self._loading or not self._loaded:
            return
        value = self.value(name)
        if value == self._loaded.get(name):
            self.field_left.emit()
            return
        if name == "title" and not self._check_title():
            return
        base = self._loaded.get(name)
        self._loaded[name] = value
        self.last_base = {name: base}
        self.field_committed.emit(name, value)

    def _typed(self, name: str) -> None:
        if self._loading or not self._loaded:
            return
        widget = getattr(self, name)
        if not widget.hasFocus():
            return
        self.field_typed.emit(name, self.value(name), self._loaded.get(name))

    def put_draft(self, name: str, text: str) -> None:
        """Show a recovered draft in its field, unsaved, with the cursor in it."""
        widget = getattr(self, name)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        else:
            widget.setPlainText(text)
            widget.moveCursor(widget.textCursor().MoveOperation.End)

    def _sector_chosen(self, _index: int) -> None:
        sector_id = self.sector.currentData()
        if sector_id is not None and not self._loading:
            self.sector_committed.emit(int(sector_id))


class MeasureEditor(QScrollArea):
    """The dock panel that edits the selected measure; every field is saved when finished."""

    #: The measure now shown (its id, or None for none).
    measure_shown = Signal(object)
    #: Unsaved typing: (measure id, field, text, base value).
    typing = Signal(int, str, str, object)
    #: A field was saved or left as it was: its draft is no longer needed.
    settled = Signal()

    def __init__(
        self,
        commit: Callable[[int, dict[str, Any], dict[str, Any]], object],
        move: Callable[[int, int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._commit, self._move = commit, move
        self.measure_id: int | None = None
        self.version: int | None = None
        self.form = MeasureForm(self)
        self.placeholder = QLabel(self.tr("Select a measure to edit it."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(_HINT_STYLE)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self.placeholder)
        column.addWidget(self.form)
        column.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Narrow enough to leave the table room in a 1024-pixel window.
        self.setMinimumWidth(300)
        self.form.field_committed.connect(self._field_committed)
        self.form.field_typed.connect(self._field_typed)
        self.form.field_left.connect(self.settled)
        self.form.sector_committed.connect(self._sector_committed)
        self.show_measure(None)

    #: Narrower than this, the labels go above their fields (a 1024-pixel window).
    NARROW = 420

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        layout = self.form.layout()
        if isinstance(layout, QFormLayout):
            policy = (
                QFormLayout.RowWrapPolicy.WrapAllRows
                if self.width() < self.NARROW
                else QFormLayout.RowWrapPolicy.DontWrapRows
            )
            if layout.rowWrapPolicy() != policy:
                layout.setRowWrapPolicy(policy)

    def show_measure(self, measure: model.Measure | None, keep_focused: bool = False) -> None:
        """Edit this measure (None: nothing selected)."""
        changed = self.measure_id != (None if measure is None else measure.id)
        self.measure_id = None if measure is None else measure.id
        #: The version shown: a move from the Sector field asks first if it moved on.
        self.version = None if measure is None else measure.version
        if changed:
            self.measure_shown.emit(self.measure_id)
        self.form.setVisible(measure is not None)
        self.placeholder.setVisible(measure is None)
        if measure is not None:
            self.form.load(measure, keep_focused=keep_focused)

    def _field_typed(self, name: str, text: str, base: object) -> None:
        if self.measure_id is not None:
            self.typing.emit(self.measure_id, name, text, base)

    def _field_committed(self, name: str, value: object) -> None:
        self.settled.emit()
        if self.measure_id is not None:
            self._commit(self.measure_id, {name: value}, dict(self.form.last_base))

    def _sector_committed(self, sector_id: int) -> None:
        if self.measure_id is not None:
            self._move(self.measure_id, sector_id)


class NewMeasureDialog(QDialog):
    """A dialog for a new measure: the same form, saved as one step with OK."""

    def __init__(
        self,
        sectors: Sequence[model.Sector],
        sector_id: int | None,
        period: tuple[date, date] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New measure"))
        self.form = MeasureForm(self)
        self.form.set_sectors(sectors)
        self.form.set_period(period)
        self.form.load(None)
        self.form._loaded = {}  # collected on OK, not committed field by field
        if sector_id is not None:
            self.form.sector.setCurrentIndex(max(0, self.form.sector.findData(sector_id)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.error = QLabel(self)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.form)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.resize(620, 720)
        self.form.title.setFocus()
        #: Set by the caller: takes (sector_id, values) and returns an error or None.
        self.submit: Callable[[int, dict[str, Any]], str | None] | None = None

    def sector_id(self) -> int | None:
        """The chosen sector."""
        data = self.form.sector.currentData()
        return None if data is None else int(data)

    def values(self) -> dict[str, Any]:
        """The fields as typed (empty number: automatic)."""
        return self.form.values()

    def _accept(self) -> None:
        self.form._loading = False
        if not self.form.validate():
            self.form.title.setFocus()
            return
        if self.sector_id() is None:
            self.error.setText(self.tr("Add a sector to the plan first."))
            self.error.show()
            return
        if self.submit is not None:
            problem = self.submit(self.sector_id(), self.values())  # type: ignore[arg-type]
            if problem:
                self.error.setText(problem)
                self.error.show()
                return
        self.accept()
