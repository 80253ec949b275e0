"""Names the client generator can use, made from names and values written for people.

openapi-python-client turns path parameter names, schema titles, definition
names and enum values into identifiers, modules and file names. A publisher may
write ``{Page Number}``, a 400-character title, or the enum values ``q`` and
``Q``; these functions give each a name that works, the same one on every run
(a shortened name ends with a hash of the whole, so two long names stay apart).
"""

from __future__ import annotations

import hashlib
import re

# Longest name kept as written: a module file is this plus ".py", far below any file system's limit.
MAX_NAME = 64
HASH_LENGTH = 8
NOT_IDENTIFIER = re.compile(r"[^A-Za-z0-9_]+")
PATH_TEMPLATE = re.compile(r"\{([^{}/]+)\}")
WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def path_identifier(name: str) -> str:
    """A path parameter's name as openapi-python-client matches it in a template.

    It only recognises ``{letters_digits-and-dashes}``; the URL does not change,
    because the template's placeholder is renamed with the parameter.
    """
    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_")
    if not cleaned or not (cleaned[0].isalpha() or cleaned[0] == "_"):
        cleaned = f"p_{cleaned}"
    return cleaned


def client_path(path: str) -> str:
    """The path template with every placeholder renamed by ``path_identifier``."""
    return PATH_TEMPLATE.sub(lambda match: "{" + path_identifier(match.group(1)) + "}", path)


def shortened(name: str, limit: int = MAX_NAME) -> str:
    """``name`` when it fits ``limit``; else its start and a hash of all of it."""
    if len(name) <= limit:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:HASH_LENGTH]
    return f"{name[: limit - HASH_LENGTH - 1].rstrip('_ ')}_{digest}"


def class_key(name: str) -> str:
    """What two names must share to give the same generated class: letters and digits, no case."""
    return "".join(WORDS.findall(name)).lower()


def is_a_name(title: str) -> bool:
    """A title short and plain enough to name a class (the generator names classes by titles)."""
    return "\n" not in title and len(NOT_IDENTIFIER.sub("_", title)) <= MAX_NAME


def enum_member_names(values: list[object]) -> list[str] | None:
    """Member names for an enum whose values would give the same member twice, else None.

    The generator names a member by its value in capitals (``VALUE_<i>`` when it
    does not start with a letter), so ``q`` and ``Q`` collide. Each value keeps
    that name; the second and later of a clash get ``_<position>`` added.
    """
    if not values or not all(isinstance(value, str) for value in values):
        return None
    bases = [_member(value, index) for index, value in enumerate(values) if isinstance(value, str)]
    if len(set(bases)) == len(bases):
        return None
    names: list[str] = []
    for index, base in enumerate(bases):
        names.append(base if base not in names else f"{base}_{index}")
    return names


def _member(value: str, index: int) -> str:
    if not (value and value[0].isalpha()):
        return f"VALUE_{index}"
    return NOT_IDENTIFIER.sub("_", value.upper()).strip("_") or f"VALUE_{index}"
