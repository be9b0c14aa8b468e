"""Would OSS serve this browser request? A front end of the authorization engine (`ossiac.authz`).

It reads a bucket's effective settings from Terraform JSON (`bucket_model`), turns the browser
request into the engine's request and principal, and reports the engine's decision (`simulate`):
bucket policy, ACL and public access block, hotlink protection (Referer) and CORS, in OSS's
documented order. Nothing here touches the network.
"""
