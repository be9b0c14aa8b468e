"""decide(): every OSS request decision, in the documented order, as a pure function (no I/O).

1. authentication happens before: the Principal arrives resolved;
2. an explicit Deny in any policy (session policy, identity policies, bucket policy) refuses;
   an assumed role's session policy must also allow (the role's policies intersected with it);
3. the caller's RAM policies may allow (the bucket owner's account needs none);
4. the bucket policy may allow the principals it names (`bucket_policy.py`);
5. the object ACL, else the bucket ACL, may allow everyone (`acl.py`);
6. the public access block makes public ACLs and public bucket policy statements grant nothing;
7. the Referer lists, for anonymous requests and signed URLs (`referer.py`);
8. CORS: a preflight is answered from the rules alone; an actual request gets CORS headers when
   a rule matches (`cors.py`).

Same-account model: a RAM user or role belongs to the bucket owner's account, so an Allow from its
own policies or from the bucket policy is enough.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ossiac.authz import acl as acls
from ossiac.authz.bucket_policy import is_public, names_principal
from ossiac.authz.cors import evaluate_cors
from ossiac.authz.model import (
    ALLOW,
    EXPLICIT_DENY,
    AccessRequest,
    BucketView,
    Decision,
    Evaluation,
    Finding,
    Outcome,
    Policy,
    Principal,
    PrincipalKind,
    StatementRef,
)
from ossiac.authz.referer import check_referer
from ossiac.authz.resources import resource_arn
from ossiac.authz.statements import Request, evaluate

ACCESS_DENIED = "AccessDenied"
PREFLIGHT_REFUSED = "AccessForbidden"
_RAM_KINDS = (PrincipalKind.RAM_USER, PrincipalKind.ASSUMED_ROLE)
_PREFLIGHT_SKIPS = ("explicit-deny", "ram-policy", "bucket-policy", "acl", "public-access-block", "referer")


def decide(request: AccessRequest, principal: Principal, bucket: BucketView | None) -> Decision:
    if request.preflight:
        return _preflight(request, bucket)
    return _Evaluator(request, principal, bucket).run()


def _preflight(request: AccessRequest, bucket: BucketView | None) -> Decision:
    # A preflight carries no credentials and no object is served: OSS answers it from the CORS
    # rules alone.
    cors = evaluate_cors(bucket.cors if bucket else None, request)
    skipped = tuple(
        Finding(check, Outcome.SKIP, "a preflight is answered from the CORS rules alone") for check in _PREFLIGHT_SKIPS
    )
    notes = (bucket.notes if bucket else ()) + cors.notes
    if cors.result.outcome is Outcome.FAIL:
        return Decision(
            False,
            403,
            PREFLIGHT_REFUSED,
            cors.result.check,
            cors.result.detail,
            (),
            cors.headers,
            skipped + (cors.result,),
            None,
            notes,
        )
    return Decision(True, 200, None, None, cors.result.detail, (), cors.headers, skipped + (cors.result,), None, notes)


@dataclass
class _Evaluator:
    request: AccessRequest
    principal: Principal
    bucket: BucketView | None
    findings: list[Finding] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    granted: tuple[str, str, StatementRef | None] | None = None  # (check, why, statement)
    blocked: str | None = None  # what the public access block took away

    def __post_init__(self) -> None:
        self.resource = resource_arn(self.request, self.bucket, self.principal.account_id)
        self.query = Request(self.request.action, self.resource, self.request.context)
        bucket, principal = self.bucket, self.principal
        self.owner = principal.kind is PrincipalKind.ACCOUNT and (
            bucket is None
            or not bucket.owner_account
            or not principal.account_id
            or bucket.owner_account == principal.account_id
        )
        self.what = f"{self.request.action} on {self.resource}"
        # CORS headers go on the answer whatever it is, refusals included.
        self.cors = evaluate_cors(bucket.cors if bucket else None, self.request)

    # -- the steps ---------------------------------------------------------------------------

    def run(self) -> Decision:
        session = self._evaluate_session()
        identity = self._evaluate_identity()
        bucket_policy = self._evaluate_bucket_policy(honour_block=True)
        refusal = self._explicit_deny(session, identity, bucket_policy) or self._session_allows(session)
        if refusal:
            return refusal
        self._ram_policies(identity)
        self._bucket_policy(bucket_policy)
        self._acl()
        self._public_access_block()
        referer = check_referer(self.bucket.referer if self.bucket else None, self.request)
        if self.granted is None:
            return self._refused_without_grant(referer)
        self.findings += [referer, self.cors.result]
        if referer.outcome is Outcome.FAIL:
            return self._refuse(referer.check, referer.detail, None)
        check, why, statement = self.granted
        notes = (self.bucket.notes if self.bucket else ()) + self.cors.notes
        return Decision(
            True,
            200,
            None,
            None,
            f"allowed by {check}: {why}",
            tuple(self.reasons),
            dict(self.cors.headers),
            tuple(self.findings),
            statement,
            notes,
        )

    def _evaluate_session(self) -> Evaluation | None:
        if self.principal.kind is not PrincipalKind.ASSUMED_ROLE or self.principal.session_policy is None:
            return None
        return self._note(evaluate([Policy("session policy", self.principal.session_policy)], self.query))

    def _evaluate_identity(self) -> Evaluation | None:
        if self.principal.kind not in _RAM_KINDS:
            return None
        return self._note(evaluate(self.principal.policies, self.query))

    def _evaluate_bucket_policy(self, *, honour_block: bool) -> Evaluation | None:
        bucket = self.bucket
        if bucket is None or not bucket.policy:
            return None
        block = honour_block and bucket.block_public_access

        def who(statement):
            named, why = names_principal(statement, self.principal, owner=self.owner)
            if named and block and is_public(statement):
                return False, "a public statement grants nothing while public access is blocked"
            return named, why

        name = bucket.policy_source or f"bucket policy of {bucket.name}"
        evaluation = evaluate([Policy(name, bucket.policy)], self.query, who=who)
        return self._note(evaluation) if honour_block else evaluation

    def _note(self, evaluation: Evaluation) -> Evaluation:
        self.reasons += evaluation.reasons
        return evaluation

    def _explicit_deny(self, *evaluations: Evaluation | None) -> Decision | None:
        for evaluation in evaluations:
            if evaluation is not None and evaluation.decision == EXPLICIT_DENY:
                detail = f"explicit deny: {evaluation.statement} denies {self.what}; a Deny wins over every Allow"
                self.findings.append(Finding("explicit-deny", Outcome.FAIL, detail))
                return self._refuse("explicit-deny", detail, evaluation.statement)
        self.findings.append(Finding("explicit-deny", Outcome.PASS, "no statement in any policy denies the request"))
        return None

    def _session_allows(self, session: Evaluation | None) -> Decision | None:
        if session is None:
            return None
        if session.decision == ALLOW:
            self.findings.append(Finding("session-policy", Outcome.PASS, f"{session.statement} allows {self.what}"))
            return None
        detail = (
            f"the session policy allows nothing of {self.what}; an assumed role acts with its role's "
            "policies intersected with the session policy, so both must allow"
        )
        self.findings.append(Finding("session-policy", Outcome.FAIL, detail))
        return self._refuse("session-policy", detail, None)

    def _ram_policies(self, identity: Evaluation | None) -> None:
        if self.owner:
            self._grant("ram-policy", "the bucket owner's account needs no RAM policy in its own buckets", None)
        elif identity is None:
            kind = "anonymous callers have" if self.principal.anonymous else "another account has"
            self.findings.append(Finding("ram-policy", Outcome.SKIP, f"{kind} no RAM policies here"))
        elif identity.decision == ALLOW:
            self._grant("ram-policy", f"{identity.statement} allows {self.what}", identity.statement)
        else:
            names = ", ".join(p.name for p in self.principal.policies) or "none attached"
            self.findings.append(
                Finding(
                    "ram-policy",
                    Outcome.NO_MATCH,
                    f"no statement of the caller's RAM policies ({names}) allows {self.what}",
                )
            )

    def _bucket_policy(self, evaluation: Evaluation | None) -> None:
        if evaluation is None:
            self.findings.append(Finding("bucket-policy", Outcome.SKIP, "the bucket has no bucket policy"))
        elif self.granted is not None:
            self.findings.append(
                Finding("bucket-policy", Outcome.SKIP, f"already allowed; no statement of it denies {self.what}")
            )
        elif evaluation.decision == ALLOW:
            self._grant(
                "bucket-policy", f"{evaluation.statement} allows {self.what} for this caller", evaluation.statement
            )
        else:
            unblocked = self._evaluate_bucket_policy(honour_block=False)
            if unblocked is not None and unblocked.decision == ALLOW:
                self.blocked = f"the public bucket policy statement {unblocked.statement}"
                detail = f"{unblocked.statement} allows {self.what} publicly, but public access is blocked"
            else:
                detail = f"no statement names this caller and allows {self.what}"
            self.findings.append(Finding("bucket-policy", Outcome.NO_MATCH, detail))

    def _acl(self) -> None:
        if self.granted is not None:
            self.findings.append(Finding("acl", Outcome.SKIP, f"already allowed by {self.granted[0]}"))
            return
        if self.bucket is None:
            who = "anonymous callers" if self.principal.anonymous else "this caller"
            self.findings.append(
                Finding(
                    "acl",
                    Outcome.NO_MATCH,
                    f"{who} may not {self.request.action}: no bucket ACL applies, and nothing else grants it",
                )
            )
            return
        needed = acls.needed_acls(self.request.action)
        acl, where = acls.effective_acl(self.request, self.bucket)
        caller = "anonymous" if self.principal.anonymous else "signed"
        verb = "write" if acls.writes(self.request.action) else "read"
        if not needed:
            self.findings.append(
                Finding("acl", Outcome.NO_MATCH, f"no ACL grants {self.request.action}; only the owner or a policy can")
            )
        elif acl not in needed:
            self.findings.append(
                Finding(
                    "acl",
                    Outcome.NO_MATCH,
                    f"{caller} {self.request.method} ({verb}) needs acl {' or '.join(needed)}; {where}",
                )
            )
        elif self.bucket.block_public_access:
            self.blocked = self.blocked or f"the public acl {acl}"
            self.findings.append(
                Finding("acl", Outcome.SKIP, f"acl {acl} would allow {caller} {verb}s, but public access is blocked")
            )
        else:
            whose = "anonymous" if self.principal.anonymous else "everyone's"
            self._grant("acl", f"{where}, which allows {whose} {verb}s", None)

    def _public_access_block(self) -> None:
        bucket = self.bucket
        source = f" ({bucket.block_public_access_source})" if bucket and bucket.block_public_access_source else ""
        if self.blocked:
            who = "anonymous callers" if self.principal.anonymous else "callers it does not name"
            detail = f"block_public_access is true{source}, so {self.blocked} grants nothing to {who}"
            self.findings.append(Finding("public-access-block", Outcome.FAIL, detail))
        elif bucket is not None and bucket.block_public_access:
            self.findings.append(
                Finding(
                    "public-access-block",
                    Outcome.PASS,
                    f"public access is blocked{source}; this request relies on no public grant",
                )
            )
        elif self.granted is not None and self.granted[0] == "acl":
            self.findings.append(
                Finding("public-access-block", Outcome.PASS, f"public access is not blocked{source or ' (not set)'}")
            )
        else:
            self.findings.append(Finding("public-access-block", Outcome.SKIP, "applies to public grants only"))

    # -- outcomes ----------------------------------------------------------------------------

    def _grant(self, check: str, why: str, statement: StatementRef | None) -> None:
        self.granted = (check, why, statement)
        self.findings.append(Finding(check, Outcome.PASS, why))

    def _refused_without_grant(self, referer: Finding) -> Decision:
        if self.blocked:
            check = "public-access-block"
        elif self.principal.kind in _RAM_KINDS:
            check = "ram-policy"
        else:
            check = "acl"
        findings = [
            Finding(f.check, Outcome.FAIL, f.detail) if f.check == check and f.outcome is Outcome.NO_MATCH else f
            for f in self.findings
        ]
        detail = next(f.detail for f in findings if f.check == check)
        if check == "ram-policy" and self.bucket is not None:
            # Nothing allowed it: say what each possible grant answered.
            detail = "; ".join(f.detail for f in findings if f.check in ("ram-policy", "bucket-policy", "acl"))
        self.findings = findings + [referer, self.cors.result]
        return self._refuse(check, detail, None)

    def _refuse(self, check: str, detail: str, statement: StatementRef | None) -> Decision:
        notes = (self.bucket.notes if self.bucket else ()) + self.cors.notes
        return Decision(
            False,
            403,
            ACCESS_DENIED,
            check,
            detail,
            tuple(self.reasons),
            dict(self.cors.headers),
            tuple(self.findings),
            statement,
            notes,
        )
