"""Proof that a rendered client is only data and definitions, and imports, before it is kept.

Definition text reaches the client only through the escapers of ``escape``; this is the
check that it worked, made on the files themselves. Each generated module must parse, and
its top level and class bodies may hold only what a generated module needs: docstrings,
imports, definitions of classes and functions, and assignments of data (literals, names and
the few constructors of :data:`DATA_CALLS`). Decorators, base classes and default values, which
run at import, are held to the same rule. Only then is the package imported, in a
subprocess with an empty environment, and its MCP tool table loaded: code that passed the
check runs nothing but definitions, so the import (which compiles every module) proves the
names resolve. It is one subprocess per generation; the real client's import is most of its
cost (a dataclass per model), about doubling the CPU time of a generation.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# What a generated module may call at import: the constructors of its data.
DATA_CALLS = frozenset(
    {"Endpoint", "Wire", "ToolSpec", "TypedDict", "RetryPolicy", "frozenset", "float"}
)
DECORATORS = frozenset({"dataclass", "cached_property"})
# ``if`` blocks a module may hold: imports for type checkers, and the command-line entry.
GUARDS = ("TYPE_CHECKING", "__name__ == '__main__'")
DATA_NODES = (
    ast.Constant,
    ast.Tuple,
    ast.List,
    ast.Set,
    ast.Dict,
    ast.Name,
    ast.Attribute,
    ast.Load,
    ast.keyword,
    ast.UnaryOp,
    ast.USub,
    ast.Subscript,
    ast.BinOp,
    ast.BitOr,
)
IMPORT_TIMEOUT = 120.0
# The longest file name made from definition text, in UTF-8 bytes: file systems take 255.
MAX_FILE_NAME = 200


@dataclass(frozen=True)
class Source:
    """What a generated module was made from: ``what`` names it, ``pointer`` its place."""

    what: str
    pointer: str


@dataclass(frozen=True)
class Flaw:
    """A generated module that is not what the generator promises, and why."""

    module: str
    line: int
    message: str


def name_flaws(modules: dict[str, Source]) -> list[Flaw]:
    """Module paths (relative, ``/``-separated) that no file system can hold: a part too long."""
    return [
        Flaw(module, 0, f"would need a file name over {MAX_FILE_NAME} bytes")
        for module in sorted(modules)
        if any(len(part.encode()) > MAX_FILE_NAME for part in module.split("/"))
    ]


def module_flaws(package_dir: Path, skip: frozenset[str]) -> list[Flaw]:
    """Every generated module (those in ``skip`` are shipped unchanged) that does not
    compile or holds more than data and definitions."""
    flaws = []
    for path in sorted(package_dir.rglob("*.py")):
        name = path.relative_to(package_dir.parent).as_posix()
        if path.parent == package_dir and path.name in skip:
            continue
        try:  # what only compiling finds (a duplicate argument) the import reports
            tree = ast.parse(path.read_bytes(), filename=name)
        except (SyntaxError, ValueError) as error:
            line = getattr(error, "lineno", None) or 0
            flaws.append(Flaw(name, line, f"does not compile: {error.__class__.__name__}"))
            continue
        flaws += [Flaw(name, node.lineno, why) for node, why in _statements(tree.body)]
    return flaws


def _statements(body: list[ast.stmt], in_class: bool = False) -> Iterator[tuple[ast.stmt, str]]:
    """Each statement of ``body`` that runs more than definitions at import, and why (its
    first reason only: one flaw per statement)."""
    for node in body:
        why = next(_reasons(node, in_class), None)
        if why is not None:
            yield node, why
        if isinstance(node, ast.ClassDef):
            yield from _statements(node.body, in_class=True)
        elif isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            yield from _statements(node.body)


def _reasons(node: ast.stmt, in_class: bool) -> Iterator[str]:
    if isinstance(node, ast.Import | ast.ImportFrom | ast.Pass):
        return
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        return  # a docstring
    if isinstance(node, ast.Assign | ast.AnnAssign):
        yield from _data(node.value, "assigns")
        if isinstance(node, ast.AnnAssign):
            yield from _data(node.annotation, "annotates with")
    elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        yield from _decorators(node)
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d]:
            yield from _data(default, "defaults to")
    elif isinstance(node, ast.ClassDef):
        yield from _decorators(node)
        for base in node.bases + [k.value for k in node.keywords]:
            yield from _data(base, "derives from")
    elif in_class or not (isinstance(node, ast.If) and ast.unparse(node.test) in GUARDS):
        yield f"holds a {type(node).__name__} statement, which runs at import"


def _data(node: ast.AST | None, role: str) -> Iterator[str]:
    """Nothing in ``node`` but data: literals, names, subscripts and the calls of data."""
    for part in ast.walk(node) if node is not None else ():
        if isinstance(part, ast.Call):
            called = part.func.attr if isinstance(part.func, ast.Attribute) else None
            called = part.func.id if isinstance(part.func, ast.Name) else called
            if called not in DATA_CALLS:
                yield f"{role} a call of {ast.unparse(part.func)}, which runs at import"
        elif not isinstance(part, DATA_NODES):
            yield f"{role} a {type(part).__name__} expression, which runs at import"


def _decorators(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> Iterator[str]:
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if not (isinstance(target, ast.Name) and target.id in DECORATORS):
            yield f"is decorated with {ast.unparse(decorator)}, which runs at import"
        elif isinstance(decorator, ast.Call):
            for argument in decorator.args + [k.value for k in decorator.keywords]:
                yield from _data(argument, "decorates with")


# Run in the child: import every module of the package and load the MCP tool table. The
# server module is stood in for by a ``ToolSpec`` with its fields, read from its source: the
# table is data, and the MCP SDK (the client's ``mcp`` extra) takes a second to import.
_CHILD = """
import ast, dataclasses, importlib, json, pathlib, pkgutil, sys, types
folder, name = sys.argv[1], sys.argv[2]
sys.path.insert(0, folder)
done = []
try:
    package = importlib.import_module(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        if info.name.rsplit(".", 1)[-1] in ("mcp", "_mcp_server"):
            continue
        done.append(info.name)
        importlib.import_module(info.name)
    server = pathlib.Path(package.__path__[0], "_mcp_server.py").read_text(encoding="utf-8")
    spec = next(n for n in ast.parse(server).body if getattr(n, "name", "") == "ToolSpec")
    fields = [n.target.id for n in spec.body if isinstance(n, ast.AnnAssign)]
    stand_in = types.ModuleType(name + "._mcp_server")
    stand_in.ToolSpec, stand_in.run = dataclasses.make_dataclass("ToolSpec", fields), None
    sys.modules[stand_in.__name__] = stand_in
    done.append(name + ".mcp")
    names = [tool.name for tool in importlib.import_module(name + ".mcp").TOOLS]
    if len(set(names)) != len(names):
        raise ValueError("two tools share a name")
    print(json.dumps({"ok": len(names)}))
except BaseException as error:
    print(json.dumps({"module": done[-1] if done else name, "error": repr(error)[:500]}))
"""


def import_failure(client_dir: Path, package: str) -> tuple[str, str] | None:
    """Import ``package`` from ``client_dir`` in a fresh interpreter that sees nothing of the
    user's environment (``-I``, no variables); the failing module and error, or None."""
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-B", "-c", _CHILD, str(client_dir), package],
            capture_output=True,
            text=True,
            env={},
            cwd=client_dir,
            timeout=IMPORT_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return package, f"importing took more than {IMPORT_TIMEOUT:.0f} s"
    lines = done.stdout.strip().splitlines()
    result = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    if "ok" in result:
        return None
    error = result.get("error") or done.stderr.strip()[-500:] or f"exit {done.returncode}"
    return str(result.get("module", package)), error
