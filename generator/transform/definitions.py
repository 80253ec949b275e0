"""The names definitions get as component schemas, so that each becomes a class of its own.

openapi-python-client names a component's class by its ``title`` when it has
one, else by its name, and writes it to a file of that name. A definition name
too long for a file is shortened (with a hash of the whole, so it stays
unique), and one that differs from an earlier one only in case or punctuation (``Pet``,
``PET``: one file on a case-insensitive disk, one class key) gets a number; two
definitions that would give the same class (``Sort Order`` twice, with different values)
lose their titles and are named by their keys instead.
"""

from __future__ import annotations

from typing import Any

from .context import Context, child
from .names import class_key, shortened


def schema_names(ctx: Context) -> dict[str, str]:
    """Definition name -> component name, for the names that must change."""
    renamed: dict[str, str] = {}
    taken = set(ctx.definitions())
    classes: set[str] = set()  # Pet, pet and PET are one module file: pet.py
    for name in ctx.definitions():
        short = shortened(name)
        if short == name and class_key(name) not in classes:
            classes.add(class_key(name))
            continue
        candidate, number = short, 1
        while candidate in taken or class_key(candidate) in classes:
            number += 1
            candidate = f"{short}{number}"
        taken.add(candidate)
        classes.add(class_key(candidate))
        renamed[name] = candidate
        why = "is too long for a file" if short != name else "differs from another only in case"
        ctx.warn(child("/definitions", name), f"the name {why}; it is {candidate!r}")
    return renamed


def untitle_clashes(schemas: dict[str, Any], ctx: Context) -> None:
    """Drop the titles that would make two component schemas one class (keys stay apart)."""
    by_class: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        title = schema.get("title")
        by_class.setdefault(class_key(title if isinstance(title, str) else name), []).append(name)
    sources = {ctx.schema_names.get(name, name): name for name in ctx.definitions()}
    for names in by_class.values():
        titled = [name for name in names if isinstance(schemas[name].get("title"), str)]
        if len(names) < 2 or not titled:
            continue
        for name in titled:
            title = schemas[name].pop("title")
            schemas[name].setdefault("description", title)
            ctx.warn(
                child("/definitions", sources.get(name, name), "title"),
                f"title {title!r} would name {len(names)} classes; the class is named {name!r}",
            )
