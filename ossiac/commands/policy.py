"""`ossiac policy`: validate RAM policies and simulate requests against them, offline.

    ossiac policy simulate --policy FILE|TEMPLATE [--param k=v]... --action A --resource ARN [--context K=V]...
    ossiac policy simulate --stack-json cdk.tf.json --role NAME --requests requests.yaml --json
    ossiac policy simulate ... --bucket-policy FILE [--principal ID]   (the bucket's policy too)
    ossiac policy validate FILE...
    ossiac policy render TEMPLATE [--param k=v]...
    ossiac policy templates

Exit codes: 0 done (whatever the decision), 1 `validate` found problems, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ossiac.commands import options
from ossiac.config.problems import ConfigError
from ossiac.config.yaml_source import read_yaml
from ossiac.exit_codes import OK, REFUSED, USAGE, CommandError
from ossiac.policy.evaluate import NamedPolicy, Request, decide_as_identity
from ossiac.policy.terraform_roles import StackRoleError, role_policies
from ossiac_policies.oss_templates import TemplateParamError
from ossiac_policies.policy_grammar import is_trust_policy, validate_policy, validate_trust_policy
from ossiac_policies.registry import TEMPLATES, UnknownTemplateError, describe, render
from ossiac_props.ram_actions import action_problem


class InputError(Exception):
    """Bad input; the message names the file or option and what is allowed."""


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("policy", help="validate RAM policies and simulate requests against them")
    sub = parser.add_subparsers(dest="policy_command", metavar="SUBCOMMAND", required=True)

    simulate = sub.add_parser("simulate", help="decide requests against a policy, a template or a synthesized role")
    source = simulate.add_mutually_exclusive_group(required=True)
    source.add_argument("--policy", help="a policy JSON/YAML file, or a template name (see `ossiac policy templates`)")
    source.add_argument(
        "--stack-json",
        type=Path,
        help="synthesized Terraform JSON (cdktf.out/stacks/<stack>/cdk.tf.json); needs --role",
    )
    simulate.add_argument(
        "--param", action="append", default=[], metavar="KEY=VALUE", help="template parameter (repeatable)"
    )
    simulate.add_argument("--role", help="the RAM role name in --stack-json whose attached policies to simulate")
    options.add_target(
        simulate,
        help="--stack-json: whose deployed state resolves values known only at deploy time "
        "(default: $OSSIAC_TARGET, else local)",
    )
    simulate.add_argument("--action", help="e.g. oss:PutObject")
    simulate.add_argument("--resource", help="e.g. acs:oss:*:*:photos/user1/a.jpg")
    simulate.add_argument(
        "--context",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="request context (repeatable; a repeated key gives several values)",
    )
    simulate.add_argument(
        "--requests", type=Path, help="YAML or JSON list of {action, resource, context} to decide in one run"
    )
    simulate.add_argument(
        "--bucket-policy",
        type=Path,
        metavar="FILE",
        help="the bucket's policy (JSON/YAML); its statements naming --principal or * apply too",
    )
    simulate.add_argument(
        "--principal",
        default="",
        metavar="ID",
        help="--bucket-policy: the identity's UID or ARN as bucket policies name it",
    )
    simulate.add_argument("--json", action="store_true", help="print JSON for machines")
    simulate.set_defaults(handler=_guarded(_simulate))

    validate = sub.add_parser(
        "validate", help="check policy documents (permission or trust policies) against RAM's rules"
    )
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    validate.set_defaults(handler=_guarded(_validate))

    render_parser = sub.add_parser("render", help="print a template's policy document (e.g. as an STS session policy)")
    render_parser.add_argument("template")
    render_parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE")
    render_parser.set_defaults(handler=_guarded(_render))

    templates = sub.add_parser("templates", help="list the policy templates and their parameters")
    templates.set_defaults(handler=_guarded(_templates))


def _guarded(handler):
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except (InputError, StackRoleError, TemplateParamError, UnknownTemplateError) as error:
            raise CommandError(f"ossiac policy: {error}", USAGE) from error

    return run


def _simulate(args: argparse.Namespace) -> int:
    policies = _policies(args)
    requests = _requests(args)
    bucket_policy = _bucket_policy(args)
    # The authorization engine decides, as it does for the local cloud's endpoint.
    decisions = [
        decide_as_identity(policies, request, bucket_policy=bucket_policy, principal_id=args.principal)
        for request in requests
    ]
    if args.json:
        results = [{"request": _request_json(r), **d.to_json()} for r, d in zip(requests, decisions, strict=True)]
        print(json.dumps(results if args.requests else results[0], indent=2))
    elif args.requests:
        for request, decision in zip(requests, decisions, strict=True):
            print(f"{decision.decision}\t{request.action}\t{request.resource}\t{decision.statement or 'no statement'}")
    else:
        (decision,) = decisions
        print(decision.decision)
        print(f"statement: {decision.statement or 'none'}")
        print("reasons:")
        for reason in decision.reasons:
            print(f"  - {reason}")
    return OK


def _validate(args: argparse.Namespace) -> int:
    failed = False
    for file in args.files:
        document = _load_document(file)
        issues = validate_trust_policy(document) if is_trust_policy(document) else validate_policy(document)
        kind = "trust policy" if is_trust_policy(document) else "policy"
        if issues:
            failed = True
            for issue in issues:
                print(f"{file}: {issue}")
        else:
            print(f"{file}: valid {kind}")
    return REFUSED if failed else OK


def _render(args: argparse.Namespace) -> int:
    print(json.dumps(render(args.template, _pairs(args.param, "--param")), indent=2))
    return OK


def _templates(_: argparse.Namespace) -> int:
    for name in TEMPLATES:
        print(f"{name}: {describe(name)}")
    return OK


def _policies(args: argparse.Namespace) -> list[NamedPolicy]:
    if args.stack_json:
        if not args.role:
            raise InputError("--stack-json needs --role NAME (the alicloud_ram_role's role_name)")
        if args.param:
            raise InputError("--param applies to templates, not to --stack-json")
        policies = role_policies(args.stack_json, args.role, lambda: _deployed(args.stack_json, args.target))
    else:
        if args.role or args.target:
            raise InputError("--role and --target apply only with --stack-json")
        policies = [_policy_from(args.policy, args.param)]
    for policy in policies:
        issues = validate_policy(policy.document)
        if issues:
            raise InputError(f"{policy.name} is not a valid policy:\n" + "\n".join(f"  {i}" for i in issues))
    return policies


def _bucket_policy(args: argparse.Namespace) -> NamedPolicy | None:
    if args.bucket_policy is None:
        if args.principal:
            raise InputError("--principal names the identity in a bucket policy; give --bucket-policy FILE too")
        return None
    document = _load_document(args.bucket_policy)
    if not isinstance(document.get("Statement"), list) or not all(isinstance(s, dict) for s in document["Statement"]):
        raise InputError(f"{args.bucket_policy}: a bucket policy needs a Statement list of objects")
    return NamedPolicy(str(args.bucket_policy), document)


def _deployed(stack_json: Path, target: str | None):
    """The stack's deployed state on the target, for a file at `<app>/cdktf.out/stacks/<stack>/`; else None."""
    from ossiac.targets import inventory
    from ossiac.targets.selection import TargetError, selected_target

    stack_dir = stack_json.resolve().parent
    try:
        return inventory.deployed_attributes(stack_dir.parent.parent.parent, selected_target(target), stack_dir.name)
    except (TargetError, ImportError) as error:
        raise StackRoleError(
            f"its value is known only at deploy time, and the deployed state cannot be read: {error}"
        ) from error


def _policy_from(spec: str, params: list[str]) -> NamedPolicy:
    path = Path(spec)
    if path.is_file():
        if params:
            raise InputError(f"--param applies to templates, not to the policy file {spec}")
        return NamedPolicy(spec, _load_document(path))
    if spec in TEMPLATES:
        return NamedPolicy(spec, render(spec, _pairs(params, "--param")))
    raise InputError(f"--policy {spec!r} is neither a file nor a template; templates: {', '.join(TEMPLATES)}")


def _load(file: Path) -> Any:
    if file.suffix != ".json":
        # YAML 1.1 reads JSON too; read as stack files are (an alias bomb is refused unbuilt).
        try:
            return read_yaml(file).data
        except ConfigError as error:
            raise InputError("; ".join(str(problem) for problem in error.problems)) from None
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{file}: cannot read as UTF-8: {getattr(error, 'strerror', None) or error}") from error
    try:
        return json.loads(text)  # JSON files get JSON's own error messages
    except json.JSONDecodeError as error:
        raise InputError(f"{file}: not valid JSON: {error}") from error


def _load_document(file: Path) -> Any:
    document = _load(file)
    if not isinstance(document, dict):
        raise InputError(f"{file}: a policy document must be a JSON object with Version and Statement")
    return document


def _requests(args: argparse.Namespace) -> list[Request]:
    if args.requests:
        if args.action or args.resource or args.context:
            raise InputError("--requests replaces --action, --resource and --context; give one or the other")
        entries = _load(args.requests)
        if not isinstance(entries, list) or not entries:
            raise InputError(f"{args.requests}: must be a non-empty list of {{action, resource, context}}")
        return [_request_entry(entry, f"{args.requests}: [{index}]") for index, entry in enumerate(entries)]
    if not args.action or not args.resource:
        raise InputError("give --action and --resource (or --requests FILE)")
    context: dict[str, Any] = {}
    for key, value in _pair_list(args.context, "--context"):
        context[key] = [*context[key], value] if key in context else value
    return [Request(_action(args.action, "--action"), args.resource, context)]


def _action(action: str, where: str) -> str:
    """A request names one real action: an API name RAM authorizes under another would simulate
    a request RAM never sees, so it is refused with the action to ask about instead."""
    problem = action_problem(action)
    if problem is not None:
        raise InputError(f"{where}: {problem}")
    return action


def _request_entry(entry: Any, where: str) -> Request:
    if not isinstance(entry, dict):
        raise InputError(f"{where}: must be a mapping with action, resource and optional context")
    unknown = sorted(set(entry) - {"action", "resource", "context"})
    if unknown:
        raise InputError(f"{where}.{unknown[0]}: unknown key; allowed: action, resource, context")
    for key in ("action", "resource"):
        if not isinstance(entry.get(key), str) or not entry[key]:
            raise InputError(f"{where}.{key}: required, a string")
    context = entry.get("context") or {}
    if not isinstance(context, dict):
        raise InputError(f"{where}.context: must be a mapping of condition key to value or list of values")
    for key, value in context.items():
        if isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)):
            raise InputError(f"{where}.context.{key}: must be a value or a list of values")
    return Request(
        _action(entry["action"], f"{where}.action"), entry["resource"], {str(k): v for k, v in context.items()}
    )


def _request_json(request: Request) -> dict[str, Any]:
    return {"action": request.action, "resource": request.resource, "context": dict(request.context)}


def _pair_list(items: list[str], option: str) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise InputError(f"{option} {item!r}: expected KEY=VALUE")
        pairs.append((key, value))
    return pairs


def _pairs(items: list[str], option: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for key, value in _pair_list(items, option):
        if key in pairs:
            raise InputError(f"{option} {key} is given twice")
        pairs[key] = value
    return pairs
