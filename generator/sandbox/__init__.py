"""A local, stateful sandbox of the Text Request API, driven by ``spec/textrequest.yaml``.

``python -m sandbox`` serves it; :class:`sandbox.testing.SandboxServer` starts one for
tests; ``python -m sandbox.demo`` shows the whole loop through the generated client.
"""

from .app import create_app
from .config import SandboxConfig

__all__ = ["SandboxConfig", "create_app"]
