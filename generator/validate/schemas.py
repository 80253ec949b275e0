"""Microsoft's JSON schemas for connector files, applied when they are at hand.

They are checked only when the caller names their folder (``--schemas DIR``,
for instance the ``schemas/`` folder of a PowerPlatformConnectors checkout); the
project does not copy them, and a report says when they were not applied. Each violation becomes one
finding at the offending place: ``ms-schema`` (an error), a warning where the service accepts
what the schema rejects (``schema_accepted.yaml`` says why), or the finding of the rule that
checks the same thing (an unknown ``format`` is ``format-unrecognized``).
"""

from __future__ import annotations

import re
from fnmatch import fnmatchcase
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..errors import InputError
from ..load import Document, load_document
from ..load.pointer import child, join, split
from .findings import Finding, Severity
from .registry import RULES

# jsonschema is imported only when the schemas are checked: most runs never do, and it costs
# a regeneration a twentieth of a second.
if TYPE_CHECKING:
    import jsonschema
    from jsonschema.exceptions import ValidationError

Kind = Literal["definition", "properties", "settings"]
RULE_ID = "ms-schema"
# Each file's name and the JSON Schema draft it is written in (a jsonschema validator class).
SCHEMA_FILES: dict[Kind, tuple[str, str]] = {
    "definition": ("apiDefinition.swagger.schema.json", "Draft4Validator"),
    "properties": ("paconn-apiProperties.schema.json", "Draft7Validator"),
    "settings": ("paconn-settings.schema.json", "Draft7Validator"),
}
_MESSAGE_LIMIT = 200
_UNEXPECTED = re.compile(r"'([^']+)' was unexpected|^'([^']+)' is not one of")
FORMAT_RULE = "format-unrecognized"  # the rule that judges a 'format' the schema's enum rejects


def schemas_folder(requested: Path | str | None) -> Path | None:
    """The schema folder asked for (which must exist and hold them); None when none was."""
    if requested is None:
        return None
    folder = Path(requested)
    if not folder.is_dir():
        raise InputError(
            folder, "no such folder", hint="name the folder that holds Microsoft's schemas"
        )
    return folder


@cache
def _validator(folder: Path, kind: Kind) -> jsonschema.protocols.Validator:
    import jsonschema

    name, draft = SCHEMA_FILES[kind]
    validator_class: type[jsonschema.protocols.Validator] = getattr(jsonschema, draft)
    # Read leniently: Microsoft publishes apiDefinition.swagger.schema.json with a '// TODO'
    # comment in it, and the folder is to be usable exactly as published.
    return validator_class(load_document(folder / name, lenient=True).data)


def schema_findings(document: Document, kind: Kind, folder: Path, file: str) -> list[Finding]:
    schema_name = SCHEMA_FILES[kind][0]
    findings = []
    for error in _validator(folder.resolve(), kind).iter_errors(document.data):
        for pointer, message in _explain(error):
            rule, severity, message = _judge(pointer, message)
            findings.append(
                Finding(
                    file=file,
                    line=document.line_of(pointer),
                    pointer=pointer,
                    rule=rule,
                    severity=severity,
                    message=message,
                    fix=f"make this part match Microsoft's {schema_name}",
                )
            )
    return findings


@cache
def accepted() -> dict:
    """What the schemas reject and the service accepts (keys, unknown keys, places), and why."""
    import yaml

    text = resources.files(__package__).joinpath("schema_accepted.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _judge(pointer: str, message: str) -> tuple[str, Severity, str]:
    """The rule, severity and message of one violation: the service's verdict where it differs."""
    if pointer.endswith("/format") and "is not one of" in message:
        return FORMAT_RULE, RULES[FORMAT_RULE].severity, f"Microsoft's schema: {message}"
    reason = _accepted_reason(pointer, message)
    if reason:
        return RULE_ID, "warning", f"{message}; the service accepts it: {reason}"
    return RULE_ID, "error", message


def _accepted_reason(pointer: str, message: str) -> str | None:
    """Why the service accepts this violation, or None when nothing says it does."""
    data = accepted()
    unexpected = _UNEXPECTED.search(message)
    named = next(filter(None, unexpected.groups())) if unexpected else None
    if "not allowed" in message or "was unexpected" in message:  # a key the schema lacks
        return data["keys"].get(named or split(pointer)[-1], data["unknown_key"])
    if named in data["keys"]:  # a value the schema's enum lacks
        return data["keys"][named]
    return next(
        (why for pattern, why in data["places"].items() if fnmatchcase(pointer, pattern)), None
    )


def _explain(error: ValidationError) -> list[tuple[str, str]]:
    """Say a violation in a line: the keys not allowed one by one, else the most specific cause."""
    pointer = join(*error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        schema = error.schema if isinstance(error.schema, dict) else {}
        allowed = set(schema.get("properties", {}))
        patterns = list(schema.get("patternProperties", {}))
        extras = [
            key
            for key in error.instance
            if key not in allowed and not any(re.search(p, key) for p in patterns)
        ]
        if extras:
            return [(child(pointer, key), f"'{key}' is not allowed here") for key in extras]
    if error.context:
        return [hit for cause in _closest_branch(error) for hit in _explain(cause)]
    return [(pointer, _shorten(error.message))]


def _closest_branch(error: ValidationError) -> list[ValidationError]:
    """Of a oneOf/anyOf failure, the causes in the branch that came closest to matching.

    A branch that wants another type for the value itself is the wrong branch; of the others,
    the one whose causes the service would refuse least, then the one with the fewest causes:
    a header parameter that fails the header branch on one extension is not reported as a body
    parameter without 'schema', and a body parameter whose schema has only keys the service
    accepts (a misspelt 'x-ms-summary title' deep inside) is not reported as a bad header.
    """
    branches: dict[object, list[ValidationError]] = {}
    for cause in error.context or []:
        branches.setdefault(cause.relative_schema_path[0], []).append(cause)

    def distance(causes: list[ValidationError]) -> tuple[bool, int, int]:
        wrong_type = any(c.validator == "type" and not c.relative_path for c in causes)
        hits = [hit for cause in causes for hit in _explain(cause)]
        refused = sum(1 for pointer, message in hits if _judge(pointer, message)[1] == "error")
        return (wrong_type, refused, len(causes))

    return min(branches.values(), key=distance)


def _shorten(message: str) -> str:
    message = " ".join(message.split())
    return message if len(message) <= _MESSAGE_LIMIT else message[: _MESSAGE_LIMIT - 1] + "…"
