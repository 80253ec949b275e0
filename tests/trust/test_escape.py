"""The escapers every template uses, and the proof that a generated module is only data.

Each escaper is checked the way its output is used: a literal by evaluating it, a docstring
by compiling it inside ``\"\"\"...\"\"\"`` at every wrapping width, Markdown by what it no
longer links. The proof is checked on modules written to hold each kind of code that would
run at import.
"""

from __future__ import annotations

import ast
import math
import tomllib
from pathlib import Path

import pytest
from trconnect.render.escape import (
    docstring,
    md,
    md_code,
    md_inline,
    py_literal,
    py_str,
    toml_str,
)
from trconnect.render.proof import module_flaws

HOSTILE = [
    'x"""\n__import__("os").system("touch pwned")\n"""',
    "x'''\nprint(1)\n'''",
    'ends in a quote"',
    'ends in two quotes""',
    "trailing backslash \\",
    "\\N{",
    "\\N{LATIN SMALL LETTER A}",
    "nul\x00 bell\x07 esc\x1b cr\r form\x0c sep\u2028",
    "lone \ud800 surrogate",
    '\\"' * 300,
    "{{ jinja }} {% if %}",
    "\u00e9 \ufb01 \u210c \u540d\u524d \U0001f600 del\x7f",
    "x" * 10_000,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_string_literal_is_the_text_itself(text: str) -> None:
    assert ast.literal_eval(py_str(text)) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_a_toml_string_is_the_text_without_what_toml_forbids(text: str) -> None:
    parsed = tomllib.loads(f"description = {toml_str(text)}\n")["description"]
    if all(c.isprintable() or c in "\n\t" for c in text):
        assert parsed == text
    else:  # controls and lone surrogates are shown as U+FFFD
        assert "\N{REPLACEMENT CHARACTER}" in parsed


def test_a_literal_writes_non_finite_numbers_as_calls() -> None:
    value = {"a": [math.inf, -math.inf, 1.5], "b": ("x", math.nan)}
    literal = py_literal(value)
    assert "float(" in literal and " inf" not in literal
    back = eval(literal, {"__builtins__": {"float": float}})  # the literal, made of data only
    assert back["a"] == [math.inf, -math.inf, 1.5] and math.isnan(back["b"][1])


@pytest.mark.parametrize("width", [None, 20, 80])
@pytest.mark.parametrize("text", HOSTILE)
def test_a_docstring_cannot_be_closed_or_break_an_escape(text: str, width: int | None) -> None:
    source = f'def f():\n    """{docstring(text, width)}"""\n'
    tree = ast.parse(source)  # a SyntaxError, or a second statement, would fail here
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef) and len(function.body) == 1
    assert "pwned" not in source or '\\"\\"\\"' in source


def test_markdown_keeps_http_links_and_shows_everything_else_as_text() -> None:
    text = "[docs](https://example.com/a_b) [x](javascript:alert(1)) <script>alert(1)</script>"
    shown = md(text)
    assert "[docs](https://example.com/a_b)" in shown
    assert "\\[x\\](javascript:" in shown  # shown as text: the brackets are escaped
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert md("# not a heading\n- not a list\n1. nor this") == (
        "\\# not a heading\n\\- not a list\n1\\. nor this"
    )
    assert md_inline("a | b\nc") == "a \\| b c"
    assert md_code("a `tick`") == "`` a `tick` ``"


CODE_AT_IMPORT = {
    "call": 'X = __import__("os").system("true")\n',
    "class-body": 'class A:\n    """Doc."""\n    print(1)\n',
    "default": "def f(x=print(1)):\n    pass\n",
    "decorator": "@print\ndef f():\n    pass\n",
    "base": "class A(type(print(1))):\n    pass\n",
    "loop": "for i in range(3):\n    pass\n",
    "lambda": "F = lambda: 1\n",
    "guard": "if True:\n    import os\n",
}
DATA_ONLY = '''"""Doc."""
from __future__ import annotations

from typing import TYPE_CHECKING
from dataclasses import dataclass

if TYPE_CHECKING:
    from x import Y

LIMIT: int = -1
ENDPOINT = Endpoint(operation="a", path="/a", nullable=frozenset({"b"}), bound=float("inf"))
Param = TypedDict("Param", {"a": "Required[int]"}, total=False)


@dataclass(kw_only=True, repr=False)
class A(Base):
    """Doc."""

    x: int | None = None

    def method(self, y: str = "", *, z: int = 0) -> None:
        print(y)  # the body runs only when called


if __name__ == "__main__":
    raise SystemExit(main())
'''


@pytest.mark.parametrize("kind", CODE_AT_IMPORT)
def test_the_proof_refuses_code_that_runs_at_import(kind: str, tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "module.py").write_text(DATA_ONLY + CODE_AT_IMPORT[kind])
    flaws = module_flaws(package, frozenset())
    assert [flaw.module for flaw in flaws] == ["pkg/module.py"], flaws
    assert "runs at import" in flaws[0].message


def test_the_proof_accepts_data_and_definitions_and_skips_the_shipped_runtime(
    tmp_path: Path,
) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "module.py").write_text(DATA_ONLY)
    (package / "_runtime.py").write_text("print('shipped unchanged, checked on its own')\n")
    (package / "broken.py").write_text('"""never closed\n')
    flaws = module_flaws(package, frozenset({"_runtime.py"}))
    assert [(flaw.module, flaw.message) for flaw in flaws] == [
        ("pkg/broken.py", "does not compile: SyntaxError")
    ]
