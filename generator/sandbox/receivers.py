"""Where hooks may deliver: only to the receivers the sandbox was started with.

Whoever holds an API key chooses a hook's URL. Were any URL allowed, the sandbox would
POST wherever it says: to any service on the machine, to its own ``/_sandbox`` endpoints
(where one inbound text fans out into more), or with ``user:password@`` in the URL sent
on as a Basic header. So the operator names each receiver as ``HOST:PORT``
(``--hook-host``); a target must be http or https to one of them, carry no credentials,
and not be the sandbox itself. A hook is checked when it is registered (a 400 that says
why) and again before each delivery, since the names may differ after a restart.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

from ..errors import InputError

Address = tuple[str, int]
OPTION = "--hook-host"
DEFAULT_PORTS = {"http": 80, "https": 443}
LOCAL_NAMES = {"localhost", "localhost.localdomain"}


def parse_receiver(entry: str) -> Address:
    """``HOST:PORT`` (``[::1]:8080`` for IPv6) as a lower-case host and a port."""
    hint = f"name each receiver as HOST:PORT, e.g. {OPTION} 127.0.0.1:8080"
    try:
        parts = urlsplit(f"//{entry}")
        host, port = parts.hostname, parts.port
    except ValueError:
        host = port = None
    if not host or not port or parts.netloc != entry or "@" in entry:
        raise InputError(OPTION, f"{entry!r} is not HOST:PORT", hint=hint)
    return host.lower(), port


def show(address: Address) -> str:
    host, port = address
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class Receivers:
    """The named receivers and the sandbox's own address (None when it listens nowhere)."""

    def __init__(self, entries: Iterable[str], own: Address | None = None) -> None:
        self.named = frozenset(parse_receiver(entry) for entry in entries)
        self.own = own
        for address in sorted(self.named):
            if self.is_self(*address):
                message = f"{show(address)} is the sandbox itself; hooks may not POST to it"
                raise InputError(OPTION, message, hint="name the receiver's own address")

    def refusal(self, url: str) -> str | None:
        """Why a hook may not POST to ``url``, or None when it may. Never repeats the URL,
        which may hold credentials."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            return "must be an http or https URL with a valid port"
        if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
            return "must be an absolute http or https URL"
        if parts.username is not None or parts.password is not None or "@" in parts.netloc:
            return (
                "must not carry a user name or password (user:password@host): the sandbox "
                "would send them on as a Basic header"
            )
        address = (parts.hostname.lower(), port or DEFAULT_PORTS[parts.scheme])
        if self.is_self(*address):
            return f"{show(address)} is the sandbox itself; hooks may not POST to it"
        if address not in self.named:
            return self._not_named(address)
        return None

    def is_self(self, host: str, port: int) -> bool:
        """Whether ``host:port`` reaches the sandbox's own listening socket."""
        if self.own is None or port != self.own[1]:
            return False
        own_host = self.own[0]
        return _is_local(host) or host == own_host or _unspecified(own_host)

    def _not_named(self, address: Address) -> str:
        named = ", ".join(show(a) for a in sorted(self.named)) or "none"
        return (
            f"{show(address)} is not a receiver this sandbox delivers to (named: {named}); "
            f"start it with {OPTION} {show(address)}"
        )


def _is_local(host: str) -> bool:
    """Loopback, or the unspecified address (which reaches this machine)."""
    if host in LOCAL_NAMES:
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified


def _unspecified(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return False
