"""go-plugin server side for a Terraform provider speaking tfplugin5 over gRPC.

Why tfplugin5 by hand: the Python provider frameworks on PyPI (`tf`, `pyvider`) speak protocol 6
only and cannot express SDK-style list/set nested blocks, which the alicloud schema is full of. The
real alicloud provider is a plugin-SDK (protocol 5) provider, so we serve protocol 5 directly.

Handshake (HashiCorp go-plugin):
  * Terraform starts the executable with TF_PLUGIN_MAGIC_COOKIE, PLUGIN_PROTOCOL_VERSIONS
    ("5,6" style list) and, because Terraform enables AutoMTLS, PLUGIN_CLIENT_CERT (PEM).
  * The plugin listens on a unix socket and prints ONE line on stdout:
        CORE-PROTOCOL-VERSION|APP-PROTOCOL-VERSION|NETWORK|ADDR|PROTOCOL|SERVER-CERT
    e.g. 1|5|unix|/tmp/plugin123/s.sock|grpc|<base64 (no padding) DER of our cert>
  * Terraform dials with TLS: it trusts exactly the cert in the handshake (ServerName
    "localhost") and presents its client cert, which we verify against PLUGIN_CLIENT_CERT.
  * On close Terraform calls plugin.GRPCController/Shutdown; if the process does not exit
    go-plugin waits ~2 s before killing it, so we exit promptly.
"""

from __future__ import annotations

import base64
import datetime
import os
import signal
import sys
import tempfile
import threading
from concurrent import futures

import grpc

MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE"
MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2"
PROTOCOL_VERSION = 5


def _ident(x):
    return x


def _self_signed_cert() -> tuple[bytes, bytes, bytes]:
    """(key_pem, cert_pem, cert_der) — ECDSA P-256, SAN localhost; a few ms."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "localhost"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "HashiCorp"),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(seconds=30))
        .not_valid_after(now + datetime.timedelta(hours=262980))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=True,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return key_pem, cert.public_bytes(serialization.Encoding.PEM), cert.public_bytes(serialization.Encoding.DER)


def serve(provider_handlers: grpc.GenericRpcHandler) -> None:
    if os.environ.get(MAGIC_COOKIE_KEY) != MAGIC_COOKIE_VALUE:
        sys.stderr.write(
            "This binary is a plugin. These are not meant to be executed directly.\n"
            "Please execute the program that consumes these plugins, which will\n"
            "load any plugins automatically\n"
        )
        sys.exit(1)
    offered = [v.strip() for v in os.environ.get("PLUGIN_PROTOCOL_VERSIONS", "5").split(",") if v.strip()]
    if str(PROTOCOL_VERSION) not in offered:
        sys.stderr.write(f"terraform offers plugin protocol {offered}; this provider speaks {PROTOCOL_VERSION}\n")
        sys.exit(1)

    # go-plugin servers ignore SIGINT: Terraform forwards Ctrl-C as a Stop RPC instead.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    done = threading.Event()

    def shutdown(_req, _ctx):
        done.set()
        return b""  # plugin.Empty

    def stream_stdio(_req, _ctx):
        return iter(())  # we write logs to stderr directly; nothing to stream

    controller = grpc.method_handlers_generic_handler(
        "plugin.GRPCController", {"Shutdown": grpc.unary_unary_rpc_method_handler(shutdown, _ident, _ident)}
    )
    stdio = grpc.method_handlers_generic_handler(
        "plugin.GRPCStdio", {"StreamStdio": grpc.unary_stream_rpc_method_handler(stream_stdio, _ident, _ident)}
    )

    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=10),
        handlers=[provider_handlers, controller, stdio],
        options=[("grpc.max_receive_message_length", 256 << 20), ("grpc.max_send_message_length", 256 << 20)],
    )

    sock_dir = tempfile.mkdtemp(prefix="plugin", dir=os.environ.get("PLUGIN_UNIX_SOCKET_DIR") or None)
    sock = os.path.join(sock_dir, "provider.sock")
    client_cert = os.environ.get("PLUGIN_CLIENT_CERT")
    cert_field = ""
    if client_cert:
        key_pem, cert_pem, cert_der = _self_signed_cert()
        # go-plugin's client cert is ECDSA P-521; gRPC/BoringSSL does not offer the P-521
        # signature scheme in its CertificateRequest, so Go's TLS client sends NO certificate
        # and require_client_auth=True fails (PEER_DID_NOT_RETURN_A_CERTIFICATE). The socket
        # lives in a 0700 mkdtemp directory, which is the access control that matters here.
        creds = grpc.ssl_server_credentials([(key_pem, cert_pem)], require_client_auth=False)
        server.add_secure_port(f"unix:{sock}", creds)
        cert_field = base64.b64encode(cert_der).decode().rstrip("=")
    else:  # no AutoMTLS (e.g. reattach/debug): plaintext
        server.add_insecure_port(f"unix:{sock}")
    server.start()

    sys.stdout.write(f"1|{PROTOCOL_VERSION}|unix|{sock}|grpc|{cert_field}\n")
    sys.stdout.flush()

    # If Terraform dies (e.g. SIGKILL mid-apply) nobody calls Shutdown: exit when orphaned, so no
    # stale provider keeps writing to the local cloud after its Terraform is gone.
    parent = os.getppid()

    def watch_parent() -> None:
        while not done.wait(0.5):
            if os.getppid() != parent:
                done.set()

    threading.Thread(target=watch_parent, daemon=True).start()

    try:
        done.wait()
    finally:
        server.stop(grace=0.2).wait()
        try:
            os.unlink(sock)
            os.rmdir(sock_dir)
        except OSError:
            pass
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # don't wait for grpc's non-daemon threads
