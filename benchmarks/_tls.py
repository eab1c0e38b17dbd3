"""Many TLS hosts on loopback for the benchmarks: a local CA, one certificate per host
(an IP address in 127.0.0.0/8 as its subject alternative name), and a server process that
listens on every one of them and answers like a feed host 20 ms away.

The server runs in its own process so its CPU is not counted against the collector's.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import multiprocessing
import resource
import ssl
from pathlib import Path
from typing import Any

FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        + b"".join(f"<item><title>Item {i}</title><guid>g{i}</guid><link>https://x.example/"
                   f"{i}</link></item>".encode() for i in range(20))
        + b"</channel></rss>")


def host_ips(n: int) -> list[str]:
    """n distinct loopback addresses: 127.0.1.1, 127.0.1.2, ... (never 127.0.0.1)."""
    base = int(ipaddress.IPv4Address("127.0.1.1"))
    return [str(ipaddress.IPv4Address(base + i)) for i in range(n)]


def make_pki(folder: Path, ips: list[str]) -> Path:
    """A CA (``ca.pem``) and a key and certificate per IP; returns the CA path."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "signalwatch bench CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(1)
          .not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    # One key for every host certificate keeps generation fast; each host still has its
    # own certificate (its own IP in the SAN), which is what the client verifies.
    key = ec.generate_private_key(ec.SECP256R1())
    (folder / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    for i, ip in enumerate(ips):
        cert = (x509.CertificateBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, ip)]))
                .issuer_name(ca_name).public_key(key.public_key()).serial_number(1000 + i)
                .not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=2))
                .add_extension(x509.SubjectAlternativeName(
                    [x509.IPAddress(ipaddress.IPv4Address(ip))]), critical=False)
                .sign(ca_key, hashes.SHA256()))
        (folder / f"{ip}.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return folder / "ca.pem"


def _raise_fd_limit() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


async def _serve(folder: Path, ips: list[str], port: int, latency: float,
                 ready: Any, stop: Any) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                await asyncio.sleep(latency)
                if b"if-none-match" in head.lower():
                    writer.write(b"HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\n"
                                 b"Content-Length: 0\r\n\r\n")
                else:
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                                 b"ETag: \"v1\"\r\nContent-Length: "
                                 + str(len(FEED)).encode() + b"\r\n\r\n" + FEED)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError, OSError):
            pass
        finally:
            writer.close()

    servers = []
    for ip in ips:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(folder / f"{ip}.pem", folder / "key.pem")
        servers.append(await asyncio.start_server(handle, ip, port, ssl=ctx, backlog=512))
    ready.set()
    while not stop.is_set():
        await asyncio.sleep(0.1)
    for s in servers:
        s.close()


def _run(folder: Path, ips: list[str], port: int, latency: float, ready: Any,
         stop: Any) -> None:
    _raise_fd_limit()
    asyncio.run(_serve(folder, ips, port, latency, ready, stop))


class TlsHosts:
    """``with TlsHosts(folder, ips, latency=0.02) as hosts: hosts.url(ip)``."""

    def __init__(self, folder: Path, ips: list[str], *, latency: float = 0.02) -> None:
        import socket

        self.folder, self.ips, self.latency = folder, ips, latency
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = int(s.getsockname()[1])
        s.close()
        ctx = multiprocessing.get_context("spawn")
        self._ready, self._stop = ctx.Event(), ctx.Event()
        self._proc = ctx.Process(target=_run, args=(folder, ips, self.port, latency,
                                                    self._ready, self._stop), daemon=True)

    def __enter__(self) -> TlsHosts:
        _raise_fd_limit()
        self._proc.start()
        if not self._ready.wait(120):
            raise RuntimeError("the TLS hosts did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._proc.join(10)
        if self._proc.is_alive():
            self._proc.kill()

    @property
    def pid(self) -> int:
        return int(self._proc.pid or 0)

    def url(self, ip: str) -> str:
        return f"https://{ip}:{self.port}/feed"
