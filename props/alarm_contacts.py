"""Who hears about a stack's alarms: a CloudMonitor contact group and its contacts.

A DingTalk robot webhook carries its access token in the URL, so it never appears in the props or
the Terraform JSON: the props name the environment variable `TF_VAR_<name>` that holds it (the
AlarmContactGroup construct declares the sensitive variable `<name>`). Email addresses are not secrets.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from ossiac_props.base import Props, declared_twice, raise_problems
from ossiac_props.identifiers import describe_refused

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
    """CloudMonitor mails an activation link; the address gets alarms once it is clicked. Default: none."""
    dingtalk_webhook_env: str | None = None
    """Environment variable holding the DingTalk robot webhook, `TF_VAR_<name>`. Default: none."""
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
                f"expected the name of an environment variable TF_VAR_<name> (letters, digits, _ and -), got "
                f"{describe_refused(env)}; the webhook URL itself goes in that variable, never in the stack file"
            )
        return env

    @model_validator(mode="after")
    def _a_channel(self) -> ContactProps:
        if not (self.email or self.dingtalk_webhook_env):
            raise ValueError("a contact needs email or dingtalk_webhook_env")
        return self

    @property
    def webhook_variable(self) -> str | None:
        if not self.dingtalk_webhook_env:
            return None
        matched = WEBHOOK_ENV.match(self.dingtalk_webhook_env)
        assert matched is not None, "the field's validator accepts only TF_VAR_<name>"
        return matched.group(1)


class ContactGroupProps(Props):
    name: str | None = Field(default=None, min_length=1)
    """Default: <stack>-oss-oncall (the stack fills it in)."""
    description: str | None = None
    """Default: "OSS alarms (ossiac)"."""
    contacts: list[ContactProps] = []
    """May be empty: the alarms then show in the CloudMonitor console and notify nobody. Default: none."""

    @field_validator("contacts")
    @classmethod
    def _unique(cls, contacts: list[ContactProps]) -> list[ContactProps]:
        raise_problems(declared_twice("contacts", [c.name for c in contacts]))
        return contacts
