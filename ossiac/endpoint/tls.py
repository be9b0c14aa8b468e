"""The HTTPS listener's certificate: self-signed, made once per cloud folder and kept there
(`endpoint-tls.pem`, which clients trust, and `endpoint-tls.key`, owner-only).

Why HTTPS at all: the project's buckets deny every request that is not over TLS (`https_only`, a
bucket policy on `acs:SecureTransport`), and OSS applies that deny to the owner too. A local cloud
that only spoke HTTP could never serve what `make deploy` created. The certificate names the
loopback addresses (127.0.0.1, ::1, localhost), so HTTPS clients address buckets path style (as the
SDKs do for an IP endpoint): TLS clients refuse a wildcard `*.localhost`, directly under a top-level name.
"""

from __future__ import annotations

import datetime
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from ossiac.atomic_write import write_atomically

CERT_FILE = "endpoint-tls.pem"
KEY_FILE = "endpoint-tls.key"
BUNDLE_FILE = "endpoint-ca-bundle.pem"


@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path
    bundle: Path  # the public CAs (certifi's) plus ours: for REQUESTS_CA_BUNDLE / SSL_CERT_FILE


def _make() -> tuple[bytes, bytes]:
    """A new key and its self-signed certificate, PEM: (certificate, key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "ossiac local cloud"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "ossiac"),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    names = [
        x509.DNSName("localhost"),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
        x509.IPAddress(ipaddress.ip_address("::1")),
    ]
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=825))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def certificate(cloud_dir: Path) -> Certificate:
    """The endpoint's certificate and key, made on first use."""
    cert, key, bundle = cloud_dir / CERT_FILE, cloud_dir / KEY_FILE, cloud_dir / BUNDLE_FILE
    if not (cert.is_file() and key.is_file() and bundle.is_file()):
        import certifi

        cert_pem, key_pem = _make()
        bundle_pem = Path(certifi.where()).read_bytes() + b"\n" + cert_pem
        write_atomically(key, key_pem)  # key first (owner-only): a cert on disk always has its key
        write_atomically(cert, cert_pem, mode=None)
        write_atomically(bundle, bundle_pem, mode=None)
    return Certificate(cert, key, bundle)
