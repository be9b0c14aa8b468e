from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

import typeguard
from importlib.metadata import version as _metadata_package_version
TYPEGUARD_MAJOR_VERSION = int(_metadata_package_version('typeguard').split('.')[0])

def check_type(argname: str, value: object, expected_type: typing.Any) -> typing.Any:
    if TYPEGUARD_MAJOR_VERSION <= 2:
        return typeguard.check_type(argname=argname, value=value, expected_type=expected_type) # type:ignore
    else:
        if isinstance(value, jsii._reference_map.InterfaceDynamicProxy): # pyright: ignore [reportAttributeAccessIssue]
           pass
        else:
            if TYPEGUARD_MAJOR_VERSION == 3:
                typeguard.config.collection_check_strategy = typeguard.CollectionCheckStrategy.ALL_ITEMS # type:ignore
                typeguard.check_type(value=value, expected_type=expected_type) # type:ignore
            else:
                typeguard.check_type(value=value, expected_type=expected_type, collection_check_strategy=typeguard.CollectionCheckStrategy.ALL_ITEMS) # type:ignore

from ._jsii import *

__all__ = [
    "cen_instance",
    "cen_instance_attachment",
    "cms_alarm",
    "cms_alarm_contact",
    "cms_alarm_contact_group",
    "data_alicloud_account",
    "data_alicloud_kms_keys",
    "data_alicloud_oss_buckets",
    "data_alicloud_ram_roles",
    "data_alicloud_regions",
    "express_connect_router_interface",
    "fc_function",
    "fc_service",
    "fc_trigger",
    "fcv3_function",
    "fcv3_trigger",
    "kms_alias",
    "kms_key",
    "kms_secret",
    "log_project",
    "log_store",
    "oss_bucket",
    "oss_bucket_access_monitor",
    "oss_bucket_acl",
    "oss_bucket_cors",
    "oss_bucket_data_redundancy_transition",
    "oss_bucket_https_config",
    "oss_bucket_logging",
    "oss_bucket_object",
    "oss_bucket_policy",
    "oss_bucket_public_access_block",
    "oss_bucket_referer",
    "oss_bucket_replication",
    "oss_bucket_request_payment",
    "oss_bucket_server_side_encryption",
    "oss_bucket_transfer_acceleration",
    "oss_bucket_versioning",
    "oss_bucket_website",
    "oss_bucket_worm",
    "provider",
    "ram_policy",
    "ram_role",
    "ram_role_policy_attachment",
    "ram_user",
    "ram_user_policy_attachment",
    "route_entry",
    "vpc",
    "vpc_peer_connection",
    "vpc_peer_connection_accepter",
    "vpn_connection",
    "vpn_customer_gateway",
    "vpn_gateway",
    "vpn_route_entry",
    "vswitch",
]

publication.publish()

# Loading modules to ensure their types are registered with the jsii runtime library
