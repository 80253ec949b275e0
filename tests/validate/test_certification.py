"""``validate --certification``: each submission rule fires on its bad fixture; clean passes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from trconnect.cli import main
from trconnect.validate import RULES, validate_connector
from trconnect.validate.certification import png, validate_certification

from tests.validate.conftest import apply
from tests.validate.pngs import icon
from tests.validate.pngs import png as encode

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "certification"
CLEAN = FIXTURES / "clean"
CASES = yaml.safe_load((FIXTURES / "cases.yaml").read_text())
CERTIFICATION_TARGETS = ("certification", "package")


def _build(case: dict, folder: Path) -> Path:
    connector = folder / "connector"
    shutil.copytree(CLEAN, connector)
    if "patch" in case:
        target = connector / "apiDefinition.swagger.json"
        target.write_text(json.dumps(apply(json.loads(target.read_text()), case["patch"])))
    readme = connector / "readme.md"
    for old, new in case.get("readme", {}).items():
        if old == "drop":
            readme.unlink()
        else:
            assert old in readme.read_text()
            readme.write_text(readme.read_text().replace(old, new))
    drawn = case.get("icon", {})
    if "bytes" in drawn:
        (connector / "icon.png").write_bytes(drawn["bytes"].encode())
    elif drawn:
        (connector / "icon.png").write_bytes(
            icon(tuple(drawn["background"]), drawn.get("size", 230))
        )
    return connector


@pytest.mark.parametrize("case", CASES, ids=lambda case: case["rule"])
def test_rule_fires_on_its_bad_fixture(case: dict, tmp_path: Path) -> None:
    report = validate_certification(_build(case, tmp_path))
    hits = [f for f in report.findings if f.rule == case["rule"] and f.pointer == case["pointer"]]
    assert hits, (
        f"no {case['rule']} at {case['pointer']}: {[(f.rule, f.pointer) for f in report.findings]}"
    )
    assert all(f.severity == RULES[case["rule"]].severity and f.message and f.fix for f in hits)
    expected = {case["rule"], "description-too-long", *case.get("also", [])}
    assert {f.rule for f in report.findings} <= expected


def test_clean_folder_passes() -> None:
    assert validate_certification(CLEAN).findings == []


def test_every_certification_rule_has_a_bad_fixture() -> None:
    ours = {rule.id for rule in RULES.values() if rule.target in CERTIFICATION_TARGETS}
    assert ours == {case["rule"] for case in CASES}


def test_certification_rules_stay_out_of_plain_validate(tmp_path: Path) -> None:
    case = next(c for c in CASES if c["rule"] == "operation-visibility")
    assert validate_connector(_build(case, tmp_path)).findings == []


def test_definition_findings_name_the_line(tmp_path: Path) -> None:
    case = next(c for c in CASES if c["rule"] == "description-punctuation")
    finding = next(f for f in validate_certification(_build(case, tmp_path)).findings)
    assert finding.file.endswith("apiDefinition.swagger.json") and finding.line


@pytest.mark.parametrize("filters", [1, 2, 3])
def test_png_decoding_undoes_every_filter(filters: int) -> None:
    def pixel(x: int, y: int) -> tuple[int, ...]:
        return ((x * 37 + y) % 256, (y * 11) % 256, (x * y) % 256, 255 - x % 7)

    image = png.decode(encode(23, 9, pixel, filters=filters))
    assert (image.width, image.height) == (23, 9)
    assert all(image.pixels[y][x] == pixel(x, y) for y in range(9) for x in range(23))


def test_cli_reports_certification_findings(tmp_path: Path, capsys) -> None:
    case = next(c for c in CASES if c["rule"] == "icon-brand-color-mismatch")
    assert main(["validate", "--certification", str(_build(case, tmp_path))]) == 1
    out = capsys.readouterr().out
    assert "icon-brand-color-mismatch" in out and "#0078d4" in out and "#da3b01" in out


def test_cli_refuses_a_single_file_for_certification(capsys) -> None:
    assert main(["validate", "--certification", str(CLEAN / "apiDefinition.swagger.json")]) == 2
    assert "connector folder" in capsys.readouterr().err


def test_a_folder_without_icon_and_readme_hears_it_once_each(tmp_path: Path) -> None:
    # Upstream stores no icons: such a folder gets one finding for each missing file, not one
    # per icon or readme rule.
    folder = tmp_path / "connector"
    shutil.copytree(CLEAN, folder)
    (folder / "icon.png").unlink()
    (folder / "readme.md").unlink()
    found = [(f.rule, f.pointer) for f in validate_certification(folder).findings]
    assert found == [("icon-invalid", "/icon.png"), ("readme-missing", "/readme.md")]
