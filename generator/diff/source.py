"""Reading one side of a comparison: a file, a connector folder, or a definition at a git revision.

Power Platform reads a definition with the ``apiProperties.json`` beside it (its
connection parameters and policies), so a side is both: the model finds the
properties beside an upstream-named definition (``apiDefinition.swagger.json``), in the
work tree or at the revision. A revision is read with ``git show REF:PATH`` and parsed
from its text; the work tree is never touched, so a diff can run while someone edits
the spec. Which file and which checkout are the caller's to say (the command line
takes them from the project): the diff itself knows no project.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from ..errors import InputError
from ..load import Document, load_document, parse_document
from ..model import Definition, Properties, load_properties, package_files, read_properties
from ..model.properties import DEFINITION_NAME, EMPTY, PROPERTIES_NAME

GIT_PREFIX = "git:"


def load_side(spec: str, *, repo: Path, spec_path: str, lenient: bool = False) -> Definition:
    """``spec`` is a file, a connector folder, or ``git:REF`` (``spec_path`` at REF in ``repo``)."""
    if spec.startswith(GIT_PREFIX):
        ref = spec[len(GIT_PREFIX) :]
        raw = read_git_file(ref, spec_path, repo=repo)
        document = load_text(raw, label=f"{ref}:{spec_path}", lenient=lenient)
        properties = _git_properties(ref, spec_path, repo=repo)
    else:
        path = _definition_in(Path(spec))
        document = load_document(path, lenient=lenient)
        properties = load_properties(package_files(path))
    _require_swagger_2(document)
    return Definition(document, properties)


def _definition_in(path: Path) -> Path:
    """``path`` itself, or the upstream-named definition of the connector folder ``path``."""
    if not path.is_dir():
        return path
    found = sorted(p for p in path.iterdir() if p.name.lower() == DEFINITION_NAME)
    if not found:
        hint = f"name the definition file, or a connector folder that holds {DEFINITION_NAME}"
        raise InputError(path, f"the folder has no {DEFINITION_NAME}", hint=hint)
    return found[0]


def _git_properties(ref: str, spec_path: str, *, repo: Path) -> Properties:
    """The apiProperties.json beside an upstream-named definition at ``ref``; empty without."""
    path = Path(spec_path)
    if path.name.lower() != DEFINITION_NAME:
        return EMPTY
    beside = (path.parent / PROPERTIES_NAME).as_posix()
    if not git_has_file(ref, beside, repo=repo):
        return EMPTY
    raw = read_git_file(ref, beside, repo=repo)
    return read_properties(load_text(raw, label=f"{ref}:{beside}", lenient=True))


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


def git_has_file(ref: str, path: str, *, repo: Path) -> bool:
    done = subprocess.run(
        ["git", "cat-file", "-e", f"{ref}:{path}"], cwd=repo, capture_output=True, timeout=60
    )
    return done.returncode == 0


def load_text(raw: bytes | str, *, label: str, lenient: bool = False) -> Document:
    """Parse definition text exactly as a file is parsed; errors and the document name ``label``."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    return parse_document(data, path=Path(label), lenient=lenient)
