"""Fetch URLs safely: one httpx client, an SSRF guard on every hop, a size cap while streaming.

:class:`Fetcher` never raises for network problems: :meth:`Fetcher.fetch` returns a
:class:`Fetched` whose ``code`` is the issue code (W003, W006, W010, W011, W012, W014) when
the fetch failed, with a human ``detail``.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from ..config import Settings

__all__ = ["Fetched", "Fetcher", "check_url", "outlet_from_url", "utc_now", "http_date_iso"]

LOGGER = logging.getLogger(__name__)

ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)

#: Content types whose body khabar reads; anything else is W006 and is not downloaded.
TEXT_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/json",
    "application/x-ndjson",
    "application/octet-stream",  # mislabelled servers; sniffed after download
)


class _Refused(Exception):
    """Raised from the request hook when a hop goes to a refused address."""


@dataclass
class Fetched:
    """The outcome of one fetch: bytes and headers, or an issue code with a detail."""

    url: str  # the URL asked for
    final_url: str | None = None  # after redirects
    data: bytes | None = None
    content_type: str | None = None  # header value, parameters included
    http_date: str | None = None  # Last-Modified, else Date, as ISO 8601 when parseable
    fetched_at: str | None = None
    status: int | None = None
    code: str | None = None  # issue code when the fetch failed
    detail: str = ""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.code is None and self.data is not None


def utc_now() -> str:
    """The current UTC time as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date_iso(value: str | None) -> str | None:
    """An HTTP date header as ISO 8601 UTC; the raw value if unparseable; None if absent."""
    if not value:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return value.strip() or None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def outlet_from_url(url: str | None) -> str | None:
    """The host of a URL without ``www.``, lowercased; None when there is none."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _bad_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
        or not ip.is_global
    )


def check_url(url: str, allow_private: bool) -> str | None:
    """Why ``url`` must not be fetched, or None when it may be.

    Only http(s) URLs with a host are fetched; unless ``allow_private``, every address the
    host resolves to must be a public one (no loopback, private, link-local or reserved).
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port
    except ValueError as exc:
        return f"malformed URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"scheme {parts.scheme or '(none)'!r} is not http or https"
    if not host:
        return "the URL has no host"
    if allow_private:
        return None
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        return f"{host} is a non-public address" if _bad_address(literal) else None
    try:
        _public_addresses(host, port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError, OSError):
        return None  # unresolvable: let the fetch fail with W010 and its own message
    except _Refused as exc:
        return str(exc)
    return None


def _public_addresses(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to; :class:`_Refused` if any of them is not public.
    Resolution errors (``socket.gaierror``, ``UnicodeError``) propagate."""
    addrs: list[str] = []
    for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP):
        addr = str(info[4][0])
        try:
            ip = ipaddress.ip_address(addr.split("%", 1)[0])
        except ValueError:
            continue
        if _bad_address(ip):
            raise _Refused(f"{host} resolves to the non-public address {addr}")
        addrs.append(addr)
    return list(dict.fromkeys(addrs))


class _CheckedBackend(httpcore.NetworkBackend):
    """Connects only to addresses it has just checked: the host is resolved here, every address is
    checked, and the socket goes to one of those addresses. A DNS answer that changes between
    :func:`check_url` and the connection (DNS rebinding) cannot lead to a private address."""

    def __init__(self) -> None:
        self._base = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        try:
            addrs = _public_addresses(host, port)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"{host}: {exc}") from exc
        if not addrs:
            raise httpcore.ConnectError(f"{host}: no address")
        error: Exception | None = None
        for addr in addrs:
            try:
                return self._base.connect_tcp(addr, port, timeout=timeout, local_address=local_address,
                                              socket_options=socket_options)
            except httpcore.ConnectError as exc:  # try the next address
                error = exc
        assert error is not None
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore.NetworkStream:
        raise _Refused("unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        self._base.sleep(seconds)


class Fetcher:
    """One HTTP client for a batch: timeouts, redirects, User-Agent and the SSRF guard."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()  # feed entries are fetched from several threads

    @property
    def client(self) -> httpx.Client:
        with self._lock:
            return self._make_client()

    def _make_client(self) -> httpx.Client:
        if self._client is None:
            transport = httpx.HTTPTransport()
            if not self.settings.allow_private_urls:
                # the guard above checks each hop's URL; this checks the address actually connected to
                transport._pool._network_backend = _CheckedBackend()
            self._client = httpx.Client(
                transport=transport,
                timeout=httpx.Timeout(self.settings.http_timeout),
                follow_redirects=True,
                max_redirects=self.settings.http_max_redirects,
                headers={
                    "User-Agent": self.settings.user_agent,
                    "Accept": ACCEPT,
                    "Accept-Language": "ar,fa,en;q=0.8,*;q=0.5",
                },
                event_hooks={"request": [self._guard]},
            )
        return self._client

    def _guard(self, request: httpx.Request) -> None:
        reason = check_url(str(request.url), self.settings.allow_private_urls)
        if reason:
            raise _Refused(reason)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> Fetched:
        """GET ``url`` with a size cap; never raises for network or HTTP errors."""
        result = Fetched(url=url, fetched_at=utc_now())
        reason = check_url(url, self.settings.allow_private_urls)
        if reason:
            result.code, result.detail = "W014", f"{url}: {reason}"
            return result
        cap = self.settings.max_bytes
        total = max(self.settings.http_timeout * 3, 1.0)  # a trickling server must end too
        deadline = time.monotonic() + total
        try:
            with self.client.stream("GET", url) as resp:
                result.final_url = str(resp.url)
                result.status = resp.status_code
                result.content_type = resp.headers.get("content-type")
                result.headers = {k.lower(): v for k, v in resp.headers.items()}
                result.http_date = http_date_iso(resp.headers.get("last-modified") or resp.headers.get("date"))
                if resp.status_code >= 400:
                    result.code, result.detail = "W010", f"{url}: HTTP {resp.status_code} {resp.reason_phrase}"
                    return result
                ctype = (result.content_type or "").split(";", 1)[0].strip().lower()
                if ctype and not (ctype.startswith("text/") or ctype in TEXT_TYPES or ctype.endswith("+xml")):
                    result.code, result.detail = "W006", f"{url}: content type {ctype}"
                    return result
                length = resp.headers.get("content-length")
                if length and length.isdigit() and int(length) > cap:
                    result.code, result.detail = "W003", f"{url}: {int(length):,} bytes > max_bytes {cap:,}"
                    return result
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        result.code, result.detail = "W003", f"{url}: more than max_bytes {cap:,} bytes"
                        return result
                    if time.monotonic() > deadline:
                        result.code, result.detail = "W011", f"{url}: body still arriving after {total:.0f}s"
                        return result
                    chunks.append(chunk)
                result.data = b"".join(chunks)
        except _Refused as exc:
            result.code, result.detail = "W014", f"{url}: redirected to a refused address: {exc}"
        except httpx.TooManyRedirects:
            result.code, result.detail = "W012", f"{url}: more than {self.settings.http_max_redirects} redirects"
        except httpx.TimeoutException as exc:
            result.code, result.detail = "W011", f"{url}: {type(exc).__name__} after {self.settings.http_timeout}s"
        except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
            result.code, result.detail = "W010", f"{url}: {type(exc).__name__}: {exc}"
        return result
