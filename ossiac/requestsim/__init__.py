"""Would OSS serve this browser request? A simulator of the bucket-level checks OSS makes.

It reads a bucket's effective settings from Terraform JSON (`bucket_model`) and applies, the way
OSS documents them, the ACL and public access block (`acl`), hotlink protection (`referer`) and
CORS (`cors`); `simulate` combines them into one decision. Nothing here touches the network.
"""
