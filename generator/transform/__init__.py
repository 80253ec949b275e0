"""Stage 3 of the pipeline: reshape a definition for a renderer (OpenAPI 3.0 for the client)."""

from .context import ConversionWarning
from .openapi3 import Conversion, to_openapi3

__all__ = ["Conversion", "ConversionWarning", "to_openapi3"]
