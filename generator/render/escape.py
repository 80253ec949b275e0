"""The one way text from a definition becomes part of a generated file.

A definition is written by a stranger: its titles, names and descriptions must reach
generated code and readmes as data, never as code or markup. Every template that
shows definition text passes it through one of these escapers (registered as Jinja
filters by :data:`FILTERS`), each made for one place:

- ``py_str``: a whole Python string literal (``repr``, so any ``str`` is safe: NUL,
  lone surrogates, ``\\N{``, quotes of both kinds);
- ``py_literal``: any JSON-like value as a Python literal (non-finite numbers as
  ``float("inf")``, never the bare name ``inf``);
- ``docstring``: text inside ``\"\"\"...\"\"\"``, wrapped before it is escaped so that no
  line break can split an escape;
- ``md`` and ``md_inline``: Markdown prose (a table cell for the latter), with HTML
  and Markdown markup shown as text and only http(s) links kept as links;
- ``md_code``: a Markdown code span.

Identifiers and file names are not escaped but made: by openapi-python-client from the
names ``transform.names`` gives (shortened, apart without regard to case), checked by
``proof`` before anything is kept.
"""

from __future__ import annotations

import json
import math
import pprint
import re
import textwrap
import unicodedata
from typing import Any

# Characters a generated file never holds as they are: controls but tab and newline,
# lone surrogates (not encodable as UTF-8), and Unicode's line and paragraph separators.
_DROPPED = {"Cc", "Cs", "Zl", "Zp"}
LITERAL_WIDTH = 90
# Markup anywhere in a line, and what starts a heading, list or quote at a line's start.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")
_MD_LINE_START = re.compile(r"^(\s*)(\d+(?=[.)])|)([-+=.)])", re.MULTILINE)
_MD_LINK = re.compile(r"\[([^\[\]\n]*)\]\(([^()\s]*)\)")
_SAFE_URL = re.compile(r"https?://[^\s<>\"'`()]+\Z", re.IGNORECASE)


def _text(value: Any) -> str:
    """The text of ``value``; openapi-python-client wraps definition text in ``UntrustedString``
    (and generated source in ``PythonCode``), whose ``str`` is not the text."""
    for unwrap in ("get_untrusted_value", "as_unembedded_code"):
        if hasattr(value, unwrap):
            return str(getattr(value, unwrap)())
    return str(value)


def _plain(value: Any, *, keep: str = "") -> str:
    """``value`` as text without the characters no generated file may hold (but ``keep``)."""
    text = _text(value).replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        c if c in keep or unicodedata.category(c) not in _DROPPED else "\N{REPLACEMENT CHARACTER}"
        for c in text
    )


def py_str(value: Any) -> str:
    """A complete Python string literal of ``value``: ``repr`` is exact for any ``str``; in
    double quotes, as ruff writes them, where the text holds no quote."""
    literal = repr(_text(value))
    return f'"{literal[1:-1]}"' if literal[0] == "'" and '"' not in literal else literal


class _NonFinite(float):
    """A float whose source form is the call that makes it, not the name ``inf``."""

    def __repr__(self) -> str:
        return f'float("{float(self)!r}")'


def _finite_safe(value: Any) -> Any:
    """``value`` with only what a literal can spell: non-finite numbers as calls, and any
    other scalar (a YAML date, say) as the text it was written as."""
    if isinstance(value, float) and not math.isfinite(value):
        return _NonFinite(value)
    if isinstance(value, dict):
        return {key: _finite_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple | frozenset):
        return type(value)(_finite_safe(item) for item in value)
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)


def py_literal(value: Any, width: int = LITERAL_WIDTH) -> str:
    """A Python literal of a JSON-like value (strings through ``repr``, so any text is safe)."""
    return pprint.pformat(_finite_safe(value), width=width, sort_dicts=False)


def docstring(value: Any, width: int | None = None) -> str:
    """Text that can sit inside a ``\"\"\"`` docstring: wrapped at ``width`` (as Jinja's
    ``wordwrap`` does) first, then every backslash and double quote escaped, so that the text
    can neither close the docstring nor form an escape."""
    text = _plain(value, keep="\n\t")
    if width is not None:
        wrapper = textwrap.TextWrapper(
            width=width, expand_tabs=False, replace_whitespace=False, break_on_hyphens=True
        )
        text = "\n".join("\n".join(wrapper.wrap(line)) for line in text.splitlines())
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _md_text(text: str) -> str:
    """Markdown prose shown as written: HTML as text, each markup character escaped."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_LINE_START.sub(r"\1\2\\\3", _MD_SPECIAL.sub(r"\\\1", text))


def md(value: Any) -> str:
    """Definition text as Markdown prose: ``[text](https://...)`` stays a link, any other
    link (``javascript:``, ``data:``...) and all other markup and HTML become plain text."""
    text, out, start = _plain(value, keep="\n\t"), [], 0
    for link in _MD_LINK.finditer(text):
        out.append(_md_text(text[start : link.start()]))
        label, url = link.groups()
        if _SAFE_URL.match(url):
            out.append(f"[{_md_text(label)}]({url})")
        else:
            out.append(_md_text(link.group()))
        start = link.end()
    out.append(_md_text(text[start:]))
    return "".join(out)


def md_inline(value: Any) -> str:
    """:func:`md` on one line: for headings and table cells."""
    return md(" ".join(_text(value).split()))


def md_code(value: Any) -> str:
    """A Markdown code span of ``value``: fenced by more backticks than it holds in a row."""
    text = _plain(" ".join(_text(value).split()))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}" if longest else f"`{text}`"


def toml_str(value: Any) -> str:
    """A TOML basic string: JSON's escapes are TOML's, once controls and lone surrogates
    (which neither may hold) are replaced. Other characters stay UTF-8, as TOML allows:
    JSON's ``\\ud83d\\ude00`` pairs are not TOML."""
    return json.dumps(_plain(value, keep="\n\t"), ensure_ascii=False)


FILTERS = {
    "py_str": py_str,
    "toml_str": toml_str,
    "py_literal": py_literal,
    "docstring": docstring,
    "md": md,
    "md_inline": md_inline,
    "md_code": md_code,
}
