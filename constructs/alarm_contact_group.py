"""A CloudMonitor contact group and its contacts: who hears about a stack's alarms.

A DingTalk robot webhook carries its access token in the URL, so it never appears in the props or
the Terraform JSON: the props name the environment variable `TF_VAR_<name>` that holds it, and the
JSON declares a sensitive Terraform variable `<name>` that Terraform fills from that environment
variable at plan time (an unset variable stops the plan). Email addresses are not secrets.
"""

from __future__ import annotations

from cdktf_cdktf_provider_alicloud.cms_alarm_contact import CmsAlarmContact
from cdktf_cdktf_provider_alicloud.cms_alarm_contact_group import CmsAlarmContactGroup
from constructs import Construct

from ossiac.cdk import TerraformVariable
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_props.alarm_contacts import ContactGroupProps, ContactProps


class AlarmContactGroup(Construct):
    def __init__(self, scope: Construct, id_: str, props: ContactGroupProps) -> None:
        super().__init__(scope, id_)
        if props.name is None:
            raise InvalidPropsError(f"AlarmContactGroup {self.node.path}", ["name: give the group's name"])
        variables: dict[str, TerraformVariable] = {}
        contacts = []
        for contact in props.contacts:
            webhook = None
            if contact.webhook_variable:
                webhook = self._webhook(variables, contact.webhook_variable, contact)
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

    def _webhook(self, variables: dict[str, TerraformVariable], name: str, contact: ContactProps) -> str:
        """The string value of the sensitive variable `name` (contact.webhook_variable), declared once."""
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
