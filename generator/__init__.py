"""trconnect: one Swagger 2.0 connector definition, generated into everything else.

Layers point one way. At the bottom, ``load`` (a definition read with source
positions), ``model`` (its one typed model and ``$ref`` resolver), ``errors``
and ``project``. Above them, side by side: the generator's stages
(``validate``, ``transform``, ``render``, ``write``, joined by ``pipeline``;
``diff``), the ``sandbox`` and the ``contract`` tests. ``cli`` is on top.
"""

__version__ = "0.1.0"
