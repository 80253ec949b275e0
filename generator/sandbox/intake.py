"""Reading a request body without trusting its size or its pace: one rule for every endpoint."""

from __future__ import annotations

import asyncio

from starlette.requests import Request

from .errors import PayloadTooLarge, RequestTimeout


async def read_limited(request: Request, limit: int, seconds: float) -> bytes:
    """The body, refused with 413 as soon as it exceeds ``limit`` bytes, and with 408 when
    it has not all arrived ``seconds`` after reading began (a client trickling it in would
    otherwise hold a connection and a request for as long as it likes)."""
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the request body exceeds {limit} bytes", "body")
    chunks, size = [], 0
    try:
        async with asyncio.timeout(seconds):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise PayloadTooLarge(f"the request body exceeds {limit} bytes", "body")
                chunks.append(chunk)
    except TimeoutError:
        message = f"the request body did not arrive within {seconds:g} s"
        raise RequestTimeout(message, "body") from None
    return b"".join(chunks)
