"""Stage 1 of the pipeline: read a definition, keeping where everything came from."""

from .document import Document, load_document, parse_document
from .lenient import Repair
from .positions import Position

__all__ = ["Document", "Position", "Repair", "load_document", "parse_document"]
