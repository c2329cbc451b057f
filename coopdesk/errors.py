"""Errors the core raises with a message a user can act on, in any language.

The core imports no Qt, so it cannot translate; it raises an English *template*
with its parameters instead, and whoever shows the message renders it::

    raise ValidationError(
        msg("Measure {number} was deleted by {actor}"), number="1.2", actor="anna"
    )

``str(error)`` is the English sentence (the CLI prints it on one line and exits 1).
The window renders ``error.text`` through its catalogue (``coopdesk.ui.core_messages
.core_text``): the template is looked up under the Qt context "core" and the
parameters are put into the translation.  A parameter that is itself a :class:`Text`
(a field's name, a nested reason) is translated the same way; any other parameter is
the user's data and is shown as it is.

:func:`msg` only marks a literal for the catalogue: ``tests/ui/test_core_messages.py``
reads every ``msg("...")`` of the core with :mod:`ast` and fails when one is missing
from the window's list or untranslated.  A message built without :func:`msg` (an
f-string) still works, in English.
"""

from __future__ import annotations

from collections.abc import Callable


def msg(template: str) -> str:
    """Mark ``template`` (an English sentence with ``{name}`` fields) for translation."""
    return template


def _same(template: str) -> str:
    return template


class Text:
    """A message a person reads: an English template and its parameters.

    ``str()`` gives the English sentence; :meth:`render` any language, given the
    lookup of a template in that language.
    """

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params

    def render(self, translate: Callable[[str], str] = _same) -> str:
        """The sentence with ``translate`` applied to this template and nested texts.

        A translation whose fields do not match the template's (a catalogue error)
        falls back to the English template, so a message is never lost.
        """
        if not self.params:
            return translate(self.template)
        values = {
            key: value.render(translate) if isinstance(value, Text) else value
            for key, value in self.params.items()
        }
        try:
            return translate(self.template).format(**values)
        except (KeyError, IndexError, ValueError, AttributeError):
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Text({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Text):
            return (self.template, self.params) == (other.template, other.params)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.template)


def text_of(value: object) -> Text:
    """``value`` as a :class:`Text`: an error's own text, a Text, or anything as words."""
    if isinstance(value, CoopDeskError):
        return value.text
    if isinstance(value, Text):
        return value
    return Text(str(value))


class CoopDeskError(Exception):
    """Base of every error whose message is meant for the user.

    ``CoopDeskError(msg("template {name}"), name=value)``; ``text`` keeps the
    template and parameters, ``str()`` is the English sentence.
    """

    def __init__(self, message: str | Text = "", /, **params: object) -> None:
        if isinstance(message, Text):
            self.text = Text(message.template, **{**message.params, **params})
        else:
            self.text = Text(message, **params)
        super().__init__(str(self.text))


class StoreError(CoopDeskError):
    """The store cannot be opened, read or written (bad URL, locked, corrupt, too new)."""


class NotFoundError(CoopDeskError):
    """A plan, sector or measure asked for does not exist."""


class ValidationError(CoopDeskError):
    """A change was refused because a value is not acceptable; nothing was written."""


class ConflictError(CoopDeskError):
    """A change was refused because someone changed the same data since it was read.

    ``conflicts`` holds what collided (service-specific records naming the row, the
    field, both values, who changed it and when); nothing was written.
    """

    def __init__(self, message: str | Text, /, conflicts: object = (), **params: object) -> None:
        super().__init__(message, **params)
        self.conflicts = list(conflicts) if conflicts else []  # type: ignore[call-overload]
