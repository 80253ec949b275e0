"""PNG bytes for icon tests, written the plain way (zlib and the five scanline filters)."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

Pixel = tuple[int, ...]
COLOUR_TYPES = {3: 2, 4: 6}  # samples per pixel -> PNG colour type (RGB, RGBA)


def _chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def _filtered(kind: int, line: bytes, previous: bytes, step: int) -> bytes:
    if kind == 0:
        return line
    out = bytearray()
    for i, value in enumerate(line):
        left = line[i - step] if i >= step else 0
        up, corner = previous[i], previous[i - step] if i >= step else 0
        guess = left + up - corner
        paeth = min((abs(guess - left), 0, left), (abs(guess - up), 1, up))
        paeth = min(paeth, (abs(guess - corner), 2, corner))[2]
        predicted = (0, left, up, (left + up) // 2, paeth)[kind]
        out.append((value - predicted) & 0xFF)
    return bytes(out)


def png(width: int, height: int, pixel: Callable[[int, int], Pixel], filters: int = 0) -> bytes:
    """An 8-bit RGB or RGBA PNG; row y uses filter ``(filters + y) % 5`` when filters > 0."""
    channels = len(pixel(0, 0))
    rows, previous = [], bytes(width * channels)
    for y in range(height):
        line = bytes(value for x in range(width) for value in pixel(x, y))
        kind = (filters + y) % 5 if filters else 0
        rows.append(bytes([kind]) + _filtered(kind, line, previous, channels))
        previous = line
    header = struct.pack(">IIBBBBB", width, height, 8, COLOUR_TYPES[channels], 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + _chunk(b"IEND", b"")
    )


def icon(background: Pixel, size: int = 230, mark: Pixel = (255, 255, 255)) -> bytes:
    """A square icon: ``background`` with a centred square ``mark`` a third of its size."""
    mark = (*mark, 255)[: len(background)]
    third = size // 3
    inside = range(third, size - third)
    return png(size, size, lambda x, y: mark if x in inside and y in inside else background)
