"""Just enough PNG reading to judge a connector icon: its size and the colours of its pixels.

The project has no imaging dependency, and an icon check needs only the header and the
decoded pixels, so this reads the format itself (PNG specification, W3C:
https://www.w3.org/TR/png/): the IHDR chunk, the palette and its transparency (PLTE,
tRNS), the zlib stream of the IDAT chunks and the five scanline filters. Interlaced
(Adam7) images are refused with a message rather than decoded; icons are rarely saved so.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Samples per pixel of each colour type: grey, RGB, palette index, grey+alpha, RGBA.
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
RGBA = tuple[int, int, int, int]


class PngError(ValueError):
    """The bytes are not a PNG this module can read; the message says why."""


@dataclass(frozen=True)
class Image:
    """A decoded image: ``pixels[y][x]`` is an (r, g, b, a) tuple of 0-255 values."""

    width: int
    height: int
    pixels: list[list[RGBA]]

    def border(self) -> list[RGBA]:
        """The outermost ring of pixels, where an icon's background shows."""
        top, bottom = self.pixels[0], self.pixels[-1]
        sides = [row[0] for row in self.pixels[1:-1]] + [row[-1] for row in self.pixels[1:-1]]
        return [*top, *bottom, *sides]


@dataclass(frozen=True)
class _Header:
    width: int
    height: int
    depth: int
    colour: int
    interlace: int


def size(data: bytes) -> tuple[int, int]:
    """(width, height) from the header alone."""
    header = _header(_chunks(data))
    return header.width, header.height


def decode(data: bytes) -> Image:
    """Every pixel of a non-interlaced PNG of any colour type and bit depth."""
    chunks = _chunks(data)
    header = _header(chunks)
    if header.interlace:
        raise PngError("the PNG is interlaced (Adam7); save it without interlacing")
    raw = b"".join(body for kind, body in chunks if kind == b"IDAT")
    try:
        stream = zlib.decompress(raw)
    except zlib.error as error:
        raise PngError(f"the image data does not decompress: {error}") from None
    rows = _unfilter(stream, header)
    palette = _palette(chunks) if header.colour == 3 else []
    pixels = [_pixels(row, header, palette, _transparent(chunks, header)) for row in rows]
    return Image(header.width, header.height, pixels)


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    if not data.startswith(SIGNATURE):
        raise PngError("the file does not start with the PNG signature")
    chunks, offset = [], len(SIGNATURE)
    while offset + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        body = data[offset + 8 : offset + 8 + length]
        if len(body) != length:
            raise PngError(f"the {kind.decode('latin-1')} chunk is cut short")
        chunks.append((kind, body))
        offset += 12 + length
        if kind == b"IEND":
            break
    return chunks


def _header(chunks: list[tuple[bytes, bytes]]) -> _Header:
    if not chunks or chunks[0][0] != b"IHDR" or len(chunks[0][1]) != 13:
        raise PngError("the PNG has no IHDR header first")
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    if colour not in CHANNELS or depth not in (1, 2, 4, 8, 16) or not width or not height:
        raise PngError(f"unsupported PNG: colour type {colour}, bit depth {depth}")
    return _Header(width, height, depth, colour, interlace)


def _unfilter(stream: bytes, header: _Header) -> list[bytes]:
    """The scanlines with the filter of each undone (PNG specification, section 7.3)."""
    bits = CHANNELS[header.colour] * header.depth
    stride, step = (header.width * bits + 7) // 8, max(1, bits // 8)
    if len(stream) < header.height * (stride + 1):
        raise PngError("the image data is shorter than the header says")
    rows, previous = [], bytes(stride)
    for y in range(header.height):
        start = y * (stride + 1)
        kind, line = stream[start], bytearray(stream[start + 1 : start + 1 + stride])
        for i in range(stride if kind else 0):
            left = line[i - step] if i >= step else 0
            up = previous[i]
            corner = previous[i - step] if i >= step else 0
            line[i] = (line[i] + _predict(kind, left, up, corner)) & 0xFF
        rows.append(bytes(line))
        previous = rows[-1]
    return rows


def _predict(kind: int, left: int, up: int, corner: int) -> int:
    if kind == 0:
        return 0
    if kind == 1:
        return left
    if kind == 2:
        return up
    if kind == 3:
        return (left + up) // 2
    if kind == 4:
        guess = left + up - corner
        near = min((abs(guess - left), 0, left), (abs(guess - up), 1, up))
        return min(near, (abs(guess - corner), 2, corner))[2]
    raise PngError(f"unknown scanline filter {kind}")


def _samples(row: bytes, header: _Header) -> list[int]:
    """The row's samples scaled to 0-255 (palette indices stay indices)."""
    if header.depth == 16:
        return list(row[0::2])
    if header.depth == 8:
        return list(row)
    per_byte, mask = 8 // header.depth, (1 << header.depth) - 1
    values = [
        (byte >> (8 - header.depth * (k + 1))) & mask for byte in row for k in range(per_byte)
    ]
    scale = 1 if header.colour == 3 else 255 // mask
    return [value * scale for value in values]


def _pixels(row: bytes, header: _Header, palette: list[RGBA], clear: tuple | None) -> list[RGBA]:
    samples = _samples(row, header)
    channels = CHANNELS[header.colour]
    found = []
    for x in range(header.width):
        s = samples[x * channels : (x + 1) * channels]
        if header.colour == 3:
            found.append(palette[s[0]] if s[0] < len(palette) else (0, 0, 0, 255))
        elif header.colour in (0, 4):
            alpha = s[1] if header.colour == 4 else (0 if clear == (s[0],) else 255)
            found.append((s[0], s[0], s[0], alpha))
        else:
            alpha = s[3] if header.colour == 6 else (0 if clear == tuple(s) else 255)
            found.append((s[0], s[1], s[2], alpha))
    return found


def _palette(chunks: list[tuple[bytes, bytes]]) -> list[RGBA]:
    plte = next((body for kind, body in chunks if kind == b"PLTE"), b"")
    alphas = next((body for kind, body in chunks if kind == b"tRNS"), b"")
    colours = [tuple(plte[i : i + 3]) for i in range(0, len(plte) - 2, 3)]
    return [(r, g, b, alphas[i] if i < len(alphas) else 255) for i, (r, g, b) in enumerate(colours)]


def _transparent(chunks: list[tuple[bytes, bytes]], header: _Header) -> tuple | None:
    """The one colour a grey or RGB image marks as transparent (tRNS), scaled to 0-255."""
    if header.colour not in (0, 2):
        return None
    body = next((body for kind, body in chunks if kind == b"tRNS"), None)
    if body is None:
        return None
    values = struct.unpack(f">{len(body) // 2}H", body)
    if header.depth == 16:
        return tuple(value >> 8 for value in values)
    return tuple(value * (255 // ((1 << header.depth) - 1)) for value in values)
