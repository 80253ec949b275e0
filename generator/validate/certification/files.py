"""Certification's rules on the files of the package: the readme, the icon, the sizes.

Sources:
- the readme template of certified connectors, microsoft/PowerPlatformConnectors
  ``templates/certified-connectors/readme.md``
  (https://github.com/microsoft/PowerPlatformConnectors/blob/dev/templates/certified-connectors/readme.md)
- the icon: "size is 230x230, icon background is not white or transparent and it matches
  the iconBrandColor property in apiProperties.json" (the certification team's checklist,
  e.g. https://github.com/microsoft/PowerPlatformConnectors/pull/3473), PNG under 1 MB
  (https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-submission)
- an OpenAPI definition of at most 1 MB
  (https://learn.microsoft.com/en-us/connectors/custom-connectors/define-openapi-definition)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from ...load.pointer import child
from ..connector import DEFINITION
from ..registry import Hit, rule
from . import png
from .package import ICON, README, Package

# The template's required sections, in its order: (heading level, how the heading starts,
# what must follow that start in the heading, if anything). "# Title" is the connector's
# name, "## Publisher: Publisher's Name" names the publisher.
README_SECTIONS = (
    (1, "", "<the connector's name>"),
    (2, "Publisher:", " <the publisher's name>"),
    (2, "Prerequisites", ""),
    (2, "Supported Operations", ""),
    (2, "Obtaining Credentials", ""),
    (2, "Known Issues and Limitations", ""),
    (2, "Deployment Instructions", ""),
)
ICON_SIZE = (230, 230)
MAX_BYTES = 1024 * 1024
NEAR_WHITE = 245  # every channel at least this reads as white on a white page
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def _headings(text: str) -> list[tuple[int, str]]:
    found, fenced = [], False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced and (heading := _HEADING.match(line)):
            found.append((len(heading.group(1)), heading.group(2)))
    return found


@rule(
    "readme-missing",
    "error",
    "package",
    title="The folder has a readme.md",
    fix="write readme.md from templates/certified-connectors/readme.md of "
    "microsoft/PowerPlatformConnectors",
)
def readme_missing(package: Package) -> Iterator[Hit]:
    # A submission without a readme is returned; said once, not once per missing section.
    if package.readme is None:
        yield child("", README), f"the folder has no {README}"


@rule(
    "readme-section-missing",
    "warning",
    "package",
    title="readme.md has every section of Microsoft's readme template",
    fix="add the section as in templates/certified-connectors/readme.md of "
    "microsoft/PowerPlatformConnectors: '# Title', '## Publisher: Name', '## Prerequisites', "
    "'## Supported Operations', '## Obtaining Credentials', '## Known Issues and "
    "Limitations', '## Deployment Instructions'",
)
def readme_section_missing(package: Package) -> Iterator[Hit]:
    # A warning: the template's sections are what a readme should hold, and merged certified
    # connectors (56 of 309 in ../shared/connectors) leave some out or name them otherwise.
    if package.readme is None:
        return
    headings = _headings(package.readme)
    for level, start, then in README_SECTIONS:
        if not any(_is_section(heading, level, start, then) for heading in headings):
            yield child("", README), f"{README} has no section '{'#' * level} {start}{then}'"


def _is_section(heading: tuple[int, str], level: int, start: str, then: str) -> bool:
    found, text = heading
    rest = text[len(start) :].strip()
    return found == level and text.lower().startswith(start.lower()) and bool(rest or not then)


@rule(
    "icon-invalid",
    "error",
    "package",
    title="The folder has an icon.png that is a readable PNG",
    fix="save the icon as icon.png, a 230x230 PNG (not interlaced), beside the definition",
)
def icon_invalid(package: Package) -> Iterator[Hit]:
    if package.icon is None:
        yield child("", ICON), f"the folder has no {ICON}"
        return
    try:
        _decoded(package.icon)
    except png.PngError as error:
        yield child("", ICON), f"{ICON} cannot be read: {error}"


@rule(
    "icon-size",
    "error",
    "package",
    title="The icon is 230x230 pixels",
    fix="export the icon at 230x230 pixels, square, without rounded corners",
)
def icon_size(package: Package) -> Iterator[Hit]:
    size = _size(package)
    if size is not None and size != ICON_SIZE:
        yield child("", ICON), f"{ICON} is {size[0]}x{size[1]} pixels, not 230x230"


@rule(
    "icon-background",
    "error",
    "package",
    title="The icon's background is neither white nor transparent",
    fix="fill the icon's background with the brand colour (apiProperties.json iconBrandColor)",
)
def icon_background(package: Package) -> Iterator[Hit]:
    colour = background(package)
    if colour is None:
        return
    if colour[3] < 255:
        yield child("", ICON), f"{ICON}'s background is transparent (alpha {colour[3]})"
    elif min(colour[:3]) >= NEAR_WHITE:
        yield child("", ICON), f"{ICON}'s background is white ({_hex(colour)})"


@rule(
    "icon-brand-color-mismatch",
    "error",
    "package",
    title="The icon's background is the colour apiProperties.json gives as iconBrandColor",
    fix="set iconBrandColor to the icon's background colour, or repaint the background",
)
def icon_brand_color_mismatch(package: Package) -> Iterator[Hit]:
    colour = background(package)
    brand = (package.brand_color or "").lower()
    if colour is None or colour[3] < 255 or not re.fullmatch(r"#[0-9a-f]{6}", brand):
        return  # no readable background, or brand-color-malformed says what is wrong
    if _hex(colour) != brand:
        yield (
            child("", ICON),
            f"{ICON}'s background is {_hex(colour)} but iconBrandColor is {brand}",
        )


@rule(
    "file-too-large",
    "error",
    "package",
    title="The definition and the icon are at most 1 MB each",
    fix="shorten the definition (shared $ref definitions, shorter descriptions) or compress "
    "the icon",
)
def file_too_large(package: Package) -> Iterator[Hit]:
    sizes = {DEFINITION: package.definition_bytes, ICON: len(package.icon or b"")}
    for name, size in sizes.items():
        if size > MAX_BYTES:
            yield child("", name), f"{name} is {size:,} bytes, over the 1 MB ({MAX_BYTES:,}) limit"


def _size(package: Package) -> tuple[int, int] | None:
    try:
        return None if package.icon is None else png.size(package.icon)
    except png.PngError:
        return None  # icon-invalid reports it


def background(package: Package) -> png.RGBA | None:
    """The icon's background: the commonest colour of its outermost ring of pixels."""
    try:
        image = None if package.icon is None else _decoded(package.icon)
    except png.PngError:
        return None
    return None if image is None else Counter(image.border()).most_common(1)[0][0]


@lru_cache(maxsize=4)
def _decoded(data: bytes) -> png.Image:
    """Decoded once per run: three rules look at the same icon."""
    return png.decode(data)


def _hex(colour: png.RGBA) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour[:3])
