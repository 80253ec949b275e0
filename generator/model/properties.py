"""The rest of a connector package: ``apiProperties.json`` and ``script.csx``, in the model.

Power Platform does not call an API from the swagger alone: ``apiProperties.json``
names the connection's parameters (what a user types when making a connection) and
lists the policy templates that rewrite every request and answer, and ``script.csx``
can change them again. Every consumer (client, MCP server, contract tests, diff,
validate) reads them here, once.

Read leniently, like the definition: a value of the wrong type reads as empty and
becomes a :class:`PropertyProblem` naming its file and JSON pointer, never an
exception. ``template`` is lower-cased (the corpus writes ``SetProperty`` and
``setproperty`` alike); everything else is the publisher's text, kept as data.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..load import Document, load_document
from ..load.pointer import child
from .values import as_dict, as_list, as_text

DEFINITION_NAME = "apidefinition.swagger.json"  # matched without case: one upstream folder
PROPERTIES_NAME = "apiProperties.json"
SCRIPT_NAME = "script.csx"
PARAMETER_PREFIX = "x-ms-apimTemplateParameter."
OPERATIONS_KEY = "x-ms-apimTemplate-operationName"
SECTION_KEY = "x-ms-apimTemplate-policySection"


@dataclass(frozen=True)
class PropertyProblem:
    """Something in apiProperties.json that could not be read as declared."""

    file: str
    pointer: str
    message: str


@dataclass(frozen=True)
class ConnectionParameter:
    """One connection parameter: ``type`` as written (``string``, ``securestring``, ...)."""

    name: str
    pointer: str
    type: str
    required: bool
    allowed: tuple[str, ...] = ()  # the values of ``constraints.allowedValues``
    default: Any = None
    description: str = ""
    display_name: str = ""

    @property
    def secret(self) -> bool:
        """A ``securestring``: never shown, logged or exported."""
        return self.type.lower() == "securestring"

    @property
    def oauth(self) -> bool:
        """An ``oauthSetting``: Power Platform runs the sign-in; the caller brings a token."""
        return self.type.lower() == "oauthsetting"


@dataclass(frozen=True)
class ParameterSet:
    """One way to sign in (``connectionParameterSets.values[i]``)."""

    name: str
    pointer: str
    display_name: str
    parameters: tuple[ConnectionParameter, ...]


@dataclass(frozen=True)
class Policy:
    """One policy template instance; ``operations`` empty means every operation."""

    template: str  # templateId, lower case
    title: str
    pointer: str
    parameters: dict[str, Any]  # the x-ms-apimTemplateParameter.* values, prefix removed
    operations: tuple[str, ...] = ()
    section: str = ""  # x-ms-apimTemplate-policySection as written ("Request", "Response")

    def applies_to(self, operation: str) -> bool:
        return not self.operations or operation in self.operations


@dataclass(frozen=True)
class Script:
    """A ``script.csx``: custom code run on the operations it covers (empty: all)."""

    file: str
    operations: tuple[str, ...] = ()

    def covers(self, operation: str) -> bool:
        return not self.operations or operation in self.operations


@dataclass(frozen=True)
class Properties:
    """What ``apiProperties.json`` (and a ``script.csx`` beside it) say; empty when absent."""

    file: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    connection_parameters: tuple[ConnectionParameter, ...] = ()
    parameter_sets: tuple[ParameterSet, ...] = ()
    policies: tuple[Policy, ...] = ()
    script_operations: tuple[str, ...] = ()
    capabilities: tuple[str, ...] = ()
    brand_color: str | None = None
    script: Script | None = None
    problems: tuple[PropertyProblem, ...] = ()

    def policies_for(self, operation: str) -> list[Policy]:
        return [policy for policy in self.policies if policy.applies_to(operation)]

    @property
    def all_connection_parameters(self) -> list[ConnectionParameter]:
        """The single list's, then each set's not seen before (by name)."""
        seen = {p.name: p for p in self.connection_parameters}
        for each in self.parameter_sets:
            for parameter in each.parameters:
                seen.setdefault(parameter.name, parameter)
        return list(seen.values())


EMPTY = Properties()


@dataclass(frozen=True)
class PackageFiles:
    """The files beside a definition that Power Platform reads with it."""

    properties: Path | None
    script: Path | None


def package_files(spec: Path, properties: Path | None = None) -> PackageFiles:
    """``properties`` if given, else ``apiProperties.json`` beside an upstream-named
    definition (any case); the ``script.csx`` beside whichever is found."""
    folder = properties.parent if properties else spec.parent
    if properties is None and spec.name.lower() == DEFINITION_NAME:
        found = _sibling(spec.parent, PROPERTIES_NAME)
        properties = found
    script = _sibling(folder, SCRIPT_NAME) if properties is not None else None
    return PackageFiles(properties, script)


def _sibling(folder: Path, name: str) -> Path | None:
    exact = folder / name
    if exact.is_file():
        return exact
    matches = sorted(p for p in folder.glob("*") if p.name.lower() == name.lower() and p.is_file())
    return matches[0] if matches else None


def load_properties(files: PackageFiles) -> Properties:
    """The package's properties, always read leniently: what a repair mended is a problem.

    Raises ``InputError`` only when the file cannot be read or repaired.
    """
    if files.properties is None:
        return EMPTY
    document = load_document(files.properties, lenient=True)
    properties = read_properties(document, script=files.script)
    mended = tuple(
        PropertyProblem(str(document.path), "", f"{r.message} (line {r.line}, column {r.column})")
        for r in document.repairs
    )
    return replace(properties, problems=mended + properties.problems) if mended else properties


def read_properties(document: Document, script: Path | str | None = None) -> Properties:
    """The model of one parsed apiProperties document (``script``: the csx beside it)."""
    reader = _Reader(str(document.path))
    data = as_dict(document.data)
    props = reader.object("/properties", data.get("properties"))
    script_ops = tuple(reader.texts("/properties/scriptOperations", props.get("scriptOperations")))
    return Properties(
        file=str(document.path),
        data=data,
        connection_parameters=reader.parameters(
            "/properties/connectionParameters", props.get("connectionParameters")
        ),
        parameter_sets=reader.sets(props.get("connectionParameterSets")),
        policies=reader.policies(props.get("policyTemplateInstances")),
        script_operations=script_ops,
        capabilities=tuple(reader.texts("/properties/capabilities", props.get("capabilities"))),
        brand_color=as_text(props.get("iconBrandColor")),
        script=Script(str(script), script_ops) if script is not None else None,
        problems=tuple(reader.problems),
    )


class _Reader:
    """Walks the document, noting every value of the wrong shape as a located problem."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[PropertyProblem] = []

    def problem(self, pointer: str, message: str) -> None:
        self.problems.append(PropertyProblem(self.file, pointer, message))

    def object(self, pointer: str, value: Any, what: str = "an object") -> dict[str, Any]:
        if value is not None and not isinstance(value, dict):
            self.problem(pointer, f"is {type(value).__name__}, not {what}; read as empty")
        return as_dict(value)

    def array(self, pointer: str, value: Any) -> list[Any]:
        if value is not None and not isinstance(value, list):
            self.problem(pointer, f"is {type(value).__name__}, not a list; read as empty")
        return as_list(value)

    def texts(self, pointer: str, value: Any) -> list[str]:
        found: list[str] = []
        for index, item in enumerate(self.array(pointer, value)):
            if isinstance(item, str):
                found.append(item)
            else:
                self.problem(child(pointer, str(index)), "is not a string; left out")
        return found

    def parameters(self, pointer: str, value: Any) -> tuple[ConnectionParameter, ...]:
        found = []
        for name, each in self.object(pointer, value).items():
            where = child(pointer, name)
            if isinstance(each, dict):
                found.append(self.parameter(where, name, each))
            else:
                self.problem(where, "is not an object; connection parameter left out")
        return tuple(found)

    def parameter(self, pointer: str, name: str, data: dict[str, Any]) -> ConnectionParameter:
        ui = self.object(child(pointer, "uiDefinition"), data.get("uiDefinition"))
        constraints = as_dict(ui.get("constraints"))
        allowed = []
        for index, item in enumerate(as_list(constraints.get("allowedValues"))):
            value = as_dict(item).get("value")
            if isinstance(value, str):
                allowed.append(value)
            else:
                where = child(pointer, "uiDefinition", "constraints", "allowedValues", str(index))
                self.problem(where, "has no string 'value'; left out")
        kind = as_text(data.get("type"))
        if kind is None:
            self.problem(child(pointer, "type"), "no type; read as 'string'")
        return ConnectionParameter(
            name=name,
            pointer=pointer,
            type=kind or "string",
            required=str(constraints.get("required", "false")).lower() == "true",
            allowed=tuple(allowed),
            default=data.get("defaultValue", ui.get("defaultValue")),
            description=as_text(ui.get("description")) or "",
            display_name=as_text(ui.get("displayName")) or "",
        )

    def sets(self, value: Any) -> tuple[ParameterSet, ...]:
        pointer = "/properties/connectionParameterSets"
        values = self.array(child(pointer, "values"), self.object(pointer, value).get("values"))
        found = []
        for index, each in enumerate(values):
            where = child(pointer, "values", str(index))
            each = self.object(where, each)
            name = as_text(each.get("name"))
            if name is None:
                self.problem(where, "has no name; parameter set left out")
                continue
            ui = as_dict(each.get("uiDefinition"))
            parameters = self.parameters(child(where, "parameters"), each.get("parameters"))
            display = as_text(ui.get("displayName")) or name
            found.append(ParameterSet(name, where, display, parameters))
        return tuple(found)

    def policies(self, value: Any) -> tuple[Policy, ...]:
        pointer = "/properties/policyTemplateInstances"
        found = []
        for index, each in enumerate(self.array(pointer, value)):
            where = child(pointer, str(index))
            each = self.object(where, each)
            template = as_text(each.get("templateId"))
            if not template:
                self.problem(where, "has no templateId; policy left out")
                continue
            raw = self.object(child(where, "parameters"), each.get("parameters"))
            operations = raw.get(OPERATIONS_KEY)
            if isinstance(operations, str):  # one operation written without its list
                operations = [operations]
            found.append(
                Policy(
                    template=template.lower(),
                    title=as_text(each.get("title")) or "",
                    pointer=where,
                    parameters={
                        key.removeprefix(PARAMETER_PREFIX): item
                        for key, item in raw.items()
                        if key.startswith(PARAMETER_PREFIX)
                    },
                    operations=tuple(
                        self.texts(child(where, "parameters", OPERATIONS_KEY), operations)
                    ),
                    section=as_text(raw.get(SECTION_KEY)) or "",
                )
            )
        return tuple(found)
