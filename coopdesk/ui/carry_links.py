"""The carry-over links of a measure, shown in the measure editor both ways.

"Carried from KZ-RU-MFA-2023 № 2.1.3" on a measure of the new plan, "Carried into
KZ-RU-MFA-2025 № 2.1.1" on its origin; each is a link that opens the other plan at
that measure. :func:`install_carry_links` puts the label at the foot of the window's
measure editor (after its form) without the editor knowing about carry-over: it
follows the editor's ``measure_shown`` signal and the service's change sets.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from coopdesk.services.carry_over import CarryLink, CarryOverService
from coopdesk.services.changes import ChangeSet


class CarryLinksLabel(QLabel):
    """Where the shown measure was carried from and into, as links to open."""

    def __init__(
        self,
        carry: Callable[[], CarryOverService | None],
        open_measure: Callable[[int, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._carry = carry
        self._open = open_measure
        self.measure_id: int | None = None
        self.setObjectName("carryLinks")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(self._activated)
        # The links shown: origin first, then what it was carried into.
        self.links: list[CarryLink] = []
        self.hide()

    def show_measure(self, measure_id: int | None) -> None:
        """Show the links of this measure (None: none)."""
        self.measure_id = measure_id
        self.refresh()

    def refresh(self) -> None:
        """Read the links of the shown measure again."""
        carry = self._carry()
        if self.measure_id is None or carry is None:
            self.links = []
            self.hide()
            return
        origin = carry.carried_from([self.measure_id]).get(self.measure_id)
        into = carry.carried_into(self.measure_id)
        self.links = ([origin] if origin else []) + into
        lines = []
        if origin is not None:
            lines.append(self.tr("Carried from %1").replace("%1", self._anchor(0, origin)))
        for i, link in enumerate(into, start=1 if origin else 0):
            lines.append(self.tr("Carried into %1").replace("%1", self._anchor(i, link)))
        self.setText("<br>".join(lines))
        self.setVisible(bool(lines))

    @staticmethod
    def _anchor(index: int, link: CarryLink) -> str:
        text = html.escape(f"{link.plan_code} № {link.number}")
        tip = html.escape(link.title)
        return f'<a href="link:{index}" title="{tip}">{text}</a>'

    def _activated(self, href: str) -> None:
        index = int(href.removeprefix("link:"))
        if 0 <= index < len(self.links):
            link = self.links[index]
            self._open(link.plan_id, link.measure_id)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Read the links again when a change may have made, removed or renamed them.

        Links come and go with measures and plans added or removed (a carry-over, its
        undo, a deletion); a linked measure's new number or a plan's new code shows in
        the text. An edit of the shown measure itself changes none of that and costs
        no read.
        """
        if self.measure_id is None:
            return
        linked = {link.measure_id for link in self.links}
        if (
            changes.added.get("measure")
            or changes.removed.get("measure")
            or changes.touched("plan")
            or linked & changes.changed.get("measure", set())
        ):
            self.refresh()


def install_carry_links(window: Any) -> CarryLinksLabel | None:
    """Put a :class:`CarryLinksLabel` at the foot of the window's measure editor."""
    from coopdesk.ui.carry_dialog import open_plan_measure

    editor: Any = getattr(window, "editor", None)
    body = editor.widget() if editor is not None else None
    layout = body.layout() if body is not None else None
    if not isinstance(layout, QBoxLayout):
        return None

    def carry() -> CarryOverService | None:
        return CarryOverService(window.service) if window.service is not None else None

    links = CarryLinksLabel(
        carry, lambda plan_id, mid: open_plan_measure(window, plan_id, mid), body
    )
    # After the form, before the stretch that keeps the form at the top.
    layout.insertWidget(max(0, layout.count() - 1), links)
    editor.measure_shown.connect(links.show_measure)
    window.carry_links = links
    hub_of: dict[str, Any] = {}

    def follow() -> None:
        # The window's service changes when another store is opened: follow its hub.
        service = window.service
        old = hub_of.get("hub")
        if service is not None and old is not service.hub:
            if old is not None:
                old.unsubscribe(links.apply_changes)
            service.hub.subscribe(links.apply_changes)
            hub_of["hub"] = service.hub

    follow()
    editor.measure_shown.connect(lambda _mid: follow())
    return links
