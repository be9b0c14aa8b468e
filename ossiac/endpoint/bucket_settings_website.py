"""Static website hosting: WebsiteConfiguration <-> settings["website"] (alicloud_oss_bucket_website).

Index and error documents, and routing rules with their conditions, redirects and Lua scripts.
The mirror sub-containers of a redirect (MirrorHeaders, MirrorAuth, MirrorMultiAlternates,
MirrorReturnHeaders, MirrorTaggings) are not served: the local cloud has no origin to mirror from,
so a request that sets them is refused with NotImplemented rather than stored half-understood.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import Element

from ossiac.endpoint import xmlio
from ossiac.endpoint.bucket_settings_kind import (
    SubResource,
    boolean,
    choice,
    clear_setting,
    integer,
    not_configured,
    required,
    store_setting,
)
from ossiac.endpoint.errors import invalid_argument, malformed_xml, not_implemented

if TYPE_CHECKING:
    from ossiac.endpoint.app import Call

INDEX_TYPES = ("0", "1", "2")
ERROR_STATUSES = (200, 404)
REDIRECT_TYPES = ("Mirror", "External", "Internal", "AliCDN")
# The redirect's scalar fields, in the provider's names; the XML names are their CamelCase.
REDIRECT_BOOLS = (
    "enable_replace_prefix",
    "mirror_allow_get_image_info",
    "mirror_allow_head_object",
    "mirror_allow_video_snapshot",
    "mirror_check_md5",
    "mirror_follow_redirect",
    "mirror_is_express_tunnel",
    "mirror_pass_original_slashes",
    "mirror_pass_query_string",
    "mirror_proxy_pass",
    "mirror_save_oss_meta",
    "mirror_sni",
    "mirror_switch_all_errors",
    "mirror_user_last_modified",
    "mirror_using_role",
    "pass_query_string",
)
REDIRECT_TEXTS = (
    "host_name",
    "http_redirect_code",
    "mirror_dst_region",
    "mirror_dst_slave_vpc_id",
    "mirror_dst_vpc_id",
    "mirror_role",
    "mirror_tunnel_id",
    "mirror_url",
    "mirror_url_probe",
    "mirror_url_slave",
    "protocol",
    "redirect_type",
    "replace_key_prefix_with",
    "replace_key_with",
    "transparent_mirror_response_codes",
)
REDIRECT_BLOCKS = (
    "mirror_auth",
    "mirror_headers",
    "mirror_multi_alternates",
    "mirror_return_headers",
    "mirror_taggings",
)
_UPPER = {"url": "URL", "sni": "SNI"}


def camel(name: str) -> str:
    return "".join(_UPPER.get(part, part.capitalize()) for part in name.split("_"))


# -- XML -> settings["website"] ------------------------------------------------------------------------


def _redirect(element: Element) -> dict:
    for block in REDIRECT_BLOCKS:
        if element.find(camel(block)) is not None:
            raise not_implemented(f"<{camel(block)}> in a website routing rule")
    redirect: dict[str, Any] = {name: boolean(element, camel(name)) for name in REDIRECT_BOOLS}
    redirect.update({name: xmlio.text(element, camel(name)) for name in REDIRECT_TEXTS})
    redirect["mirror_async_status"] = integer(element, "MirrorAsyncStatus")
    redirect.update({block: [] for block in REDIRECT_BLOCKS})
    if redirect["redirect_type"] is None:
        raise malformed_xml("A routing rule's <Redirect> needs a <RedirectType>.")
    choice(redirect["redirect_type"], REDIRECT_TYPES, "RedirectType")
    return redirect


def _condition(element: Element) -> dict:
    headers = [
        {
            "key": xmlio.text(h, "Key"),
            "equals": xmlio.text(h, "Equals"),
            "starts_with": xmlio.text(h, "StartsWith"),
            "ends_with": xmlio.text(h, "EndsWith"),
        }
        for h in element.findall("IncludeHeader")
    ]
    code = integer(element, "HttpErrorCodeReturnedEquals", minimum=100, maximum=599)
    return {
        "http_error_code_returned_equals": None if code is None else str(code),
        "include_headers": headers,
        "key_prefix_equals": xmlio.text(element, "KeyPrefixEquals"),
        "key_suffix_equals": xmlio.text(element, "KeySuffixEquals"),
    }


def _routing_rule(element: Element) -> dict:
    condition, redirect, lua = element.find("Condition"), element.find("Redirect"), element.find("LuaConfig")
    if redirect is None and lua is None:
        raise malformed_xml("A <RoutingRule> needs a <Redirect> or a <LuaConfig>.")
    return {
        "rule_number": integer(element, "RuleNumber", minimum=1),
        "condition": [_condition(condition)] if condition is not None else [],
        "redirect": [_redirect(redirect)] if redirect is not None else [],
        "lua_config": [{"script": xmlio.text(lua, "Script")}] if lua is not None else [],
    }


def _parse(body: bytes, _call: Call) -> dict:
    config = xmlio.parse(body, "WebsiteConfiguration")
    index, error, rules = config.find("IndexDocument"), config.find("ErrorDocument"), config.find("RoutingRules")
    if index is None and error is None and rules is None:
        raise malformed_xml("<WebsiteConfiguration> needs an <IndexDocument>, an <ErrorDocument> or <RoutingRules>.")
    index_type = xmlio.text(index, "Type") if index is not None else None
    status = integer(error, "HttpStatus") if error is not None else None
    if status is not None and status not in ERROR_STATUSES:
        raise invalid_argument(
            f"ErrorDocument HttpStatus {status} is not valid; OSS takes 200 or 404.",
            name="HttpStatus",
            value=str(status),
        )
    return {
        "index_document": [
            {
                "suffix": required(index, "Suffix"),
                "support_sub_dir": boolean(index, "SupportSubDir"),
                "type": None if index_type is None else choice(index_type, INDEX_TYPES, "Type"),
            }
        ]
        if index is not None
        else [],
        "error_document": [{"key": required(error, "Key"), "http_status": status}] if error is not None else [],
        "routing_rules": [{"routing_rule": [_routing_rule(r) for r in rules.findall("RoutingRule")]}]
        if rules is not None
        else [],
    }


# -- settings["website"] -> XML ------------------------------------------------------------------------


def _first(blocks: Any) -> dict:
    return blocks[0] if isinstance(blocks, list) and blocks else {}


def _show_rule(rule: dict) -> dict:
    condition, redirect = _first(rule.get("condition")), _first(rule.get("redirect"))
    lua = _first(rule.get("lua_config"))
    content: dict[str, Any] = {"RuleNumber": rule.get("rule_number")}
    if condition:
        content["Condition"] = {
            "KeyPrefixEquals": condition.get("key_prefix_equals"),
            "KeySuffixEquals": condition.get("key_suffix_equals"),
            "HttpErrorCodeReturnedEquals": condition.get("http_error_code_returned_equals"),
            "IncludeHeader": [
                {
                    "Key": h.get("key"),
                    "Equals": h.get("equals"),
                    "StartsWith": h.get("starts_with"),
                    "EndsWith": h.get("ends_with"),
                }
                for h in condition.get("include_headers") or []
            ],
        }
    if redirect:
        content["Redirect"] = {
            camel(name): redirect.get(name)
            for name in ("redirect_type", *REDIRECT_TEXTS, *REDIRECT_BOOLS, "mirror_async_status")
            if redirect.get(name) is not None
        }
    if lua:
        content["LuaConfig"] = {"Script": lua.get("script")}
    return content


def _show(record: dict) -> dict | None:
    website = record["settings"].get("website")
    if not website:
        return None
    index, error = _first(website.get("index_document")), _first(website.get("error_document"))
    rules = _first(website.get("routing_rules")).get("routing_rule") or []
    content: dict[str, Any] = {}
    if index:
        content["IndexDocument"] = {
            "Suffix": index.get("suffix"),
            "SupportSubDir": index.get("support_sub_dir"),
            "Type": index.get("type"),
        }
    if error:
        content["ErrorDocument"] = {"Key": error.get("key"), "HttpStatus": error.get("http_status")}
    if rules:
        content["RoutingRules"] = {"RoutingRule": [_show_rule(rule) for rule in rules]}
    return content


WEBSITE = SubResource(
    "website",
    "BucketWebsite",
    "WebsiteConfiguration",
    _show,
    store_setting("website"),
    parse=_parse,
    remove=clear_setting("website"),
    unset=not_configured("NoSuchWebsiteConfiguration", "website configuration"),
)
