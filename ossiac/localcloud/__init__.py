"""The local cloud: a project-local stand-in for the Alibaba Cloud APIs the local target uses.

Objects live as records in one SQLite database (`store.py`), `cloud.db` in `.local/cloud/` or
$OSSIAC_LOCALCLOUD_DIR. The stand-in provider (`ossiac.localprovider`) and the console commands
(`ossiac localcloud`) both act on it, so changes made "in the console" show up as drift in Terraform.
"""
