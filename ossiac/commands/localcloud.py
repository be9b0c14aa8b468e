"""`ossiac localcloud ...`: act on the local cloud as the web console would, outside Terraform.

For drift and import demos and tests: create, change and delete buckets, their settings and KMS
keys; list what exists; show one object as JSON. The cloud lives in $OSSIAC_LOCALCLOUD_DIR, else
`.local/cloud/` in the checkout.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ossiac.endpoint.credentials import account_key, export_lines
from ossiac.exit_codes import OK, REFUSED, USAGE, CommandError
from ossiac.localcloud import console
from ossiac.localcloud.errors import CloudError
from ossiac.localcloud.location import cloud_dir
from ossiac.localcloud.store import Store
from ossiac_props.regions import bucket_region_problem, region_problem

DEFAULT_PORT = 9090  # ossiac localcloud serve: HTTP
DEFAULT_TLS_PORT = 9443  # and HTTPS

SETTINGS = (
    "acl",
    "cors",
    "referer",
    "website",
    "versioning",
    "logging",
    "policy",
    "server_side_encryption",
    "transfer_acceleration",
    "access_monitor",
    "public_access_block",
    "https_config",
    "request_payment",
    "tags",
)


def _bool(text: str) -> bool:
    if text.lower() in ("true", "yes", "1"):
        return True
    if text.lower() in ("false", "no", "0"):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")


def _region(value: str) -> str:
    """A region the provider knows: the local cloud must not make up an endpoint for a typo."""
    if problem := region_problem(value):
        raise argparse.ArgumentTypeError(problem)
    return value


def _bucket_region(value: str) -> str:
    """A region OSS keeps buckets in, as `bucket create` on the console would offer."""
    if problem := bucket_region_problem(value):
        raise argparse.ArgumentTypeError(problem)
    return value


def _tag(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key, value


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "localcloud",
        help="change the local cloud outside Terraform (like the console)",
        description=__doc__.splitlines()[0].split(": ", 1)[1],
    )
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("list", help="list objects (type, id, region)")
    p.add_argument("--type", dest="type_name", help="only this resource type, e.g. alicloud_oss_bucket")
    p.set_defaults(handler=_list)

    p = sub.add_parser("show", help="print one object as JSON")
    p.add_argument("type_name", metavar="TYPE")
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=_show)

    p = sub.add_parser("delete", help="delete one object of any type")
    p.add_argument("type_name", metavar="TYPE")
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=lambda a: _do(lambda s: console.delete(s, a.type_name, a.id)))

    p = sub.add_parser("reset", help="delete everything in the local cloud")
    p.add_argument("--yes", action="store_true", help="required: confirms emptying the cloud")
    p.set_defaults(handler=_reset)

    p = sub.add_parser("doctor", help="check the local cloud against the Terraform states; --repair fixes it")
    p.add_argument(
        "--repair",
        action="store_true",
        help="restore torn states, rebuild damaged records from the states, remove orphaned creates",
    )
    p.add_argument(
        "--state",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="also check against this state file (default: every .local/state/<stack>.tfstate)",
    )
    p.set_defaults(handler=_doctor)

    p = sub.add_parser(
        "serve",
        help="answer on Alibaba Cloud's own APIs (OSS REST, STS) at http://127.0.0.1:PORT",
        description="Serve the local cloud on OSS's REST API and STS's API, so the official SDKs, "
        "Terraform's oss backend, browsers and hand-signed requests reach it unchanged. "
        "Runs until stopped (Ctrl-C).",
    )
    p.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        help=f"HTTP port on 127.0.0.1 (default {DEFAULT_PORT}; 0 picks a free one)",
    )
    p.add_argument(
        "--tls-port",
        type=_port,
        default=DEFAULT_TLS_PORT,
        help=f"HTTPS port on 127.0.0.1 (default {DEFAULT_TLS_PORT}; 0 picks a free one); the project's "
        "buckets refuse requests not made over TLS, as OSS does",
    )
    p.set_defaults(handler=_serve)

    p = sub.add_parser(
        "credentials",
        help="print export lines for the local account's AccessKey pair",
        description="Print `export` lines for the local account's AccessKey pair under the names the "
        "SDKs and the provider read, and the CA bundle that trusts the endpoint's HTTPS "
        "port (Python's requests and Go read it); use as: "
        'eval "$(ossiac localcloud credentials)"',
    )
    p.set_defaults(handler=_credentials)

    p = sub.add_parser("path", help="print the local cloud's folder")
    p.set_defaults(handler=lambda a: print(cloud_dir()) or OK)

    bucket = sub.add_parser("bucket", help="create, change or delete a bucket").add_subparsers(
        dest="bucket_action", metavar="ACTION", required=True
    )
    p = bucket.add_parser("create", help="create a bucket")
    p.add_argument("name")
    p.add_argument("--acl", default="private", choices=console.ACLS)
    p.add_argument("--region", default="cn-hangzhou", type=_bucket_region)
    p.add_argument("--storage-class", default="Standard")
    p.add_argument("--redundancy-type", default="LRS", choices=("LRS", "ZRS"))
    p.set_defaults(handler=_bucket_create)

    p = bucket.add_parser("set", help="change a bucket's settings")
    p.add_argument("name")
    p.add_argument("--acl", choices=console.ACLS)
    p.add_argument("--versioning", choices=console.VERSIONING)
    p.add_argument("--tag", type=_tag, action="append", default=[], metavar="KEY=VALUE")
    p.add_argument(
        "--cors-json",
        type=Path,
        metavar="FILE",
        help='JSON list of rules: [{"allowed_origins": [...], "allowed_methods": [...]}]',
    )
    p.add_argument("--referer", action="append", metavar="REFERER", help="allowed referer (repeatable)")
    p.add_argument("--allow-empty-referer", type=_bool, metavar="true|false")
    p.add_argument("--policy-json", type=Path, metavar="FILE", help="bucket policy document")
    p.add_argument("--sse", choices=console.SSE, help="default server-side encryption algorithm")
    p.add_argument("--kms-key", help="KMS key for --sse KMS")
    p.add_argument("--clear", action="append", choices=SETTINGS, default=[], help="remove a setting (repeatable)")
    p.set_defaults(handler=_bucket_set)

    p = bucket.add_parser("delete", help="delete a bucket")
    p.add_argument("name")
    p.add_argument("--force", action="store_true", help="also delete its objects")
    p.set_defaults(handler=lambda a: _do(lambda s: console.delete_bucket(s, a.name, force=a.force)))

    kms = sub.add_parser("kms", help="KMS keys").add_subparsers(dest="kms_action", metavar="ACTION", required=True)
    p = kms.add_parser("create-key", help="create a KMS key and print its ID")
    p.add_argument("--description")
    p.add_argument("--region", default="cn-hangzhou", type=_region)
    p.add_argument("--disabled", action="store_true")
    p.set_defaults(handler=_kms_create)
    for action, enabled in (("enable", True), ("disable", False)):
        p = kms.add_parser(action, help=f"{action} a key")
        p.add_argument("key_id")
        p.set_defaults(handler=lambda a, e=enabled: _do(lambda s: console.set_kms_key(s, a.key_id, enabled=e)))


def _store() -> Store:
    return Store(cloud_dir())


def _do(fn) -> int:
    try:
        result = fn(_store())
    except CloudError as err:
        raise CommandError(f"ossiac localcloud: {err.code}: {err.message}", REFUSED) from err
    except (OSError, ValueError) as err:
        raise CommandError(f"ossiac localcloud: {err}", REFUSED) from err
    if isinstance(result, str):
        print(result)
    return OK


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"expected a TCP port from 0 to 65535, got {text!r}")
    return int(text)


def _serve(args) -> int:
    from ossiac.endpoint.server import serve  # the HTTP stack loads only for this command

    serve(cloud_dir(), args.port, args.tls_port)
    return OK


def _credentials(args) -> int:
    from ossiac.endpoint.tls import certificate

    folder = cloud_dir()
    bundle = certificate(folder).bundle  # the public CAs plus the endpoint's own, for its HTTPS port
    print(
        "\n".join(
            [
                *export_lines(account_key(folder)),
                f"export REQUESTS_CA_BUNDLE={bundle}",
                f"export SSL_CERT_FILE={bundle}",
            ]
        )
    )
    return OK


def _list(args) -> int:
    def show(store):
        for type_name, rid, region in console.list_objects(store, args.type_name):
            print(f"{type_name}\t{rid}\t{region}")

    return _do(show)


def _show(args) -> int:
    def shown(store) -> str:
        record = console.show(store, args.type_name, args.id)
        return _hide_secrets(args.type_name, json.dumps(record, indent=2, sort_keys=True), record)

    return _do(shown)


def _hide_secrets(type_name: str, text: str, record: dict) -> str:
    """What the console prints never shows a secret (ossiac/localprovider/redaction.py decides which)."""
    from ossiac.localprovider import redaction
    from ossiac.localprovider.schema import load

    kind = load().resources.get(type_name)
    secrets = redaction.secrets_in(kind.block, record.get("attributes") or {}) if kind else set()
    return redaction.scrub(text, {json.dumps(v)[1:-1] for v in secrets})


def _reset(args) -> int:
    if not args.yes:
        raise CommandError(f"ossiac localcloud reset: this deletes everything in {cloud_dir()}; add --yes", USAGE)
    return _do(console.reset)


def _bucket_create(args) -> int:
    return _do(
        lambda s: console.create_bucket(
            s,
            args.name,
            region=args.region,
            acl=args.acl,
            storage_class=args.storage_class,
            redundancy_type=args.redundancy_type,
        )["id"]
    )


def _bucket_set(args) -> int:
    def change(store):
        console.set_bucket(
            store,
            args.name,
            acl=args.acl,
            versioning=args.versioning,
            tags=dict(args.tag),
            cors=json.loads(args.cors_json.read_text()) if args.cors_json else None,
            referers=args.referer,
            allow_empty_referer=args.allow_empty_referer,
            policy=args.policy_json.read_text() if args.policy_json else None,
            sse=args.sse,
            kms_key=args.kms_key,
            clear=args.clear,
        )

    return _do(change)


def _kms_create(args) -> int:
    return _do(
        lambda s: console.create_kms_key(
            s, region=args.region, description=args.description, enabled=not args.disabled
        )["id"]
    )


def _doctor(args) -> int:
    from ossiac.targets.state_store import list_states
    from ossiac.workflows.localcloud_doctor import examine

    states = [s.path for s in list_states()] + [p.resolve() for p in args.state]
    store = _store()
    report = examine(store, states, repair=args.repair)
    for line in report.problems:
        print(f"problem: {line}")
    for line in report.repaired:
        print(f"repaired: {line}")
    for line in report.notes:
        print(f"note: {line}")
    if not report.problems:
        print(f"ok: {store.path} agrees with {len(states)} state file(s)")
        return OK
    if args.repair:
        # Re-examine: whatever is still wrong after the repair is what the user must act on.
        left = examine(_store(), states).problems
        return REFUSED if left else OK
    print("run `ossiac localcloud doctor --repair` to fix what can be fixed", file=sys.stderr)
    return REFUSED
