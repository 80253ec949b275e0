"""Reading a request body without trusting its size: one limit for every endpoint."""

from __future__ import annotations

from starlette.requests import Request

from .errors import PayloadTooLarge


async def read_limited(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it exceeds ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the request body exceeds {limit} bytes", "body")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"the request body exceeds {limit} bytes", "body")
        chunks.append(chunk)
    return b"".join(chunks)
