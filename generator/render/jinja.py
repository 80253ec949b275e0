"""The one Jinja setup of every text the generator renders (readme, diff reports)."""

from __future__ import annotations

import jinja2


def environment(package: str) -> jinja2.Environment:
    """Templates from ``package``'s ``templates/`` folder; a missing variable is an error."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
