"""`ossiac request simulate`: would OSS serve this browser request (bucket policy, ACL, public access
block, hotlink protection, CORS)? The authorization engine decides, as for the local cloud's endpoint.

Exit codes: 0 served, 1 refused (403), 2 bad input (ossiac.exit_codes' OK, REFUSED, USAGE).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ossiac.exit_codes import OK, REFUSED, USAGE, CommandError
from ossiac.requestsim.bucket_model import load_bucket
from ossiac.requestsim.errors import SimulationInputError
from ossiac.requestsim.request_model import REQUEST_METHODS, Credentials, make_request
from ossiac.requestsim.simulate import simulate


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("request", help="simulate how OSS answers a request to a declared bucket")
    actions = parser.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    simulate_parser = actions.add_parser(
        "simulate",
        help="would OSS serve this browser request? (bucket policy, ACL, public access block, Referer lists, CORS)",
        description="Evaluate one request against a bucket declared in a Terraform JSON file, the way OSS decides. "
        "Exit 0 when served, 1 when refused, 2 for bad input.",
    )
    simulate_parser.add_argument(
        "--tf-json",
        required=True,
        type=Path,
        metavar="FILE",
        help="Terraform JSON, e.g. cdktf.out/stacks/<stack>/cdk.tf.json",
    )
    simulate_parser.add_argument(
        "--bucket", required=True, metavar="NAME", help="the bucket name (the 'bucket' attribute)"
    )
    simulate_parser.add_argument(
        "--method", metavar="METHOD", help=f"one of {', '.join(REQUEST_METHODS)} (a preflight uses --preflight)"
    )
    simulate_parser.add_argument("--key", required=True, metavar="KEY", help="the object key")
    referer = simulate_parser.add_mutually_exclusive_group()
    referer.add_argument("--referer", metavar="URL", help="the Referer header the browser sends")
    referer.add_argument("--no-referer", action="store_true", help="send no Referer (the default)")
    simulate_parser.add_argument(
        "--origin", metavar="ORIGIN", help="the Origin header of a cross-origin request, e.g. https://www.example.com"
    )
    signature = simulate_parser.add_mutually_exclusive_group()
    signature.add_argument("--signed", action="store_true", help="the request is a signed URL")
    signature.add_argument("--authorization", action="store_true", help="the request carries an Authorization header")
    simulate_parser.add_argument("--preflight", action="store_true", help="simulate the browser's OPTIONS preflight")
    simulate_parser.add_argument("--request-method", metavar="M", help="preflight: Access-Control-Request-Method")
    simulate_parser.add_argument(
        "--request-headers", metavar="H1,H2", help="preflight: Access-Control-Request-Headers, comma-separated"
    )
    simulate_parser.add_argument("--json", action="store_true", help="print the decision as JSON")
    simulate_parser.set_defaults(handler=run_simulate)


def run_simulate(args: argparse.Namespace) -> int:
    try:
        request = make_request(
            method=args.method,
            key=args.key,
            credentials=_credentials(args),
            referer=None if args.no_referer else args.referer,
            origin=args.origin,
            preflight=args.preflight,
            preflight_method=args.request_method,
            preflight_headers=tuple(args.request_headers.split(",")) if args.request_headers else (),
        )
        bucket = load_bucket(args.tf_json, args.bucket)
    except SimulationInputError as error:
        raise CommandError(f"ossiac request simulate: error: {error}", USAGE) from error

    decision = simulate(bucket, request)
    if args.json:
        print(json.dumps(decision.to_json(bucket, request), indent=2))
    else:
        print(decision.status_line)
        if decision.refused_by:
            print(f"refused by {decision.refused_by}: {decision.reason}")
        else:
            print(decision.reason)
        print("checks:")
        for check in decision.checks:
            print(f"  {check.check:<20} {check.outcome.value:<12} {check.detail}")
        print("CORS response headers:" if decision.cors_headers else "CORS response headers: none")
        for name, value in decision.cors_headers.items():
            print(f"  {name}: {value}")
        for note in decision.notes:
            print(f"note: {note}")
    return OK if decision.served else REFUSED


def _credentials(args: argparse.Namespace) -> Credentials:
    if args.authorization:
        return Credentials.AUTHORIZATION_HEADER
    if args.signed:
        return Credentials.SIGNED_URL
    return Credentials.ANONYMOUS
