"""Arguments named like the client's own keywords, renamed before the methods are made.

Every method also takes ``timeout``, ``extra_headers`` and ``extra_query``; a parameter
the definition names so would make the method's signature a duplicate argument, and the
client unimportable. Such a parameter's argument is named ``<name>_<location>``
(``timeout_query``), as openapi-python-client names its own clashes; what is sent on the
wire keeps the definition's name. Each rename is a warning of the client report.
"""

from __future__ import annotations

from collections.abc import Callable

from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.schema.untrusted_string import UntrustedString

from .client_report import ClientWarning
from .client_signatures import RESERVED_KEYWORDS, text


def rename_reserved(
    data: GeneratorData,
    config: Config,
    pointer_of: Callable[[Endpoint], str],
    warnings: list[ClientWarning],
) -> None:
    """Rename, in place, every parameter argument that is one of the client's own keywords."""
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            taken = {str(prop.python_name) for _, prop in endpoint.iter_all_parameters()}
            for location, prop in endpoint.iter_all_parameters():
                old = str(prop.python_name)
                if old not in RESERVED_KEYWORDS:
                    continue
                new = f"{old}_{location.value}"
                while new in taken:
                    new += "_"
                prop.set_python_name(new_name=UntrustedString(new), config=config)
                taken.add(new)
                if location.value == "path":
                    path = text(endpoint.path).replace("{" + old + "}", "{" + new + "}")
                    endpoint.path = UntrustedString(path)
                message = (
                    f"the {location.value} parameter {text(prop.name)!r} is the argument "
                    f"{new!r}: {old!r} is an argument of every method"
                )
                warnings.append(ClientWarning(pointer_of(endpoint), message))
