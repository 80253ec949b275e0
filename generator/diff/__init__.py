"""Breaking-change report between two versions of a Swagger 2.0 connector definition.

``diff_definitions(old, new)`` compares two :class:`~trconnect.model.Definition`
and returns :class:`Change` records; ``load_side`` reads a file or ``git:REF``;
``render`` writes the report for people, as JSON or as markdown.
"""

from .changes import KINDS, Change
from .compare import diff_definitions
from .render import FORMATS, render
from .source import load_side, load_text

__all__ = ["FORMATS", "KINDS", "Change", "diff_definitions", "load_side", "load_text", "render"]
