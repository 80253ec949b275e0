"""Pipeline stage: check a definition and its connector files the way certification does.

``validate_connector(path)`` reads a connector folder (or one definition) and
returns a :class:`Report`; ``validate_definition(definition)`` runs the
definition rules on the one model of a definition (:mod:`trconnect.model`), so
the rules see the same operations, parameters and ``$ref`` verdicts as every
other stage. Rules are registered in ``RULES`` (id, severity, title, fix, the
Microsoft error they mirror).
"""

from .connector import (
    locate,
    property_findings,
    repair_findings,
    validate_connector,
    validate_definition,
    validate_document,
)
from .findings import Finding
from .registry import RULES, Rule
from .report import Report

__all__ = [
    "RULES",
    "Finding",
    "Report",
    "Rule",
    "locate",
    "property_findings",
    "repair_findings",
    "validate_connector",
    "validate_definition",
    "validate_document",
]
