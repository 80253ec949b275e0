"""A local, stateful sandbox of the Text Request API, driven by ``spec/textrequest.yaml``.

``python -m trconnect.sandbox`` (``trconnect sandbox``) serves it;
:class:`trconnect.sandbox.testing.SandboxServer` starts one for tests. It reads the
definition only through ``trconnect.model`` and imports nothing of the contract tests.
"""

from .app import create_app
from .config import SandboxConfig

__all__ = ["SandboxConfig", "create_app"]
