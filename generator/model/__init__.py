"""The bottom layer's model: one typed view of a connector definition, and one ``$ref`` resolver.

Every stage (validation, the OpenAPI 3 transform, the renderers, the diff), the
sandbox and the contract tests read a definition through :class:`Definition`;
none walks the raw document for operations, parameters or references itself.
This package imports nothing of the project but ``load`` (and ``errors``).
"""

from .definition import (
    HTTP_METHODS,
    NOTIFICATION_CONTENT,
    SAFE_METHODS,
    SCHEMA_LISTS,
    Api,
    Definition,
    Operation,
    Parameter,
    Response,
    SchemaNode,
    SecurityScheme,
)
from .properties import (
    ConnectionParameter,
    PackageFiles,
    ParameterSet,
    Policy,
    Properties,
    PropertyProblem,
    Script,
    load_properties,
    package_files,
    read_properties,
)
from .refs import Reference, RefProblem, Resolution, Resolver, closing_edges
from .values import as_dict, as_list, as_text, is_internal

__all__ = [
    "HTTP_METHODS",
    "NOTIFICATION_CONTENT",
    "SAFE_METHODS",
    "SCHEMA_LISTS",
    "Api",
    "ConnectionParameter",
    "Definition",
    "Operation",
    "PackageFiles",
    "Parameter",
    "ParameterSet",
    "Policy",
    "Properties",
    "PropertyProblem",
    "RefProblem",
    "Reference",
    "Resolution",
    "Resolver",
    "Response",
    "SchemaNode",
    "Script",
    "SecurityScheme",
    "as_dict",
    "as_list",
    "as_text",
    "closing_edges",
    "is_internal",
    "load_properties",
    "package_files",
    "read_properties",
]
