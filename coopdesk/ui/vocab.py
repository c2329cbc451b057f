"""Translated labels of the core's vocabularies, for views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.vocab import Vocabulary


def label(member: Vocabulary | None) -> str:
    """The member's label through Qt's translation (context "Vocabulary")."""
    if member is None:
        return ""
    return QCoreApplication.translate("Vocabulary", member.label)
