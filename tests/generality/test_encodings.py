"""The same definition as JSON with a byte-order mark, or as YAML, gives the same client.

Each is compared file by file with the client generated from the corpus file itself. A UTF-8
byte-order mark is no fault; a doubled one, or UTF-16 or UTF-32 text, is refused at 1:1 and
read by ``--lenient`` with a warning.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from trconnect.errors import InputError
from trconnect.load import parse_document
from trconnect.render.client_settings import RESERVED_NAMES, package_name
from trconnect.write import tree_files

from bench.corpus import Entry, Run, corpus_entries, generate_all, generate_one
from tests.conftest import CORPUS, isolated_import

BOM = b"\xef\xbb\xbf"
USED = ("Aranda_Service_Management", "JungleMail365", "Sessionize")
FOREIGN = {"utf-16-le": "UTF-16", "utf-16-be": "UTF-16", "utf-32-le": "UTF-32"}


@pytest.fixture(scope="module")
def corpus_runs(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> dict[str, Run]:
    """The corpus definitions these tests copy, each generated as published."""
    entries = [entry for entry in corpus_entries(CORPUS) if entry.name in USED]
    runs = generate_all(entries, tmp_path_factory.mktemp("encodings"), workers=2)
    return {run.entry.name: run for run in runs}


def same_client(copy: Path, entry: Entry, original: Run, out_root: Path) -> None:
    run = generate_one(Entry(entry.name, copy, entry.properties, lenient=False), out_root)
    assert run.error is None, run.error
    assert tree_files(run.out / "client") == tree_files(original.out / "client")
    report, expected = (json.loads((r.out / "report.json").read_text()) for r in (run, original))
    assert report["counts"] == expected["counts"]
    assert report["client"] == expected["client"]


@pytest.mark.parametrize("name", ["Aranda_Service_Management"])
def test_a_definition_with_a_byte_order_mark_generates_the_same_client(
    name: str, corpus_runs: dict[str, Run], tmp_path: Path
) -> None:
    original = corpus_runs[name]
    copy = tmp_path / "apiDefinition.swagger.json"
    copy.write_bytes(BOM + original.entry.spec.read_bytes())
    assert copy.read_bytes()[:3] == BOM
    same_client(copy, original.entry, original, tmp_path / "out")


@pytest.mark.parametrize("name", ["Aranda_Service_Management", "JungleMail365"])
def test_a_definition_converted_to_yaml_generates_the_same_client(
    name: str, corpus_runs: dict[str, Run], tmp_path: Path
) -> None:
    """Aranda: shared parameters, multipart; JungleMail365: webhook triggers, many tags."""
    original = corpus_runs[name]
    data = json.loads(original.entry.spec.read_text(encoding="utf-8-sig"))
    copy = tmp_path / "apiDefinition.swagger.yaml"
    copy.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    assert yaml.safe_load(copy.read_text(encoding="utf-8")) == data
    same_client(copy, original.entry, original, tmp_path / "out")


@pytest.mark.parametrize("title", ["Email", "JSON", "HTTPX", "attrs", "Typing", "Logging"])
def test_a_title_that_names_a_module_the_client_imports_gets_another_package_name(
    title: str,
) -> None:
    """A package named ``email`` would be shadowed by the standard library's when imported."""
    name = package_name(title)
    assert name not in RESERVED_NAMES and name.isidentifier()
    assert name.endswith(title.lower())


def test_a_connector_titled_email_gets_a_client_that_imports(
    corpus_runs: dict[str, Run], tmp_path: Path
) -> None:
    """End to end: the renamed package imports from its folder, next to the standard ``email``."""
    entry = corpus_runs["Sessionize"].entry
    data = json.loads(entry.spec.read_text(encoding="utf-8-sig"))
    data["info"]["title"] = "Email"
    copy = tmp_path / "apiDefinition.swagger.json"
    copy.write_text(json.dumps(data), encoding="utf-8")
    run = generate_one(Entry("Email", copy, None, lenient=False), tmp_path / "out")
    assert run.error is None, run.error
    package = json.loads((run.out / "report.json").read_text())["client"]["package"]
    assert package == "connector_email"
    with isolated_import(run.out / "client", package) as client:
        assert Path(str(client.__file__)).is_relative_to(run.out / "client")
        assert client.Client(base_url="http://127.0.0.1:9")


def test_a_doubled_byte_order_mark_is_refused_at_1_1_and_removed_by_lenient() -> None:
    raw = BOM + BOM + b'{"swagger": "2.0"}'
    with pytest.raises(InputError) as caught:
        parse_document(raw, path=Path("doubled.json"))
    assert (caught.value.line, caught.value.column) == (1, 1)
    assert "byte-order mark" in caught.value.message and "--lenient" in caught.value.hint
    document = parse_document(raw, path=Path("doubled.json"), lenient=True)
    assert document.data == {"swagger": "2.0"}
    assert [(r.line, r.column) for r in document.repairs] == [(1, 1)]
    assert "byte-order mark" in document.repairs[0].message


@pytest.mark.parametrize("encoding", FOREIGN)
def test_utf16_or_utf32_with_its_mark_is_refused_and_read_by_lenient(
    encoding: str, corpus_runs: dict[str, Run]
) -> None:
    spec = corpus_runs["Sessionize"].entry.spec
    text = spec.read_text(encoding="utf-8-sig")
    raw = ("\ufeff" + text).encode(encoding)
    path = Path("apiDefinition.swagger.json")
    with pytest.raises(InputError) as caught:
        parse_document(raw, path=path)
    assert (caught.value.line, caught.value.column) == (1, 1)
    assert FOREIGN[encoding] in caught.value.message and "UTF-8" in caught.value.hint
    document = parse_document(raw, path=path, lenient=True)
    assert document.data == json.loads(text)
    assert [(r.line, r.column) for r in document.repairs] == [(1, 1)]
    assert FOREIGN[encoding] in document.repairs[0].message
    assert document.line_of("/paths") == parse_document(text.encode(), path=path).line_of("/paths")
