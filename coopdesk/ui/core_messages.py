"""The core's messages in the window's language, and the one function that shows them.

The core (domain, store, services, exchange, reports, calendar) imports no Qt: its
errors carry an English template and parameters (:class:`coopdesk.errors.Text`).
:func:`core_text` renders one through the catalogue under the Qt context "core";
every place of the window that shows a core error (message box, status bar) calls it.

``pyside6-lupdate`` reads only ``coopdesk/ui``, so the templates are listed here with
``QT_TRANSLATE_NOOP``; ``tests/ui/test_core_messages.py`` reads every ``msg("...")``
of the core and fails when one is missing here or untranslated in Russian or Kazakh
(``python tests/ui/test_core_messages.py`` prints the lines to paste).
"""

# ruff: noqa: E501  (the listing keeps each template on one line, as lupdate reads it)
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coopdesk.errors import CoopDeskError, Text
from coopdesk.ui.i18n import QT_TRANSLATE_NOOP

#: The Qt context of the core's templates in the catalogues.
CONTEXT = "core"


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def core_text(error: BaseException | Text | str) -> str:
    """What the window says for a core error (or message) in the UI language.

    A :class:`CoopDeskError` or :class:`Text` is translated with its nested parts;
    anything else (a driver's or the OS's own sentence) is shown as it is.
    """
    if isinstance(error, CoopDeskError):
        return error.text.render(_translate)
    if isinstance(error, Text):
        return error.render(_translate)
    return str(error)


# Kept in the order the core raises them (file by file); the test checks the set.
CORE_MESSAGES: tuple[str, ...] = (
    # coopdesk/ui/reports/pdf.py
    QT_TRANSLATE_NOOP("core", "Cannot write the PDF file {path}"),
    QT_TRANSLATE_NOOP("core", "Cannot write {path}: {reason} (is it open in another program?)"),
    # coopdesk/domain/validation.py
    QT_TRANSLATE_NOOP("core", "Code"),
    QT_TRANSLATE_NOOP("core", "Title"),
    QT_TRANSLATE_NOOP("core", "Party A"),
    QT_TRANSLATE_NOOP("core", "Party B"),
    QT_TRANSLATE_NOOP("core", "Place of signing"),
    QT_TRANSLATE_NOOP("core", "Name"),
    QT_TRANSLATE_NOOP("core", "Sector code"),
    QT_TRANSLATE_NOOP("core", "Number"),
    QT_TRANSLATE_NOOP("core", "Description"),
    QT_TRANSLATE_NOOP("core", "Responsible (party A)"),
    QT_TRANSLATE_NOOP("core", "Responsible (party B)"),
    QT_TRANSLATE_NOOP("core", "Form of completion"),
    QT_TRANSLATE_NOOP("core", "Timing"),
    QT_TRANSLATE_NOOP("core", "Location"),
    QT_TRANSLATE_NOOP("core", "Notes"),
    QT_TRANSLATE_NOOP("core", "Period start"),
    QT_TRANSLATE_NOOP("core", "Period end"),
    QT_TRANSLATE_NOOP("core", "Signed date"),
    QT_TRANSLATE_NOOP("core", "Kind"),
    QT_TRANSLATE_NOOP("core", "Level"),
    QT_TRANSLATE_NOOP("core", "Framework"),
    QT_TRANSLATE_NOOP("core", "Status"),
    QT_TRANSLATE_NOOP("core", "Priority"),
    QT_TRANSLATE_NOOP("core", "Field '{field}': {problem}"),
    QT_TRANSLATE_NOOP("core", "expected text, got {type}"),
    QT_TRANSLATE_NOOP("core", "contains a NUL character (at position {position}); remove it"),
    QT_TRANSLATE_NOOP(
        "core",
        "contains a broken character (a lone UTF-16 surrogate, U+{code}, at position {position}); retype or paste the text again",
    ),
    QT_TRANSLATE_NOOP("core", "is {length:,} characters long; at most {limit:,} fit, shorten it"),
    QT_TRANSLATE_NOOP("core", "must not be empty"),
    QT_TRANSLATE_NOOP("core", "a date is required"),
    QT_TRANSLATE_NOOP("core", "expected a date, got {type}"),
    QT_TRANSLATE_NOOP("core", "{date} is outside the years {first}-{last} CoopDesk plans in"),
    QT_TRANSLATE_NOOP(
        "core",
        "Fields '{start_field}' and '{end_field}': the period ends ({end}) before it starts ({start})",
    ),
    # coopdesk/store/backup.py
    QT_TRANSLATE_NOOP("core", "The copy {file} failed its integrity check: {reason}"),
    QT_TRANSLATE_NOOP(
        "core", "The copy {file} has {count} rows pointing at missing rows (first in table {table})"
    ),
    QT_TRANSLATE_NOOP("core", "Could not back up the store {store}: {reason}"),
    QT_TRANSLATE_NOOP("core", "The copy {file} is at schema {found}, not {revision}"),
    # coopdesk/store/connections.py
    QT_TRANSLATE_NOOP("core", "There is no saved connection '{name}'"),
    QT_TRANSLATE_NOOP(
        "core",
        "'…{url}' is not a database URL (expected e.g. postgresql+psycopg://user@host/dbname)",
    ),
    QT_TRANSLATE_NOOP("core", "A saved connection needs a name"),
    QT_TRANSLATE_NOOP(
        "core",
        "The saved connections in {path} cannot be read ({reason}); remove the file to start afresh",
    ),
    # coopdesk/store/dberrors.py
    QT_TRANSLATE_NOOP("core", "The store {store} failed: {reason}"),
    QT_TRANSLATE_NOOP(
        "core", "The store {store} is not a CoopDesk database or is damaged ({reason})"
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The store {store} is busy with other officers' changes (they crossed this one); try again in a moment",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The store {store} stayed locked while another CoopDesk window (or another program) saved a large change; try again in a moment",
    ),
    QT_TRANSLATE_NOOP(
        "core", "The disk of the store {store} is full; free some space and try again"
    ),
    QT_TRANSLATE_NOOP("core", "Cannot open the store {store}: the file cannot be created or read"),
    QT_TRANSLATE_NOOP("core", "The store {store} is read-only; CoopDesk needs to write to it"),
    QT_TRANSLATE_NOOP("core", "Cannot connect to the store {store}: {reason}"),
    # coopdesk/store/engine.py
    QT_TRANSLATE_NOOP(
        "core",
        "The store {store} stayed locked for {seconds:.1f} s while another CoopDesk window (or another program) saved a large change; try again in a moment",
    ),
    QT_TRANSLATE_NOOP("core", "Cannot open the store {store}: the folder {folder} does not exist"),
    QT_TRANSLATE_NOOP(
        "core",
        "'{url}' is not a database URL (expected e.g. sqlite:///plans.db or postgresql+psycopg://user@host/dbname)",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The store {store} is busy: another CoopDesk window kept saving a large change while this one waited; try again in a moment",
    ),
    # coopdesk/store/migrate.py
    QT_TRANSLATE_NOOP(
        "core",
        "The store {store} was written by a newer CoopDesk (schema {revision}); update CoopDesk to open it",
    ),
    QT_TRANSLATE_NOOP(
        "core", "The store {store} holds other tables: it is not a CoopDesk database"
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The file {store} is empty (0 bytes): it is not a CoopDesk store. CoopDesk makes a new store in a file only when asked to create one; delete the file or choose another name",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The file {store} is a database with no tables: it is not a CoopDesk store. CoopDesk makes a new store in a file only when asked to create one; delete the file or choose another name",
    ),
    QT_TRANSLATE_NOOP(
        "core", "Could not create the store {store}; it was left as it was. {reason}"
    ),
    QT_TRANSLATE_NOOP(
        "core", "Could not upgrade the store {store}; it was left as it was. {reason}"
    ),
    QT_TRANSLATE_NOOP(
        "core", "The store {store} kept changing while CoopDesk opened it; try again"
    ),
    QT_TRANSLATE_NOOP("core", "There is no CoopDesk store at {store}"),
    QT_TRANSLATE_NOOP("core", "There is no CoopDesk store in {store}"),
    QT_TRANSLATE_NOOP(
        "core",
        "The store {store} was left mid-way by an interrupted upgrade (table {table} is missing, its copy {copy} remains); restore the newest backup beside it ({backups})",
    ),
    QT_TRANSLATE_NOOP("core", "The file {store} is in use by another program"),
    QT_TRANSLATE_NOOP("core", "The store {store} is in use by another program"),
    QT_TRANSLATE_NOOP(
        "core",
        "The store {store} must be upgraded for this CoopDesk, and another CoopDesk window has it open; close that window, then open the store again",
    ),
    QT_TRANSLATE_NOOP("core", "The work file {file} kept its write-ahead log"),
    # coopdesk/store/probe.py
    QT_TRANSLATE_NOOP("core", "Cannot read the store {store}: {reason}"),
    QT_TRANSLATE_NOOP("core", "its header is not an SQLite database's"),
    # coopdesk/store/roles.py
    QT_TRANSLATE_NOOP(
        "core",
        "{login} may only read the store {store} (a member of {group}); nothing was written. An administrator can make you an editor with: coopdesk admin grant URL {login} editor",
    ),
    QT_TRANSLATE_NOOP("core", "The store {store} is read-only for you; nothing was written"),
    QT_TRANSLATE_NOOP(
        "core",
        "The store {store} is a {backend} file, which has no roles: who may change it is set by the file's permissions; roles need a PostgreSQL server (postgresql+psycopg://...)",
    ),
    QT_TRANSLATE_NOOP("core", "'{access}' is not an access level: use editor or reader"),
    QT_TRANSLATE_NOOP(
        "core",
        "The server of {store} has no role {roles}: run `coopdesk admin init-server URL` first",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "There is no role '{login}' on the server of {store}; create it first (CREATE ROLE {login} LOGIN PASSWORD '...')",
    ),
    QT_TRANSLATE_NOOP("core", "'{login}' is not a login role (it cannot sign in)"),
    # coopdesk/services/base.py
    QT_TRANSLATE_NOOP("core", "There is no plan with id {id}"),
    QT_TRANSLATE_NOOP("core", "There is no sector with id {id}"),
    QT_TRANSLATE_NOOP("core", "There is no measure with id {id}"),
    QT_TRANSLATE_NOOP("core", "There is no {what} with id {id} (someone may have deleted it)"),
    # coopdesk/services/exports.py
    QT_TRANSLATE_NOOP("core", "{count} measure(s) belong to no sector of the plan"),
    # coopdesk/services/history.py
    QT_TRANSLATE_NOOP("core", "Only a field of a measure can be restored"),
    QT_TRANSLATE_NOOP("core", "The field '{field}' cannot be restored"),
    QT_TRANSLATE_NOOP("core", "There is no recorded change {step}"),
    QT_TRANSLATE_NOOP("core", "Only a change itself can be undone"),
    QT_TRANSLATE_NOOP("core", "“{step}” is undone already"),
    QT_TRANSLATE_NOOP("core", "“{step}” is not undone"),
    QT_TRANSLATE_NOOP("core", "The undo of “{step}” is not on record"),
    QT_TRANSLATE_NOOP("core", "“{step}” was already undone elsewhere"),
    QT_TRANSLATE_NOOP("core", "“{step}” was already redone elsewhere"),
    # coopdesk/services/imports.py
    QT_TRANSLATE_NOOP("core", "'{choice}' is not a measure field, 'notes' or 'ignore'"),
    QT_TRANSLATE_NOOP(
        "core",
        "The plan was changed while the preview was open: {count} new conflict(s) with the sheet must be decided first; nothing was written.",
    ),
    QT_TRANSLATE_NOOP("core", "Choose either a plan to merge into or a new plan, not both"),
    QT_TRANSLATE_NOOP("core", "--prefer must be 'ours' or 'theirs', not '{value}'"),
    QT_TRANSLATE_NOOP("core", "The plan to merge into was deleted meanwhile; nothing written"),
    QT_TRANSLATE_NOOP("core", "Measure {number}: {problem}"),
    QT_TRANSLATE_NOOP("core", "Measure {number}: there is no sector '{sector}' in the plan"),
    QT_TRANSLATE_NOOP("core", "Row {row}: its section '{sector}' is not in the plan"),
    QT_TRANSLATE_NOOP("core", "Measure {number}, field '{field}': {problem}"),
    # coopdesk/services/agencies.py, progress.py, carry_over.py (issue 16)
    QT_TRANSLATE_NOOP("core", "An agency needs a name (a short or full name in any language)"),
    QT_TRANSLATE_NOOP("core", "An agency's parent must be an agency of the same party"),
    QT_TRANSLATE_NOOP("core", "Choose at least one other agency to merge into this one"),
    QT_TRANSLATE_NOOP("core", "An agency cannot sit under itself or under one below it"),
    QT_TRANSLATE_NOOP(
        "core",
        "The agency “{name}” was changed since by {actor} (version {version}, you read "
        "{read}); read it again",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Measure {number}: its responsible agencies were changed since (now: {agencies}); "
        "look again",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "An agency that measures name, or that sits in a hierarchy, cannot change party",
    ),
    QT_TRANSLATE_NOOP("core", "Only agencies of the same party can be merged"),
    QT_TRANSLATE_NOOP("core", "The new plan needs a code (a short name such as KZ-RU-2025)"),
    QT_TRANSLATE_NOOP("core", "The new plan needs a period (its first and last day)"),
    QT_TRANSLATE_NOOP(
        "core",
        "The event date {event} is after the reporting date {as_of}: an entry reports what "
        "took place by its date",
    ),
    QT_TRANSLATE_NOOP(
        "core", "There is no progress entry with id {id} (someone may have deleted it)"
    ),
    # coopdesk/services/agencies.py, progress.py, carry_over.py: the f-strings of issue 16
    QT_TRANSLATE_NOOP("core", "Unknown agency field(s): {fields}"),
    QT_TRANSLATE_NOOP("core", "Field 'party': '{value}' is not a or b"),
    QT_TRANSLATE_NOOP(
        "core", "No agency in the directory is called '{name}' (see: coopdesk agencies list)"
    ),
    QT_TRANSLATE_NOOP("core", "Field 'parent_id': there is no agency with id {id}"),
    QT_TRANSLATE_NOOP("core", "'{party}' is not a party (a or b)"),
    QT_TRANSLATE_NOOP("core", "Field '{field}': a short name is at most 200 characters"),
    QT_TRANSLATE_NOOP("core", "There is no agency with id {id}"),
    QT_TRANSLATE_NOOP("core", "Row {number}: {problem}"),
    QT_TRANSLATE_NOOP("core", "Field 'parent_id': '{value}' is not an id"),
    QT_TRANSLATE_NOOP(
        "core", "The parent '{parent}' of '{name}' is not in the directory (list it on a row above)"
    ),
    QT_TRANSLATE_NOOP("core", "“{name}” is an agency of the other party"),
    QT_TRANSLATE_NOOP(
        "core",
        "Measure id {id} is not in the plan '{code}'; pick measures of the plan being carried over",
    ),
    QT_TRANSLATE_NOOP("core", "A progress entry has no field '{field}' (one of: {fields})"),
    QT_TRANSLATE_NOOP(
        "core",
        "The progress entry was changed by {actor} at {time} (version {version}, not {read}); nothing was written",
    ),
    QT_TRANSLATE_NOOP("core", "Progress status: '{value}' is not a known status (one of: {codes})"),
    # coopdesk/exchange/docx_guard.py (Word documents, issue 15)
    QT_TRANSLATE_NOOP("core", "a PowerPoint presentation"),
    QT_TRANSLATE_NOOP("core", "an Excel workbook; import it as .xlsx"),
    QT_TRANSLATE_NOOP(
        "core",
        "contains XML document type declarations (entity expansion), which Word never writes, so it was not opened.",
    ),
    QT_TRANSLATE_NOOP("core", "has {count} parts, more than any document CoopDesk reads."),
    QT_TRANSLATE_NOOP(
        "core",
        "is a macro-enabled Word document (.docm); CoopDesk does not open files with macros, so save it as a Word Document (.docx) without macros and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "is a password-protected zip archive; save the document again without a password."
    ),
    QT_TRANSLATE_NOOP("core", "is a zip archive but not a Word document."),
    QT_TRANSLATE_NOOP(
        "core",
        "is an OpenDocument file (.odt); save it as a Word Document (.docx) and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "is an RTF file; save it as a Word Document (.docx) and import that."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "is an encrypted (password-protected) Word document; remove the password in Word (File > Info > Protect Document > Encrypt with Password) and save it again.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "is an old Word 97-2003 (.doc) file, not a .docx document; open it in Word or LibreOffice, save it as a Word Document (.docx) and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "is not a Word document: a .docx file is a zip archive and this one is not."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "is too large: {what} unpacks to {size} MB, and CoopDesk reads at most {limit} MB; split the plan into smaller documents.",
    ),
    QT_TRANSLATE_NOOP("core", "is {size} MB; CoopDesk imports documents up to 256 MB."),
    QT_TRANSLATE_NOOP("core", "is {what}, not a Word document."),
    QT_TRANSLATE_NOOP("core", "its part '{name}'"),
    QT_TRANSLATE_NOOP("core", "its text"),
    QT_TRANSLATE_NOOP(
        "core", "uses a compression method Word does not write; save it again in Word."
    ),
    # store/copies.py, exchange/xlsx_export.py, services/portfolio.py
    QT_TRANSLATE_NOOP(
        "core", "A copy cannot replace the store it is a copy of; choose another name."
    ),
    QT_TRANSLATE_NOOP("core", "A search period needs both its first and its last day"),
    QT_TRANSLATE_NOOP("core", "Backups are kept for at least one day, not {days}."),
    QT_TRANSLATE_NOOP("core", "Cannot export to {path}: the folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("core", "Cannot export to {path}: {reason}"),
    QT_TRANSLATE_NOOP("core", "Could not make the backup folder {folder}: {reason}"),
    QT_TRANSLATE_NOOP("core", "Could not save a copy of the store to {path}: {reason}"),
    QT_TRANSLATE_NOOP("core", "The folder {folder} does not exist."),
    QT_TRANSLATE_NOOP("core", "The search period ends ({end}) before it starts ({start})"),
    QT_TRANSLATE_NOOP(
        "core",
        "{where} is {length:,} characters long; an Excel cell holds at most {limit:,}, so shorten it before exporting.",
    ),
    # exchange/compare.py, services/editions.py (the comparison table)
    QT_TRANSLATE_NOOP("core", "'{file}' cannot be compared: give a {kinds} file or a plan"),
    QT_TRANSLATE_NOOP(
        "core",
        "'{spec}' is neither a plan of the store (id or code) nor a file to compare ({kinds})",
    ),
    QT_TRANSLATE_NOOP("core", "There is no file {path}"),
    QT_TRANSLATE_NOOP("core", "There is no file {path} (nor a plan with that code)"),
    # coopdesk/services/measures.py
    QT_TRANSLATE_NOOP("core", "Unknown measure field(s): {fields}"),
    QT_TRANSLATE_NOOP("core", "A measure needs a title"),
    QT_TRANSLATE_NOOP("core", "A measure number is at most 32 characters"),
    QT_TRANSLATE_NOOP("core", "{first}; {second}"),
    QT_TRANSLATE_NOOP("core", "Field '{field}' must be text, not {type}"),
    QT_TRANSLATE_NOOP("core", "Measure {number}: its sector is not in this plan"),
    QT_TRANSLATE_NOOP("core", "The sector belongs to another plan"),
    QT_TRANSLATE_NOOP(
        "core",
        "Measure {number} was changed by {actor} at {time} (version {version}, not {seen}); nothing was written",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Measure {number} was changed by {actor} at {time} (and {count} more) since you chose to move it",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Measure {number} was changed by {actor} at {time} (and {count} more) since you chose to delete it",
    ),
    QT_TRANSLATE_NOOP(
        "core", "Measure {number} was changed by {actor} at {time} since you chose to move it"
    ),
    QT_TRANSLATE_NOOP(
        "core", "Measure {number} was changed by {actor} at {time} since you chose to delete it"
    ),
    QT_TRANSLATE_NOOP("core", "Field 'timing' must be text or a Timing"),
    QT_TRANSLATE_NOOP("core", "A measure can only move within its own plan"),
    QT_TRANSLATE_NOOP("core", "someone"),
    # coopdesk/services/plan_catalog.py
    QT_TRANSLATE_NOOP("core", "Unknown plan field(s): {fields}"),
    QT_TRANSLATE_NOOP("core", "A plan needs a code (a short name such as KZ-RU-2023)"),
    QT_TRANSLATE_NOOP("core", "A plan code is at most 64 characters"),
    QT_TRANSLATE_NOOP("core", "A plan needs a title"),
    QT_TRANSLATE_NOOP("core", "The plan's period ends ({end}) before it starts ({start})"),
    QT_TRANSLATE_NOOP("core", "Field 'language': '{value}' is not one of ru, kk, en"),
    QT_TRANSLATE_NOOP("core", "A plan with the code '{code}' already exists"),
    QT_TRANSLATE_NOOP("core", "Field '{field}' must be text"),
    QT_TRANSLATE_NOOP("core", "Field '{field}' must be a date"),
    QT_TRANSLATE_NOOP("core", "Field 'state': {problem}"),
    QT_TRANSLATE_NOOP("core", "There is no plan with id or code '{key}'"),
    QT_TRANSLATE_NOOP("core", "Sector code '{code}' appears twice"),
    QT_TRANSLATE_NOOP(
        "core", "Sector '{code}' names a parent '{parent}' that comes later or does not exist"
    ),
    QT_TRANSLATE_NOOP("core", "Field '{field}': '{value}' is not a date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("core", "Measure '{title}' names an unknown sector '{code}'"),
    # coopdesk/services/sectors.py
    QT_TRANSLATE_NOOP("core", "A sector needs a name"),
    QT_TRANSLATE_NOOP("core", "The first sector of its level cannot be indented"),
    QT_TRANSLATE_NOOP("core", "A top-level sector cannot be outdented"),
    QT_TRANSLATE_NOOP("core", "The parent sector belongs to another plan"),
    QT_TRANSLATE_NOOP("core", "The new parent sector is not in this plan"),
    QT_TRANSLATE_NOOP("core", "A sector cannot move into itself or its sub-sectors"),
    # coopdesk/services/unit.py
    QT_TRANSLATE_NOOP("core", "number"),
    QT_TRANSLATE_NOOP("core", "title"),
    QT_TRANSLATE_NOOP("core", "description"),
    QT_TRANSLATE_NOOP("core", "kind"),
    QT_TRANSLATE_NOOP("core", "level"),
    QT_TRANSLATE_NOOP("core", "framework"),
    QT_TRANSLATE_NOOP("core", "responsible a"),
    QT_TRANSLATE_NOOP("core", "responsible b"),
    QT_TRANSLATE_NOOP("core", "form"),
    QT_TRANSLATE_NOOP("core", "timing"),
    QT_TRANSLATE_NOOP("core", "timing text"),
    QT_TRANSLATE_NOOP("core", "location"),
    QT_TRANSLATE_NOOP("core", "status"),
    QT_TRANSLATE_NOOP("core", "priority"),
    QT_TRANSLATE_NOOP("core", "notes"),
    QT_TRANSLATE_NOOP("core", "A measure it touches was deleted or put back since"),
    QT_TRANSLATE_NOOP("core", "A sector it touches was deleted or put back since"),
    QT_TRANSLATE_NOOP("core", "The plan it touches was deleted or put back since"),
    QT_TRANSLATE_NOOP("core", "A measure was changed since"),
    QT_TRANSLATE_NOOP("core", "A sector was changed since"),
    QT_TRANSLATE_NOOP("core", "The plan was changed since"),
    QT_TRANSLATE_NOOP("core", "A measure ({field}) was changed since"),
    QT_TRANSLATE_NOOP("core", "A sector ({field}) was changed since"),
    QT_TRANSLATE_NOOP("core", "The plan ({field}) was changed since"),
    QT_TRANSLATE_NOOP("core", "An agency it touches was deleted or put back since"),
    QT_TRANSLATE_NOOP("core", "A measure's agency it touches was deleted or put back since"),
    QT_TRANSLATE_NOOP("core", "An agency was changed since"),
    QT_TRANSLATE_NOOP("core", "A measure's agency was changed since"),
    QT_TRANSLATE_NOOP("core", "An agency ({field}) was changed since"),
    QT_TRANSLATE_NOOP("core", "A measure's agency ({field}) was changed since"),
    QT_TRANSLATE_NOOP("core", "A progress entry it touches was deleted or put back since"),
    QT_TRANSLATE_NOOP("core", "A progress entry was changed since"),
    QT_TRANSLATE_NOOP("core", "A progress entry ({field}) was changed since"),
    QT_TRANSLATE_NOOP("core", "{what}; undoing it would overwrite that work."),
    QT_TRANSLATE_NOOP(
        "core",
        "Measure {number}: {actor} changed the {field} to “{theirs}” after you read “{base}”",
    ),
    QT_TRANSLATE_NOOP("core", "{what} (and {count} more)"),
    QT_TRANSLATE_NOOP(
        "core",
        "Measure {number}: {actor} changed the {field} at {time} to “{theirs}” after you read “{base}”",
    ),
    QT_TRANSLATE_NOOP("core", "{what} by {actor} at {time}"),
    QT_TRANSLATE_NOOP("core", "{what} by {actor}"),
    QT_TRANSLATE_NOOP("core", "{what} at {time}"),
    # coopdesk/exchange/csv_import.py
    QT_TRANSLATE_NOOP("core", "is empty."),
    QT_TRANSLATE_NOOP("core", "is not a text file, so it cannot be read as CSV."),
    QT_TRANSLATE_NOOP("core", "is {size} MB; CoopDesk imports CSV files up to 256 MB."),
    QT_TRANSLATE_NOOP("core", "does not exist."),
    QT_TRANSLATE_NOOP("core", "is a folder, not a file."),
    QT_TRANSLATE_NOOP("core", "cannot be read: {reason}."),
    QT_TRANSLATE_NOOP("core", "is not valid CSV ({reason})."),
    # coopdesk/exchange/guard.py
    QT_TRANSLATE_NOOP("core", "is a Word document, not an Excel workbook."),
    QT_TRANSLATE_NOOP("core", "is a PowerPoint presentation, not an Excel workbook."),
    QT_TRANSLATE_NOOP("core", "'{file}' {reason}"),
    QT_TRANSLATE_NOOP(
        "core",
        "is a macro-enabled workbook; CoopDesk does not open files with macros, so save it as an Excel Workbook (.xlsx) without macros and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "unpacks to far more data than a plan of measures holds (a possible zip bomb), so it was not opened.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "is damaged (a part of its zip archive cannot be unpacked); ask for it again."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "contains XML document type declarations (entity expansion), which Excel never writes, so it was not opened.",
    ),
    QT_TRANSLATE_NOOP("core", "is {size} MB; CoopDesk imports workbooks up to 256 MB."),
    QT_TRANSLATE_NOOP(
        "core",
        "is an old Excel 97-2003 (.xls) file or another Office document, not an .xlsx workbook; save it as an Excel Workbook (.xlsx) and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "is not an Excel workbook: an .xlsx file is a zip archive and this one is not."
    ),
    QT_TRANSLATE_NOOP("core", "is a zip archive but not an Excel workbook."),
    QT_TRANSLATE_NOOP("core", "has a damaged CoopDesk metadata sheet; export the plan again."),
    QT_TRANSLATE_NOOP(
        "core",
        "is too large: sheet '{sheet}' runs to row {row:,}, and CoopDesk imports sheets of up to {rows:,} rows.",
    ),
    QT_TRANSLATE_NOOP("core", "has {count:,} parts, more than any workbook CoopDesk reads."),
    QT_TRANSLATE_NOOP("core", "is damaged: its workbook part is missing; ask for it again."),
    QT_TRANSLATE_NOOP("core", "is damaged: two of its parts have the same name; ask for it again."),
    QT_TRANSLATE_NOOP("core", "has no worksheet (only chart sheets or none at all)."),
    QT_TRANSLATE_NOOP(
        "core",
        "is an encrypted (password-protected) workbook; remove the password in Excel (File > Info > Protect Workbook) and save it again.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "is damaged or incomplete (its zip archive is cut short); ask for it again."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "is an OpenDocument spreadsheet (.ods); save it as an Excel Workbook (.xlsx) and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "core", "is a password-protected zip archive; save the workbook again without a password."
    ),
    QT_TRANSLATE_NOOP(
        "core", "uses a compression method Excel does not write; save it again in Excel."
    ),
    QT_TRANSLATE_NOOP(
        "core", "is damaged: its part '{part}' is not well-formed XML; ask for it again."
    ),
    QT_TRANSLATE_NOOP("core", "has no visible worksheet (every worksheet in it is hidden)."),
    # coopdesk/exchange/model.py
    QT_TRANSLATE_NOOP("core", "Cancelled; nothing was written."),
    # coopdesk/exchange/sheet_reader.py
    QT_TRANSLATE_NOOP(
        "core",
        "the cell holds {length:,} characters, more than Excel's limit of {limit:,}; shorten it and import again.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "'{file}' has no table of measures in sheet '{sheet}': none of its first {rows} rows has headers such as 'No.', 'Measure' and 'Timing'.",
    ),
    QT_TRANSLATE_NOOP("core", "'{value}' is not a known {field} (one of: {choices})."),
    QT_TRANSLATE_NOOP("core", "the measure has no title; fill it in or delete the row."),
    QT_TRANSLATE_NOOP("core", "the row has a value in this column only, so it was left out."),
    QT_TRANSLATE_NOOP(
        "core",
        "the number {number} is also on row {row}; both rows are imported as separate measures.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "cell {cell} holds a formula ({formula}) with no saved value; open the file in Excel, save it, and import it again.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "this ID appears on an earlier row too (a copied row); this row is taken as a new measure.",
    ),
    # coopdesk/exchange/snapshot.py
    QT_TRANSLATE_NOOP(
        "core",
        "The workbook's CoopDesk metadata sheet is damaged, so its edits cannot be merged; export the plan again, or delete that sheet to import the workbook as a plain sheet.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The workbook was exported by a newer CoopDesk (format {version}); update CoopDesk to import it.",
    ),
    # coopdesk/exchange/xlsx_import.py
    QT_TRANSLATE_NOOP(
        "core",
        "cannot be read: its worksheet is written in a way CoopDesk does not understand; open it in Excel or LibreOffice, save it as an Excel Workbook (.xlsx) and import that.",
    ),
    # coopdesk/reports/catalog.py
    QT_TRANSLATE_NOOP("core", "There is no report '{kind}' (one of: {kinds})"),
    QT_TRANSLATE_NOOP("core", "The period starts on {start} after it ends on {end}"),
    QT_TRANSLATE_NOOP("core", "There is no agency report '{kind}' (one of: {kinds})"),
    # coopdesk/reports/labels.py
    QT_TRANSLATE_NOOP(
        "core",
        "Reports are written in {langs} or {last}, not '{lang}'; {pairs} print two languages side by side",
    ),
    # coopdesk/reports/output.py
    QT_TRANSLATE_NOOP("core", "No file name given for the report"),
    QT_TRANSLATE_NOOP("core", "{path} is a folder: give a file name such as report.pdf"),
    QT_TRANSLATE_NOOP("core", "{path} is a file, not a folder"),
    QT_TRANSLATE_NOOP("core", "The folder {path} does not exist"),
    QT_TRANSLATE_NOOP("core", "CoopDesk may not write in the folder {path}"),
    QT_TRANSLATE_NOOP("core", "{path} is read-only"),
    # coopdesk/reports/upcoming.py
    QT_TRANSLATE_NOOP(
        "core", "The period starts on {start} after it ends on {end}: give the earlier date first"
    ),
    QT_TRANSLATE_NOOP("core", "A period of {days} days is empty: give at least 1 day"),
    # coopdesk/calendar/ics.py
    QT_TRANSLATE_NOOP("core", "Cannot write '{path}': the folder '{folder}' does not exist"),
    QT_TRANSLATE_NOOP("core", "Cannot write '{path}': it is a folder"),
    QT_TRANSLATE_NOOP("core", "Cannot write '{path}': {reason}"),
    # coopdesk/exchange/xlsx_export.py
    QT_TRANSLATE_NOOP("core", "Unknown export language '{lang}' (one of: {langs})"),
    # coopdesk/reports/docx_render.py
    QT_TRANSLATE_NOOP("core", "Cannot write {path}: the folder {folder} does not exist"),
    # coopdesk/reports/plan_docx.py
    QT_TRANSLATE_NOOP("core", "Unknown document language '{lang}' (one of: {langs})"),
    # coopdesk/reports/progress.py
    QT_TRANSLATE_NOOP("core", "The reporting party is a, b or both, not '{party}'"),
    # coopdesk/reports/progress_files.py
    QT_TRANSLATE_NOOP(
        "core", "{path}: a report file ends in .pdf, .xlsx or .docx; give it one of these"
    ),
)
