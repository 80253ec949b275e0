"""The folder-to-package map that pyproject.toml cannot compute: generator/ installs as
``trconnect`` (a name of its own in site-packages), overrides/client/ as
``trconnect.client_overrides``. Everything else is in pyproject.toml."""

from setuptools import find_namespace_packages, find_packages, setup

TOOL = "trconnect"
CLIENT_OVERRIDES = f"{TOOL}.client_overrides"

packages = [TOOL] + [f"{TOOL}.{name}" for name in find_packages("generator")]
packages += [CLIENT_OVERRIDES] + [
    f"{CLIENT_OVERRIDES}.{name}" for name in find_namespace_packages("overrides/client")
]
setup(
    packages=packages,
    package_dir={TOOL: "generator", CLIENT_OVERRIDES: "overrides/client"},
)
