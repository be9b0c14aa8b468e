"""Deciding a request against RAM permission policies, offline.

The evaluator is the authorization engine's (`ossiac.authz.statements`), so `ossiac policy
simulate` and the local cloud's endpoint read every statement the same way; these names are kept
for the policy simulator and its callers.
"""

from __future__ import annotations

from ossiac.authz.model import ALLOW, EXPLICIT_DENY, IMPLICIT_DENY, StatementRef
from ossiac.authz.model import Evaluation as Decision
from ossiac.authz.model import Policy as NamedPolicy
from ossiac.authz.statements import Request, evaluate

__all__ = ["ALLOW", "EXPLICIT_DENY", "IMPLICIT_DENY", "Decision", "NamedPolicy", "Request", "StatementRef", "evaluate"]
