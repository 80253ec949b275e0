"""The sandbox's state: one SQLite file in WAL mode, one writer, readers beside it.

Every request runs its reads and writes inside one transaction that commits before the
answer is sent. ``synchronous=FULL`` makes each commit reach the disk (fsync of the WAL),
so an acknowledged write survives a killed process and a power cut. Writes go through one
connection on one thread, which serializes writers without a lock; a read-only connection
reads the last commit beside it (WAL), so a long write never holds up a read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, external_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS api_keys (
    key_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE);
CREATE TABLE IF NOT EXISTS dashboards (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL, phone TEXT NOT NULL UNIQUE, created_utc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS contacts (
    id INTEGER PRIMARY KEY,
    dashboard_id INTEGER NOT NULL REFERENCES dashboards(id) ON DELETE CASCADE,
    phone_number TEXT NOT NULL,
    first_name TEXT, last_name TEXT, display_name TEXT,
    is_suppressed INTEGER NOT NULL DEFAULT 0, is_archived INTEGER NOT NULL DEFAULT 0,
    is_blocked INTEGER NOT NULL DEFAULT 0, suppressed_reason TEXT, note TEXT,
    is_resolved INTEGER NOT NULL DEFAULT 0,
    first_contact_utc TEXT, opted_out_utc TEXT, last_msg_sent_utc TEXT,
    last_msg_received_utc TEXT, total_msgs_sent INTEGER NOT NULL DEFAULT 0,
    total_msgs_received INTEGER NOT NULL DEFAULT 0, response_count INTEGER NOT NULL DEFAULT 0,
    date_created_utc TEXT NOT NULL, last_contact_date_utc TEXT,
    UNIQUE (dashboard_id, phone_number));
CREATE TABLE IF NOT EXISTS groups (
    id INTEGER PRIMARY KEY,
    dashboard_id INTEGER NOT NULL REFERENCES dashboards(id) ON DELETE CASCADE,
    name TEXT NOT NULL, notes TEXT, is_keyword INTEGER NOT NULL DEFAULT 0,
    last_message_sent_utc TEXT);
CREATE TABLE IF NOT EXISTS tags (
    id TEXT PRIMARY KEY,
    dashboard_id INTEGER NOT NULL REFERENCES dashboards(id) ON DELETE CASCADE,
    tag TEXT NOT NULL, tag_color TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS custom_fields (
    id TEXT PRIMARY KEY,
    dashboard_id INTEGER NOT NULL REFERENCES dashboards(id) ON DELETE CASCADE,
    name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS contact_groups (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, group_id));
CREATE TABLE IF NOT EXISTS contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id));
CREATE TABLE IF NOT EXISTS contact_fields (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    field_id TEXT NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
    value TEXT,
    PRIMARY KEY (contact_id, field_id));
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    body TEXT, direction TEXT NOT NULL, response_by_username TEXT,
    timestamp_utc TEXT NOT NULL, delivery_status TEXT NOT NULL, delivery_error TEXT,
    mms_media TEXT NOT NULL DEFAULT '[]');
CREATE INDEX IF NOT EXISTS messages_by_contact ON messages (contact_id, id);
CREATE TABLE IF NOT EXISTS payments (
    id INTEGER PRIMARY KEY,
    dashboard_id INTEGER NOT NULL REFERENCES dashboards(id) ON DELETE CASCADE,
    request_date TEXT NOT NULL, description TEXT, customer_phone TEXT NOT NULL,
    amount_requested REAL NOT NULL, message TEXT, reference_number TEXT,
    reminder_was_sent INTEGER NOT NULL DEFAULT 0,
    transaction_status TEXT NOT NULL, textrequest_payment_status TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS hooks (
    id INTEGER PRIMARY KEY,
    dashboard_id INTEGER NOT NULL REFERENCES dashboards(id) ON DELETE CASCADE,
    target_url TEXT NOT NULL, event TEXT NOT NULL, http_verb TEXT NOT NULL,
    created_utc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS deliveries (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL, hook_id INTEGER NOT NULL, dashboard_id INTEGER NOT NULL,
    target_url TEXT NOT NULL, event TEXT NOT NULL, payload TEXT NOT NULL,
    state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS delivery_attempts (
    id INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL, at_utc TEXT NOT NULL, status_code INTEGER, error TEXT);
"""


class Database:
    """One SQLite connection with the pragmas and the transaction discipline above."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.connection.row_factory = sqlite3.Row
        for pragma in (
            "journal_mode=WAL",
            "synchronous=FULL",
            "foreign_keys=ON",
            "busy_timeout=5000",
        ):
            self.connection.execute(f"PRAGMA {pragma}")
        # A reader takes no write lock (a deferred BEGIN), and a write through it is an error.
        self.begin = "BEGIN" if read_only else "BEGIN IMMEDIATE"
        if read_only:
            self.connection.execute("PRAGMA query_only=ON")
        else:
            self.connection.executescript(SCHEMA)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: commit when the block ends, roll back when it raises."""
        self.connection.execute(self.begin)
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.connection.execute(sql, params)

    def all(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return self.connection.execute(sql, params).fetchall()

    def one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        return self.connection.execute(sql, params).fetchone()

    def row(self, sql: str, params: Any = ()) -> sqlite3.Row:
        """The one row the query must find (a row this request just wrote or checked)."""
        found = self.one(sql, params)
        if found is None:
            raise LookupError(f"no row for {sql!r}")
        return found

    def value(self, sql: str, params: Any = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    def close(self) -> None:
        self.connection.close()


def remove_database(path: Path | str) -> None:
    """Delete the database file and its WAL companions (for ``--reset``)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
