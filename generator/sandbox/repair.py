"""At start-up, find stored values no answer could carry, and repair them.

Input checks keep such values out now, but a database written by an older sandbox (or by
hand) may hold them: an infinite REAL (``1e400`` was once stored as a payment amount;
JSON has no infinity, so every answer holding it failed) or text that is not UTF-8 (which
no read can decode). Left alone, each would answer 500 on every read, restart after
restart. Each is rewritten to the nearest value that can be served and reported.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from .store import Database


def repair_unservable(db: Database) -> list[str]:
    """Repair every unservable value in ``db`` (one transaction); one report line each."""
    reports = []
    with db.transaction():
        for table, column, not_null in _columns(db):
            reports += _repair_numbers(db, table, column, not_null)
            reports += _repair_text(db, table, column)
    return reports


def _columns(db: Database) -> Iterator[tuple[str, str, bool]]:
    tables = db.all("SELECT name FROM sqlite_master WHERE type = 'table'")
    for (table,) in tables:
        for info in db.all(f'PRAGMA table_info("{table}")'):
            yield table, info["name"], bool(info["notnull"])


def _repair_numbers(db: Database, table: str, column: str, not_null: bool) -> list[str]:
    rows = db.all(f'SELECT rowid, "{column}" FROM "{table}" WHERE typeof("{column}") = \'real\'')
    reports = []
    for rowid, value in rows:
        if math.isfinite(value):
            continue
        replacement = 0.0 if not_null else None
        db.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (replacement, rowid))
        reports.append(
            f"{table} row {rowid}: {column} was {value}, which JSON cannot carry; "
            f"set to {replacement}"
        )
    return reports


def _repair_text(db: Database, table: str, column: str) -> list[str]:
    rows = db.all(
        f'SELECT rowid, CAST("{column}" AS BLOB) FROM "{table}" WHERE typeof("{column}") = \'text\''
    )
    reports = []
    for rowid, raw in rows:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            fixed = raw.decode("utf-8", errors="replace")
            db.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (fixed, rowid))
            reports.append(
                f"{table} row {rowid}: {column} was not UTF-8; the bad bytes became U+FFFD"
            )
    return reports
