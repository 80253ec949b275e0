"""The validator's rules, one module per area; importing this package registers them all."""

from . import (  # noqa: F401 - imported for their registrations
    annotations,
    api_properties,
    dynamic,
    invoked,
    lengths,
    media,
    metadata,
    names,
    operations,
    package,
    parameters,
    paths,
    refs,
    schemas,
    settings,
    triggers,
    values,
)
