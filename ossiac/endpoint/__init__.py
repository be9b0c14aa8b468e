"""The local cloud on Alibaba Cloud's own APIs: an HTTP endpoint that answers OSS's REST API and
STS's RPC API over the same store the stand-in provider writes (`ossiac localcloud serve`).

Requests flow one way through `app.py`: parse (`request.py`), address (`routing.py`), authenticate
(`signatures.py`, `principals.py`), authorize (one engine, `ossiac.authz`), then the operation's
handler (`service.py`, `buckets.py`, `objects.py`, ...). Every failure is an `OssError`, answered
with OSS's XML error body; nothing reaches the client as a traceback or a bare 500.
"""
