"""The one authorization engine: every OSS request decision, live or simulated, is made here.

`decide(request, principal, bucket)` is a pure function (no I/O): the endpoint builds its inputs
from the local cloud's store, the request and policy simulators from Terraform JSON.
"""
