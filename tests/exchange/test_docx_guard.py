"""Untrusted Word documents: each hostile one is refused with a clear message, store untouched.

Each file is built here from a good document, as an attacker would, by editing the
parts of its zip; each test checks the sentence the user reads and that the store
holds exactly what it held before (through the service and through the command line).
"""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.exchange import docx_guard
from coopdesk.exchange.model import ImportRefused

DOCUMENT = "word/document.xml"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A small partner document that imports cleanly."""
    import docx

    document = docx.Document()
    document.add_paragraph("План мероприятий на 2025 год")
    rows = [
        ["№ п/п", "Наименование мероприятия", "Срок исполнения"],
        ["1. Политический диалог", "", ""],
        ["1.1.", "Консультации", "II квартал 2025 г."],
    ]
    table = document.add_table(rows=3, cols=3)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "good.docx"
    document.save(path)
    return path


@pytest.fixture
def loaded(sample, imports, xl):
    """The sample plan in the store, an ImportService on it, and the state to compare."""
    service, _plan = sample
    return imports, service, xl.store_state(service)


def refused(loaded, xl, path: Path, capsys=None) -> str:
    """The refusal of ``path``; the store is unchanged, by the service and the CLI."""
    imports, service, before = loaded
    with pytest.raises(ImportRefused) as caught:
        imports.preview(path)
    assert xl.store_state(service) == before
    if capsys is not None:
        url = service.store.engine.url.render_as_string(hide_password=False)
        code = main(["--db", url, "import", str(path), "--new", "--json"])
        out = json.loads(capsys.readouterr().out)
        assert code == 1 and out["added"] == 0 and out["errors"]
        assert out["errors"][0]["message"] == str(caught.value)
        assert xl.store_state(service) == before
    return str(caught.value)


def test_a_good_document_passes_the_guard(good: Path, loaded, xl) -> None:
    imports, service, before = loaded
    preview = imports.preview(good, new=True)
    assert [m.values["title"] for m in preview.result.measures] == ["Консультации"]
    assert xl.store_state(service) == before  # a preview writes nothing


def _ole(*streams: str) -> bytes:
    body = b"".join(name.encode("utf-16-le") for name in streams)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + body + b"\0" * 512


def test_an_old_doc_file_is_refused(tmp_path: Path, loaded, xl, capsys) -> None:
    path = tmp_path / "plan.doc"
    path.write_bytes(_ole("WordDocument", "1Table"))
    message = refused(loaded, xl, path, capsys)
    assert "old Word 97-2003 (.doc)" in message and "save it as a Word Document (.docx)" in message


def test_an_encrypted_document_is_refused(tmp_path: Path, loaded, xl, capsys) -> None:
    path = tmp_path / "secret.docx"
    path.write_bytes(_ole("EncryptionInfo", "EncryptedPackage"))
    message = refused(loaded, xl, path, capsys)
    assert "encrypted (password-protected) Word document" in message
    assert "remove the password" in message


def test_a_docm_file_is_refused(tmp_path: Path, good: Path, loaded, xl, capsys) -> None:
    path = tmp_path / "plan.docm"
    path.write_bytes(good.read_bytes())
    assert "macro-enabled Word document (.docm)" in refused(loaded, xl, path, capsys)


def test_macros_inside_a_docx_are_refused(tmp_path: Path, good: Path, loaded, xl) -> None:
    path = xl.rewrite_zip(good, tmp_path / "macro.docx", add={"word/vbaProject.bin": b"\0" * 64})
    assert "macro-enabled" in refused(loaded, xl, path)
    typed = xl.rewrite_zip(
        good,
        tmp_path / "typed.docx",
        edit={
            "[Content_Types].xml": lambda d: d.replace(
                b"wordprocessingml.document.main+xml",
                b"ms-word.document.macroEnabled.main+xml",
            )
        },
    )
    assert "macro-enabled" in refused(loaded, xl, typed)


def _with_doctype(data: bytes, doctype: bytes) -> bytes:
    end = data.index(b"?>") + 2
    return data[:end] + doctype + data[end:]


def test_entity_expansion_is_refused(tmp_path: Path, good: Path, loaded, xl, capsys) -> None:
    laughs = (
        b'<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]>'
    )
    path = xl.rewrite_zip(
        good, tmp_path / "laughs.docx", edit={DOCUMENT: lambda d: _with_doctype(d, laughs)}
    )
    message = refused(loaded, xl, path, capsys)
    assert "XML document type declarations (entity expansion)" in message


def test_an_external_entity_is_refused(tmp_path: Path, good: Path, loaded, xl) -> None:
    external = b'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    path = xl.rewrite_zip(
        good,
        tmp_path / "xxe.docx",
        edit={"word/styles.xml": lambda d: _with_doctype(d, external)},
    )
    assert "entity expansion" in refused(loaded, xl, path)


def test_a_zip_bomb_is_refused(tmp_path: Path, good: Path, loaded, xl, capsys) -> None:
    # 20 MB of spaces pack into a few kilobytes: far beyond the ratio a document has.
    bomb = b"<w:document" + b" " * (20 * 1024 * 1024) + b"/>"
    path = xl.rewrite_zip(good, tmp_path / "bomb.docx", add={"word/bomb.xml": bomb})
    assert "possible zip bomb" in refused(loaded, xl, path, capsys)


def _understate(path: Path, name: str, declared: int) -> None:
    """Make the zip directory claim ``name`` unpacks to ``declared`` bytes (it lies)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(name)
    # The local header's size, then the central directory's.
    struct.pack_into("<I", data, info.header_offset + 22, declared)
    start = 0
    while True:
        at = data.find(b"PK\x01\x02", start)
        if at < 0:
            break
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_len] == name.encode():
            struct.pack_into("<I", data, at + 24, declared)
            break
        start = at + 4
    path.write_bytes(bytes(data))


def test_a_part_larger_than_declared_is_stopped_while_unpacking(
    tmp_path: Path, good: Path, loaded, xl
) -> None:
    path = tmp_path / "liar.docx"
    path.write_bytes(good.read_bytes())
    _understate(path, DOCUMENT, 100)
    assert "possible zip bomb" in refused(loaded, xl, path)


def test_an_oversized_document_part_is_refused(
    tmp_path: Path, good: Path, loaded, xl, monkeypatch
) -> None:
    # The real limit is 256 MB; a smaller one shows the rule without a 256 MB file.
    monkeypatch.setattr(docx_guard, "MAX_DOCUMENT_BYTES", 2048)
    message = refused(loaded, xl, good)
    assert "is too large: its text unpacks to" in message and "at most" in message


def test_files_that_are_not_documents_are_named(tmp_path: Path, good: Path, loaded, xl) -> None:
    text = tmp_path / "notes.docx"
    text.write_text("just text", encoding="utf-8")
    assert "not a Word document: a .docx file is a zip archive" in refused(loaded, xl, text)
    rtf = tmp_path / "plan.docx"
    rtf.write_bytes(b"{\\rtf1\\ansi plan}")
    assert "is an RTF file" in refused(loaded, xl, rtf)
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good.read_bytes()[:500])
    assert "damaged or incomplete" in refused(loaded, xl, cut)
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    assert "is empty" in refused(loaded, xl, empty)
    book = tmp_path / "book.docx"
    from openpyxl import Workbook

    Workbook().save(book)
    assert "is an Excel workbook" in refused(loaded, xl, book)
