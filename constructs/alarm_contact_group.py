"""A CloudMonitor contact group and its contacts: who hears about a stack's alarms.

A DingTalk robot webhook carries its access token in the URL, so it never appears in the props or
the Terraform JSON: the props name the environment variable `TF_VAR_<name>` that holds it, and the
JSON declares a sensitive Terraform variable `<name>` that Terraform fills from that environment
variable at plan time (an unset variable stops the plan). Email addresses are not secrets.
"""

from __future__ import annotations

import re
from typing import Literal

from ossiac.cdk import TerraformVariable
from cdktf_cdktf_provider_alicloud.cms_alarm_contact import CmsAlarmContact
from cdktf_cdktf_provider_alicloud.cms_alarm_contact_group import CmsAlarmContactGroup
from constructs import Construct
from pydantic import Field, field_validator, model_validator

from ossiac_constructs.bucket_props import Props

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Terraform reads variable <name> from TF_VAR_<name>; variable names are identifiers.
WEBHOOK_ENV = re.compile(r"^TF_VAR_([A-Za-z_][A-Za-z0-9_-]*)$")


class ContactProps(Props):
    """One alarm contact. Needs at least one channel: email or DingTalk."""

    name: str = Field(min_length=2, max_length=40)
    """Unique in the Alibaba Cloud account (CloudMonitor contacts are account-wide)."""
    description: str | None = None
    """Default: "<name> (ossiac)"."""
    email: str | None = None
    """CloudMonitor mails an activation link; the address gets alarms once it is clicked."""
    dingtalk_webhook_env: str | None = None
    """Environment variable holding the DingTalk robot webhook, `TF_VAR_<name>`."""
    lang: Literal["en", "zh-cn"] | None = None
    """Language of the notifications. Default: CloudMonitor's."""

    @model_validator(mode="before")
    @classmethod
    def _no_literal_webhook(cls, data: object) -> object:
        if isinstance(data, dict) and "dingtalk_webhook" in data:
            raise ValueError(
                "dingtalk_webhook: a webhook URL carries an access token and must not be written in the stack file; "
                "set dingtalk_webhook_env: TF_VAR_<name> and export the URL in that variable"
            )
        return data

    @field_validator("email")
    @classmethod
    def _email(cls, email: str | None) -> str | None:
        if email is not None and not EMAIL.match(email):
            raise ValueError(f"{email!r} is not an email address")
        return email

    @field_validator("dingtalk_webhook_env")
    @classmethod
    def _webhook_env(cls, env: str | None) -> str | None:
        if env is not None and not WEBHOOK_ENV.match(env):
            raise ValueError(
                f"{env!r} must be TF_VAR_<name> (letters, digits, _ and -): Terraform reads variable <name> from it"
            )
        return env

    @model_validator(mode="after")
    def _a_channel(self) -> ContactProps:
        if not (self.email or self.dingtalk_webhook_env):
            raise ValueError("a contact needs email or dingtalk_webhook_env")
        return self

    @property
    def webhook_variable(self) -> str | None:
        return WEBHOOK_ENV.match(self.dingtalk_webhook_env).group(1) if self.dingtalk_webhook_env else None


class ContactGroupProps(Props):
    name: str = Field(min_length=1)
    description: str | None = None
    """Default: "OSS alarms (ossiac)"."""
    contacts: list[ContactProps] = []
    """May be empty: the alarms then show in the CloudMonitor console and notify nobody."""

    @field_validator("contacts")
    @classmethod
    def _unique(cls, contacts: list[ContactProps]) -> list[ContactProps]:
        names = [c.name for c in contacts]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"contact names must be unique: {', '.join(duplicates)}")
        return contacts


class AlarmContactGroup(Construct):
    def __init__(self, scope: Construct, id_: str, props: ContactGroupProps) -> None:
        super().__init__(scope, id_)
        variables: dict[str, TerraformVariable] = {}
        contacts = []
        for contact in props.contacts:
            webhook = None
            if contact.webhook_variable:
                webhook = self._webhook(variables, contact)
            contacts.append(
                CmsAlarmContact(
                    self,
                    f"contact-{contact.name}",
                    alarm_contact_name=contact.name,
                    describe=contact.description or f"{contact.name} (ossiac)",
                    channels_mail=contact.email,
                    channels_ding_web_hook=webhook,
                    lang=contact.lang,
                )
            )
        self.group = CmsAlarmContactGroup(
            self,
            "group",
            alarm_contact_group_name=props.name,
            describe=props.description or "OSS alarms (ossiac)",
            contacts=[c.alarm_contact_name for c in contacts] or None,
        )
        # Alarms reference the group by name; the reference also orders them after it.
        self.name = self.group.alarm_contact_group_name

    def _webhook(self, variables: dict[str, TerraformVariable], contact: ContactProps) -> str:
        name = contact.webhook_variable
        if name not in variables:
            variable = TerraformVariable(
                self,
                f"webhook-{name}",
                type="string",
                sensitive=True,
                nullable=False,
                description=f"DingTalk robot webhook for alarm contact {contact.name} (set {contact.dingtalk_webhook_env})",
            )
            variable.override_logical_id(name)  # so TF_VAR_<name> fills it
            variables[name] = variable
        return variables[name].string_value
