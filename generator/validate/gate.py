"""Which findings stop the generator writing: those that would make its output wrong.

For the project's own spec every error stops it (the project publishes what it
generates). For any definition the findings that would make the output lose or misstate
an operation do, errors or not; certification findings alone never do.
``--best-effort`` writes anyway, and the report says what each such finding cost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .findings import Finding

# Rule id -> what the output loses or misstates when it is written despite the finding.
CONSEQUENCES = {
    "operation-id-duplicate": "operations sharing an operationId share one client module, so "
    "all but one of them are lost from the client; Power Platform rejects the connector",
    "ref-unresolved": "the value the $ref stands for has no schema in the client (free-form) "
    "and in the connector",
    "ref-invalid": "the $ref cannot be followed: the value it stands for is free-form in the "
    "client",
    "ref-cycle": "the loop is cut where it closes: the schema there is free-form in the client",
    "paths-malformed": "the path or operation written here is not generated at all",
    "parameter-malformed": "the parameter is not generated, or not sent where the API expects it",
    "parameter-name-not-token": "the client sends the name as written, which HTTP does not "
    "allow: httpx refuses such a header, so calls of the operation fail",
    "number-not-finite": "the client holds the value as float('inf') or float('nan'); the "
    "connector's JSON holds a token that is not JSON, which Power Platform refuses",
}


def blocking(findings: list[Finding], *, own_spec: bool) -> list[Finding]:
    """The findings that stop writing: the harmful ones, and every error of our own spec."""
    return [
        finding
        for finding in findings
        if finding.rule in CONSEQUENCES or (own_spec and finding.severity == "error")
    ]


def consequences(findings: list[Finding]) -> list[dict[str, Any]]:
    """The report's entry for each harmful finding written through: the finding and its cost."""
    return [
        {**finding.__dict__, "consequence": CONSEQUENCES[finding.rule]}
        for finding in findings
        if finding.rule in CONSEQUENCES
    ]
