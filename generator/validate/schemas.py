"""Microsoft's JSON schemas for connector files, applied when they are at hand.

They are checked only when the caller names their folder (``--schemas DIR``,
for instance the ``schemas/`` folder of a PowerPlatformConnectors checkout); the
project does not copy them, and a report says when they were not applied. Each violation becomes one
``ms-schema`` finding at the offending place.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..errors import InputError
from ..load import Document, load_document
from ..load.pointer import child, join
from .findings import Finding

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
    return validator_class(load_document(folder / name).data)


def schema_findings(document: Document, kind: Kind, folder: Path, file: str) -> list[Finding]:
    schema_name = SCHEMA_FILES[kind][0]
    findings = []
    for error in _validator(folder.resolve(), kind).iter_errors(document.data):
        for pointer, message in _explain(error):
            findings.append(
                Finding(
                    file=file,
                    line=document.line_of(pointer),
                    pointer=pointer,
                    rule=RULE_ID,
                    severity="error",
                    message=message,
                    fix=f"make this part match Microsoft's {schema_name}",
                )
            )
    return findings


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
        from jsonschema.exceptions import best_match

        cause = best_match(error.context)
        return [(join(*cause.absolute_path), _shorten(cause.message))]
    return [(pointer, _shorten(error.message))]


def _shorten(message: str) -> str:
    message = " ".join(message.split())
    return message if len(message) <= _MESSAGE_LIMIT else message[: _MESSAGE_LIMIT - 1] + "…"
