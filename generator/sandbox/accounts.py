"""Accounts and their API keys. Keys are stored as SHA-256 digests, never as text.

The one exception is the demo key, kept in ``meta`` because its whole purpose is to
be shown to the developer who starts the sandbox; it opens only the demo account.
"""

from __future__ import annotations

import hashlib
import secrets

from .store import Database

DEMO_ACCOUNT = "Demo account"


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def new_key() -> str:
    return "sbx_" + secrets.token_urlsafe(24)


def create_account(db: Database, name: str, key: str | None = None) -> tuple[int, str]:
    """A new account and a key for it (call inside a transaction)."""
    key = key or new_key()
    cursor = db.execute(
        "INSERT INTO accounts (name, external_id) VALUES (?, ?)", (name, secrets.token_hex(8))
    )
    account_id = int(cursor.lastrowid or 0)
    db.execute("INSERT INTO api_keys VALUES (?, ?)", (digest(key), account_id))
    return account_id, key


def account_for_key(db: Database, key: str) -> int | None:
    return db.value("SELECT account_id FROM api_keys WHERE key_hash = ?", (digest(key),))


def ensure_demo_account(db: Database, wanted_key: str | None) -> str:
    """The demo key, creating the demo account on first start; ``wanted_key`` pins it."""
    with db.transaction():
        current = db.value("SELECT value FROM meta WHERE key = 'demo_key'")
        if current is None:
            _, current = create_account(db, DEMO_ACCOUNT, wanted_key)
        elif wanted_key and wanted_key != current:
            account_id = account_for_key(db, current)
            db.execute(
                "INSERT OR IGNORE INTO api_keys (key_hash, account_id) VALUES (?, ?)",
                (digest(wanted_key), account_id),
            )
            current = wanted_key
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('demo_key', ?)", (current,))
    return current
