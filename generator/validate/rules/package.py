"""apiProperties.json against the definition: what its policies and parameter sets name exists.

These rules see the whole package, the model of the definition with its apiProperties
(``Definition.properties``, :mod:`trconnect.model.properties`), and report in
apiProperties.json. Microsoft's validator page has no codes for them, so they warn: Power
Platform applies a policy to no operation, or sends an empty value, rather than refusing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...load.pointer import child
from ...model import Definition
from ...model.properties import OPERATIONS_KEY, PARAMETER_PREFIX
from ..registry import Hit, rule

# How a policy's value names a connection parameter: @connectionParameters('name'[, default]).
_PARAMETER_USE = re.compile(r"""@connectionParameters\(\s*['"]([^'"]+)['"]""")


@rule(
    "policy-operation-unknown",
    "warning",
    "connector",
    title="A policy names only operations the definition has",
    fix="write the operationId exactly as in the definition, or remove the name",
)
def policy_operation_unknown(definition: Definition) -> Iterator[Hit]:
    known = set(definition.operations_by_id)
    for policy in definition.properties.policies:
        for name in policy.operations:
            if name not in known:
                yield (
                    child(policy.pointer, "parameters", OPERATIONS_KEY),
                    f"policy {policy.template!r} names operation {name!r}, which the "
                    "definition does not have, so it applies to nothing there",
                )


@rule(
    "policy-parameter-unknown",
    "warning",
    "connector",
    title="A policy uses only connection parameters the connector declares",
    fix="declare the parameter under connectionParameters (or in every parameter set), or "
    "correct its name in the policy",
)
def policy_parameter_unknown(definition: Definition) -> Iterator[Hit]:
    declared = {p.name for p in definition.properties.all_connection_parameters}
    for policy in definition.properties.policies:
        for key, value in policy.parameters.items():
            for name in _PARAMETER_USE.findall(value) if isinstance(value, str) else ():
                if name not in declared:
                    yield (
                        child(policy.pointer, "parameters", PARAMETER_PREFIX + key),
                        f"policy {policy.template!r} uses connection parameter {name!r}, "
                        "which is not declared, so it gets no value",
                    )


@rule(
    "parameter-set-clash",
    "warning",
    "connector",
    title="Parameters of the same name agree across parameter sets and differ by more than case",
    fix="give parameters of one name the same type in every set, and names that differ by "
    "more than letter case within a set",
)
def parameter_set_clash(definition: Definition) -> Iterator[Hit]:
    # Policies and scripts read one namespace, @connectionParameters('name'), whichever set
    # the maker chose: a name that means two types, or two names one reads as, is ambiguous.
    first: dict[str, tuple[str, str]] = {}  # name -> (type, set)
    for each in definition.properties.parameter_sets:
        cases: dict[str, str] = {}
        for parameter in each.parameters:
            other = cases.setdefault(parameter.name.lower(), parameter.name)
            if other != parameter.name:
                yield (
                    parameter.pointer,
                    f"set {each.name!r} has parameters {other!r} and {parameter.name!r}, "
                    "which differ only in case",
                )
            seen_type, seen_set = first.setdefault(parameter.name, (parameter.type, each.name))
            if seen_type.lower() != parameter.type.lower():
                yield (
                    parameter.pointer,
                    f"parameter {parameter.name!r} is {parameter.type!r} in set {each.name!r} "
                    f"but {seen_type!r} in set {seen_set!r}",
                )
