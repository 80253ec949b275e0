"""Reading one side of a comparison: a file, or a definition at a git revision.

A revision is read with ``git show REF:PATH`` and parsed from its text; the
work tree is never touched, so a diff can run while someone edits the spec.
Which file and which checkout are the caller's to say (the command line takes
them from the project): the diff itself knows no project.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from ..errors import InputError
from ..load import Document, load_document, parse_document
from ..model import Definition

GIT_PREFIX = "git:"


def load_side(spec: str, *, repo: Path, spec_path: str, lenient: bool = False) -> Definition:
    """``spec`` is a file path or ``git:REF`` (``spec_path`` at REF in the git repo ``repo``)."""
    if spec.startswith(GIT_PREFIX):
        ref = spec[len(GIT_PREFIX) :]
        raw = read_git_file(ref, spec_path, repo=repo)
        document = load_text(raw, label=f"{ref}:{spec_path}", lenient=lenient)
    else:
        document = load_document(spec, lenient=lenient)
    _require_swagger_2(document)
    return Definition(document)


def _require_swagger_2(document: Document) -> None:
    """The comparison knows Swagger 2.0 only; anything else would be compared wrongly."""
    version = document.data.get("swagger")
    if version != "2.0":
        pointer, problem = "/swagger", f"'swagger' is {version!r}, not '2.0'"
    elif not isinstance(document.data.get("paths", {}), dict):
        pointer, problem = "/paths", "'paths' is not an object"
    else:
        return
    line, column = document.position(pointer) or (None, None)
    raise InputError(
        document.path,
        f"not a Swagger 2.0 definition: {problem}",
        hint="diff compares Swagger 2.0 definitions, the format Power Platform connectors use",
        line=line,
        column=column,
    )


def read_git_file(ref: str, spec_path: str, *, repo: Path) -> bytes:
    """The bytes of ``spec_path`` at ``ref``; an :class:`InputError` naming the ref otherwise."""
    where = f"{GIT_PREFIX}{ref}"
    if not ref or ref.startswith("-"):
        hint = "write git:REF with a commit, branch or tag, e.g. git:HEAD~1 or git:v1.0"
        raise InputError(where, f"{ref!r} is not a git revision", hint=hint)
    if not repo.is_dir():
        raise InputError(where, f"{repo} is not a folder", hint="pass --repo a git checkout")
    try:
        done = subprocess.run(
            ["git", "show", f"{ref}:{spec_path}"],
            cwd=repo,
            capture_output=True,
            check=False,
            timeout=60,
        )
    except FileNotFoundError:
        raise InputError(where, "git is not installed", hint="install git") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines() or ["git failed"]
        hint = (
            f"name a commit, branch or tag that has {spec_path} (see `git log --oneline`),"
            " pass --spec-path for another file, or give a file path instead"
        )
        raise InputError(where, reason[0].removeprefix("fatal: "), hint=hint)
    return done.stdout


def load_text(raw: bytes | str, *, label: str, lenient: bool = False) -> Document:
    """Parse definition text exactly as a file is parsed; errors and the document name ``label``."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    return parse_document(data, path=Path(label), lenient=lenient)
