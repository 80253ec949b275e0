"""The one Jinja setup of every text the generator renders (readme, diff reports).

Definition text reaches a template's output only through the escapers of ``escape``,
registered here as filters; ``autoescape`` is off because the outputs are Markdown and
plain text, not HTML.
"""

from __future__ import annotations

import jinja2

from .escape import FILTERS


def environment(package: str) -> jinja2.Environment:
    """Templates from ``package``'s ``templates/`` folder; a missing variable is an error."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters.update(FILTERS)
    return env
