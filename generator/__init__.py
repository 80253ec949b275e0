"""Text Request connector generator.

A pipeline over one Swagger 2.0 connector definition: ``load`` reads it with
source positions, ``validate`` checks it the way Power Platform certification
does, ``transform`` reshapes it (OpenAPI 3.0 for the client, normalized JSON for
the connector), ``render`` produces files, and ``write`` puts them in place
atomically.
"""

__version__ = "0.1.0"
