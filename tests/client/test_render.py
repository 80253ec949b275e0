"""The rendered package: one model per definition, every operation, deterministic, clean."""

from __future__ import annotations

import ast
import copy
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest
from trconnect.errors import InputError
from trconnect.load import load_document
from trconnect.model import Definition
from trconnect.render.client import ClientRenderError, render_client
from trconnect.render.client_settings import load_settings
from trconnect.write import tree_files

from tests.conftest import CORPUS, FACTS, ROOT

from .certified_shape import certified_swagger
from .conftest import OVERRIDES, Rendered, render

CORPUS_FILES = sorted(CORPUS.glob("*/apiDefinition.swagger.json"))


def operations(swagger: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in swagger["paths"].values() for op in item.values() if "responses" in op]


def enums_of(swagger: dict[str, Any]) -> int:
    """Input enums (parameters and definitions) each become a class of their own."""
    text = repr(swagger)
    return text.count("'enum':")


def test_one_model_class_per_definition(rendered: Rendered) -> None:
    definitions = list(rendered.swagger["definitions"])
    models = rendered.report.models
    assert models[: len(definitions)] == definitions
    extra = models[len(definitions) :]
    assert len(extra) == enums_of(rendered.swagger), extra
    assert not [m for m in models if "Response200" in m or m.endswith("Body")]


def test_the_certified_shape_makes_many_more(rendered: Rendered, tmp_path: Path) -> None:
    """59 with the certified connector's inline schemas, as the issue measured; 63 once the
    converter also names the trigger payload; ours makes one per definition (plus enums)."""
    certified = certified_swagger(FACTS)
    assert len(render(certified, tmp_path / "lifted").report.models) == 63
    del certified["paths"]["/dashboards/{dashboard_id}/hooks"]["x-ms-notification-content"]
    assert len(render(certified, tmp_path / "plain").report.models) == 59
    assert len(rendered.report.models) < 59


def test_every_operation_is_generated_and_grouped_by_tag(rendered: Rendered, tr: Any) -> None:
    report = rendered.report
    assert sorted(report.operations) == sorted(
        op["operationId"] for op in operations(rendered.swagger)
    )
    assert report.skipped == [] and report.warnings == []
    client = tr.Client("k")
    methods = load_settings(OVERRIDES).methods
    for op in operations(rendered.swagger):
        resource = getattr(client, op["tags"][0].lower().replace(" ", "_"))
        assert callable(getattr(resource, methods[op["operationId"]].name)), op["operationId"]
    assert report.notifications == ["parse_texting_webhook_notification"]


def methods_of(package: Path, tag: str) -> dict[str, list[str]]:
    tree = ast.parse((package / "api" / tag / "__init__.py").read_text())
    return {
        node.name: [
            f.name for f in node.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
        for node in tree.body
        if isinstance(node, ast.ClassDef)
    }


def test_an_operation_added_to_the_spec_appears_with_no_hand_edit(
    spec_swagger: dict[str, Any], tmp_path: Path
) -> None:
    swagger = copy.deepcopy(spec_swagger)
    swagger["paths"]["/dashboards/{dashboard_id}/contacts/{phone_number}/notes"] = {
        "get": {
            "operationId": "GetContactNotes",
            "tags": ["Contacts"],
            "parameters": [
                {"$ref": "#/parameters/dashboard_id"},
                {"$ref": "#/parameters/phone_number"},
                {"$ref": "#/parameters/page"},
                {"$ref": "#/parameters/page_size"},
            ],
            "responses": {
                "200": {"description": "notes", "schema": {"$ref": "#/definitions/MessagePage"}}
            },
        }
    }
    out = render(swagger, tmp_path / "client")
    assert "GetContactNotes" in out.report.operations and "GetContactNotes" in out.report.iterators
    methods = methods_of(out.path / "textrequest", "contacts")
    for cls in ("ContactsResource", "AsyncContactsResource"):  # not in the map: a derived name
        assert {"get_contact_notes", "list", "retrieve"} <= set(methods[cls])


def test_rendering_is_deterministic_across_folders_and_hash_seeds(
    rendered: Rendered, tmp_path: Path
) -> None:
    script = (
        "import sys, pathlib; from trconnect.model import Definition;"
        "from trconnect.render.client import render_client;"
        "render_client(Definition.load(sys.argv[1]), pathlib.Path(sys.argv[2]),"
        " overrides=pathlib.Path(sys.argv[3]))"
    )
    other = tmp_path / "elsewhere" / "client"
    env = {"PYTHONHASHSEED": "12345", "PATH": "/usr/bin:/bin"}
    subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            str(ROOT / "spec" / "textrequest.yaml"),
            str(other),
            str(OVERRIDES),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    first, second = tree_files(rendered.path), tree_files(other)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    for name, content in first.items():
        assert str(rendered.path).encode() not in content, name
        assert b"/tmp" not in content and str(ROOT).encode() not in content, name


def test_ruff_and_mypy_strict_are_clean(rendered: Rendered) -> None:
    tools = Path(sys.executable).parent
    ruff = subprocess.run(
        [tools / "ruff", "check", "--no-cache", "."],
        cwd=rendered.path,
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout
    fmt = subprocess.run(
        [tools / "ruff", "format", "--check", "--no-cache", "."],
        cwd=rendered.path,
        capture_output=True,
        text=True,
    )
    assert fmt.returncode == 0, fmt.stdout
    mypy = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            rendered.report.package,
        ],
        cwd=rendered.path,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout


def test_the_package_builds_with_its_declared_backend(rendered: Rendered, tmp_path: Path) -> None:
    """What ``pip install`` runs, offline: the sdist of pyproject.toml's backend, complete."""
    source = tmp_path / "source"
    shutil.copytree(rendered.path, source)
    script = (
        "import sys; from setuptools import build_meta; print(build_meta.build_sdist(sys.argv[1]))"
    )
    built = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], cwd=source, capture_output=True, text=True
    )
    assert built.returncode == 0, built.stderr
    sdist = built.stdout.split()[-1]
    root = sdist.removesuffix(".tar.gz")
    with tarfile.open(tmp_path / sdist) as archive:
        names = archive.getnames()
        info = archive.extractfile(f"{root}/PKG-INFO").read().decode()  # type: ignore[union-attr]
        requires = archive.extractfile(f"{root}/textrequest_client.egg-info/requires.txt")
        required, _, extras = requires.read().decode().partition("[")  # type: ignore[union-attr]
    assert "Name: textrequest-client" in info
    assert {d.split("<")[0].split(">")[0] for d in required.split()} == {"httpx"}
    assert extras.startswith("mcp]\nmcp")  # the MCP server's extra, optional
    for name in (
        "textrequest/py.typed",
        "textrequest/api/contacts/get_contacts.py",
        "textrequest/models/contact.py",
    ):
        assert f"{root}/{name}" in names, name


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.parent.name)
def test_every_corpus_definition_renders(path: Path, tmp_path: Path) -> None:
    definition = Definition.load(path, lenient=True)
    report = render_client(definition, tmp_path / "client", overrides=OVERRIDES)
    assert len(report.operations) + len(report.skipped) == len(definition.operations)
    assert all(s.reason and s.pointer.startswith("/paths/") for s in report.skipped)
    assert all(w.pointer.startswith("/") or w.pointer == "" for w in report.warnings)
    assert "0x" not in repr(report.as_dict())  # no object addresses: reports are deterministic


def test_a_bad_override_is_an_input_error(tmp_path: Path, spec_swagger: dict[str, Any]) -> None:
    overrides = tmp_path / "overrides"
    (overrides / "templates").mkdir(parents=True)
    (overrides / "config.yaml").write_text("package_name_override: [1, 2]\n")
    with pytest.raises(InputError) as caught:
        render_client(Definition.from_data(spec_swagger), tmp_path / "out", overrides=overrides)
    assert "config.yaml" in str(caught.value) and "package_name_override" in str(caught.value)
    (overrides / "config.yaml").write_text("post_hooks: []\n")
    (overrides / "client.yaml").write_text("retry:\n  attempts: many\n")
    with pytest.raises(InputError, match="attempts"):
        render_client(Definition.from_data(spec_swagger), tmp_path / "out", overrides=overrides)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["CM_Informatik_AG", "Asite"])
def test_corpus_clients_are_strictly_typed_too(name: str, tmp_path: Path) -> None:
    """File uploads, text answers and free-form schemas: the templates stay mypy-clean."""
    swagger = load_document(CORPUS / name / "apiDefinition.swagger.json").data
    report = render_client(Definition.from_data(swagger), tmp_path / "client", overrides=OVERRIDES)
    mypy = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            report.package,
        ],
        cwd=tmp_path / "client",
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout


def test_a_template_making_invalid_python_is_a_clear_error(
    tmp_path: Path, spec_swagger: dict[str, Any]
) -> None:
    overrides = tmp_path / "overrides"
    shutil.copytree(OVERRIDES, overrides)
    (overrides / "templates" / "errors.py.jinja").write_text("def broken(:\n")
    with pytest.raises(ClientRenderError, match=r"errors\.py"):
        render_client(Definition.from_data(spec_swagger), tmp_path / "out", overrides=overrides)
