"""Turns the schemathesis engine's event stream into ``results`` and progress lines.

Every check result is attributed to the operation of the case it ran on, whatever
the phase, so the table adds up examples, coverage, fuzzing and stateful steps. A case the
guard kept away from a live API was never sent: no check of it counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from schemathesis.core.transport import Response
from schemathesis.engine import Status, events
from schemathesis.engine.recorder import CheckFailureInfo, CheckNode, ScenarioRecorder
from schemathesis.engine.run import PhaseName

from .curl import curl_command, mask
from .guard import KEPT_AWAY
from .leniency import Constraints
from .results import LENIENCY_CHECKS, CheckTally, OperationResult, Problem, StatefulSummary
from .safety import Endpoint

# How much of a failing response's body a problem quotes.
BODY_EXCERPT = 300


@dataclass(frozen=True)
class Waiver:
    """A check failure that is schemathesis's mistake, not a disagreement; counted and shown,
    never hidden."""

    check: str
    applies: Callable[[Response], bool]
    reason: str


WAIVERS = (
    Waiver(
        "content_type_conformance",
        lambda response: response.status_code == 204 and not response.content,
        "204 No Content has no body, so no media type; schemathesis applies a Swagger 2.0 "
        "operation's `produces` to every status",
    ),
    Waiver(
        "use_after_free",
        lambda response: response.status_code == 204 and not response.content,
        "a read of a deleted contact, group or payment answers 204 No Content, as the API "
        "documents; use_after_free takes only 404 for gone",
    ),
)


@dataclass(frozen=True)
class Secrets:
    """How to keep the key out of everything we print: its value, header and variable name."""

    key: str | None = field(repr=False)
    header: str
    env_name: str

    def mask(self, text: str) -> str:
        return mask(text, self.key, self.env_name)


class Collector:
    """Accumulates one run; ``handle`` returns a progress line worth printing, if any."""

    def __init__(
        self,
        spec_endpoints: Iterable[Endpoint],
        skipped: dict[str, str],
        secrets: Secrets,
        public_url: Callable[[str], str] = lambda url: url,
        constraints: Constraints | None = None,
    ) -> None:
        self.by_label = {endpoint.label: endpoint for endpoint in spec_endpoints}
        self.operations = {
            endpoint.label: OperationResult(
                endpoint.operation_id, endpoint.label, skipped.get(endpoint.operation_id)
            )
            for endpoint in self.by_label.values()
        }
        self.problems: dict[tuple[str, str, str], Problem] = {}
        self.stateful = StatefulSummary()
        self.waived: dict[str, int] = {}
        self.secrets = secrets
        self.public_url = public_url
        self.constraints = constraints

    def handle(self, event: events.EngineEvent) -> str | None:
        if isinstance(event, events.PhaseStarted) and event.phase.is_enabled:
            return f"phase {event.phase.name.value}"
        if isinstance(event, events.ScenarioFinished) and event.status != Status.SKIP:
            return self._scenario(event)
        if (
            isinstance(event, events.PhaseFinished)
            and event.phase.name == PhaseName.STATEFUL_TESTING
        ):
            summary = self.stateful
            if summary.scenarios:
                return (
                    f"  stateful: {summary.scenarios} sequences, {summary.steps} calls, "
                    f"{len(summary.links)} distinct links followed"
                )
            return None
        if isinstance(event, events.NonFatalError):
            return self._error(event.label, "error", event.info.title, event.info.message)
        if isinstance(event, events.FatalError):
            return self._error("run", "fatal", type(event.exception).__name__, str(event.exception))
        if isinstance(event, events.EngineFinished):
            for failure in event.failures:
                self._error(failure.operation or "run", "after-run", failure.title, failure.message)
        return None

    def _operation_id(self, label: str) -> str:
        endpoint = self.by_label.get(label)
        return endpoint.operation_id if endpoint else label

    def _error(self, label: str, check: str, title: str, message: str) -> str:
        operation_id = self._operation_id(label)
        self._add(Problem(operation_id, check, title, self.secrets.mask(message), None))
        return f"  {check}: {operation_id}: {self.secrets.mask(title)}"

    def _add(self, problem: Problem) -> None:
        key = (problem.operation_id, problem.check, problem.title)
        if key in self.problems:
            self.problems[key].occurrences += 1
        else:
            self.problems[key] = problem

    def _scenario(self, event: events.ScenarioFinished) -> str | None:
        recorder = event.recorder
        answered = {
            case_id
            for case_id, interaction in recorder.interactions.items()
            if interaction.response is not None
            and KEPT_AWAY.lower() not in interaction.response.headers
        }
        failures = 0
        for case_id, node in recorder.cases.items():
            result = self.operations.get(node.value.operation.label)
            if result is None or _kept_away(recorder, case_id):
                continue
            if case_id in answered:
                result.examples += 1
            for check in recorder.checks.get(case_id, []):
                tally = result.checks.setdefault(check.name, CheckTally())
                if check.status == Status.SUCCESS:
                    tally.passed += 1
                elif check.status == Status.FAILURE and self._waived(recorder, case_id, check):
                    continue
                elif check.status == Status.FAILURE and check.failure_info is not None:
                    tally.failed += 1
                    failures += 1
                    self._failure(
                        recorder, case_id, result.operation_id, check.name, check.failure_info
                    )
                elif check.status == Status.ERROR:
                    tally.failed += 1
                    failures += 1
                    self._add(Problem(result.operation_id, check.name, "Check crashed", "", None))
        if event.phase == PhaseName.STATEFUL_TESTING:
            self._stateful(recorder)
            return None
        operation_id = self._operation_id(event.label or "")
        noun = "failure" if failures == 1 else "failures"
        suffix = f", {failures} {noun}" if failures else ""
        return f"  {event.phase.value:<9} {operation_id}: {len(answered)} examples{suffix}"

    def _waived(self, recorder: ScenarioRecorder, case_id: str, check: CheckNode) -> bool:
        failure_case = check.failure_info.failure.case_id if check.failure_info else None
        interaction = recorder.interactions.get(failure_case or case_id)
        response = interaction.response if interaction is not None else None
        for waiver in WAIVERS:
            if waiver.check == check.name and response is not None and waiver.applies(response):
                self.waived[waiver.reason] = self.waived.get(waiver.reason, 0) + 1
                return True
        return False

    def _failure(
        self,
        recorder: ScenarioRecorder,
        case_id: str,
        operation_id: str,
        check: str,
        info: CheckFailureInfo,
    ) -> None:
        failure = info.failure
        failing = failure.case_id if failure.case_id in recorder.cases else case_id
        interaction = recorder.interactions.get(failure.case_id or case_id)
        curl = None
        if interaction is not None:
            request = interaction.request
            curl = curl_command(
                request.method,
                self.public_url(request.uri),
                {name: values[0] for name, values in request.headers.items()},
                request.body,
                key_header=self.secrets.header,
                secret=self.secrets.key,
                env_name=self.secrets.env_name,
            )
        message = str(failure.message)
        if interaction is not None and interaction.response is not None:
            answer = interaction.response
            excerpt = answer.content[:BODY_EXCERPT].decode("utf-8", errors="replace")
            message += f"\nanswered {answer.status_code}: {excerpt}"
        message = self.secrets.mask(message)
        title = self.secrets.mask(failure.title)
        constraint = None
        if check in LENIENCY_CHECKS and self.constraints is not None:
            constraint = self.constraints.describe(recorder.cases[failing].value)
        if constraint is not None:
            title = f"{title}: ignores {self.secrets.mask(constraint)}"
        self._add(Problem(operation_id, check, title, message, curl, constraint=constraint))

    def _stateful(self, recorder: ScenarioRecorder) -> None:
        self.stateful.scenarios += 1
        self.stateful.steps += len(recorder.cases)
        for node in recorder.cases.values():
            if node.transition is None or node.parent_id not in recorder.cases:
                continue
            parent = recorder.cases[node.parent_id].value.operation.label
            link = (self._operation_id(parent), self._operation_id(node.value.operation.label))
            self.stateful.links[link] = self.stateful.links.get(link, 0) + 1

    def results(self) -> tuple[list[OperationResult], list[Problem]]:
        return list(self.operations.values()), list(self.problems.values())


def _kept_away(recorder: ScenarioRecorder, case_id: str) -> bool:
    """Whether the guard answered this case itself: the API never saw it."""
    interaction = recorder.interactions.get(case_id)
    response = interaction.response if interaction is not None else None
    return response is not None and KEPT_AWAY.lower() in response.headers
