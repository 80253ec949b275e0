"""Sample data for ``--demo-data``: one dashboard with tags, a field, a group, contacts
and a short conversation, so a fresh sandbox has something to list."""

from __future__ import annotations

import uuid

from . import texting
from .clock import now_utc
from .config import SandboxConfig
from .context import Context
from .handlers.contacts import upsert
from .store import Database

DASHBOARD = {"name": "Demo store", "phone": "4235550123"}
TAGS = (("VIP", "#d4a017"), ("New lead", "#2e8b57"))
FIELD = "Customer number"
CONTACTS = (
    ("4239876543", "Ada", "Lovelace"),
    ("4239876544", "Grace", "Hopper"),
)


def seed(db: Database, config: SandboxConfig, account_id: int) -> bool:
    """Add the sample data unless the account already has a dashboard; True if added."""
    with db.transaction():
        if db.value("SELECT 1 FROM dashboards WHERE account_id = ?", (account_id,)):
            return False
        ctx = Context(db, account_id, {}, None, config)
        cursor = db.execute(
            "INSERT INTO dashboards (account_id, name, phone, created_utc) VALUES (?, ?, ?, ?)",
            (account_id, DASHBOARD["name"], DASHBOARD["phone"], now_utc()),
        )
        dashboard_id = int(cursor.lastrowid or 0)
        tags = [str(uuid.uuid4()) for _ in TAGS]
        for tag_id, (name, color) in zip(tags, TAGS, strict=True):
            db.execute("INSERT INTO tags VALUES (?, ?, ?, ?)", (tag_id, dashboard_id, name, color))
        field_id = str(uuid.uuid4())
        db.execute("INSERT INTO custom_fields VALUES (?, ?, ?)", (field_id, dashboard_id, FIELD))
        group = db.execute(
            "INSERT INTO groups (dashboard_id, name, notes) VALUES (?, 'Newsletter', NULL)",
            (dashboard_id,),
        ).lastrowid
        for number, (phone, first, last) in enumerate(CONTACTS):
            data = {
                "first_name": first,
                "last_name": last,
                "groups": [group],
                "contact_tags": [tags[number]],
                "custom_fields": [{"id": field_id, "value": f"C-{1000 + number}"}],
            }
            upsert(ctx, dashboard_id, phone, data)
        dashboard = db.row("SELECT * FROM dashboards WHERE id = ?", (dashboard_id,))
        texting.send(ctx, dashboard, CONTACTS[0][0], "Hi Ada, your order is ready.")
        texting.receive(ctx, dashboard, CONTACTS[0][0], "Thanks, I'll pick it up at 5.", [])
    return True
