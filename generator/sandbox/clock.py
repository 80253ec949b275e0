"""Timestamps as the API writes them: UTC, ISO 8601, fixed width so text order is time order."""

from __future__ import annotations

from datetime import UTC, datetime

FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def now_utc() -> str:
    return datetime.now(UTC).strftime(FORMAT)


def normalize(text: str) -> str:
    """A date-time query value in the stored form; naive values are taken as UTC."""
    moment = datetime.fromisoformat(text.upper())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(FORMAT)


def age_days(stamp: str) -> float:
    then = datetime.strptime(stamp, FORMAT).replace(tzinfo=UTC)
    return (datetime.now(UTC) - then).total_seconds() / 86400
