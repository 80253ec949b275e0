"""The validator's rules, one module per area; importing this package registers them all."""

from . import (  # noqa: F401 - imported for their registrations
    api_properties,
    dynamic,
    metadata,
    operations,
    parameters,
    paths,
    refs,
    schemas,
    settings,
    triggers,
)
