"""generate and check: deterministic, atomic, and strict about hand edits."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from trconnect import pipeline
from trconnect.cli import main
from trconnect.errors import InputError
from trconnect.write import tree_files

from tests.conftest import SPEC


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> pipeline.Job:
    """The project's generation, written to a temporary folder instead of generated/."""
    job = replace(pipeline.project_job(), out=tmp_path_factory.mktemp("gen") / "generated")
    pipeline.generate(job)
    return job


def test_generation_writes_client_connector_and_report(generated: pipeline.Job) -> None:
    files = tree_files(generated.out)
    assert "connector/apiDefinition.swagger.json" in files
    assert "client/pyproject.toml" in files
    assert "report.json" in files


def test_two_generations_give_identical_bytes(generated: pipeline.Job, tmp_path: Path) -> None:
    again = replace(generated, out=tmp_path / "generated")
    pipeline.generate(again)
    first, second = tree_files(generated.out), tree_files(again.out)
    first.pop(".fingerprint"), second.pop(".fingerprint")
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_second_generate_is_a_no_op(generated: pipeline.Job) -> None:
    assert pipeline.generate(generated).unchanged


def test_check_passes_on_a_fresh_generation(generated: pipeline.Job) -> None:
    assert pipeline.check(generated) == []


def test_check_names_a_hand_edited_file(generated: pipeline.Job, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(generated.out, out)
    readme = out / "connector" / "readme.md"
    readme.write_text(readme.read_text() + "\nedited by hand\n")
    (out / "client" / "stray.py").write_text("x = 1\n")
    job = replace(generated, out=out)
    assert pipeline.check(job) == ["client/stray.py", "connector/readme.md"]
    with pytest.raises(InputError, match=r"client/stray\.py"):  # not ours: never replaced
        pipeline.generate(job)
    (out / "client" / "stray.py").unlink()
    assert not pipeline.generate(job).unchanged, "a hand edit must not pass as 'nothing changed'"
    assert pipeline.check(job) == []


def test_broken_spec_leaves_generated_byte_identical(
    generated: pipeline.Job, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "generated"
    shutil.copytree(generated.out, out)
    before = tree_files(out)
    broken = tmp_path / "textrequest.yaml"
    text = SPEC.read_text()
    broken.write_text(text.replace("paths:", "paths:\n  - [unclosed", 1))
    job = replace(generated, spec=broken, out=out)
    with pytest.raises(Exception):  # noqa: B017 - any failure must leave the output alone
        pipeline.generate(job)
    assert tree_files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "textrequest.yaml"]


def test_cli_reports_yaml_error_with_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "spec.yaml"
    broken.write_text("swagger: '2.0'\ninfo: {title: x\npaths: {}\n")
    code = main(["generate", "--spec", str(broken), "--out", str(tmp_path / "out")])
    assert code == 2
    err = capsys.readouterr().err
    assert f"{broken}:3:" in err and "hint:" in err
    assert not (tmp_path / "out").exists()


def test_no_op_generate_says_so_and_takes_under_half_a_second(generated: pipeline.Job) -> None:
    import re
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--out", str(generated.out)],
        capture_output=True,
        text=True,
        check=True,
    )
    reported = re.search(r"nothing changed \(([\d.]+) s\)", done.stdout)
    assert reported, done.stdout
    assert float(reported.group(1)) < 0.5


def test_a_changed_override_is_not_a_no_op(generated: pipeline.Job, tmp_path: Path) -> None:
    overrides = tmp_path / "connector"
    shutil.copytree(generated.connector_overrides, overrides)
    out = tmp_path / "generated"
    shutil.copytree(generated.out, out)
    job = replace(generated, out=out, connector_overrides=overrides)
    assert pipeline.generate(job).unchanged, "the same content elsewhere is the same input"
    readme = overrides / "readme.yaml"
    readme.write_text(readme.read_text().replace("premium connectors", "premium connectors!"))
    assert pipeline.generate(job).unchanged is False
    assert "premium connectors!" in (out / "connector" / "readme.md").read_text()
