r'''
# `alicloud_cms_alarm_contact`

Refer to the Terraform Registry for docs: [`alicloud_cms_alarm_contact`](https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact).
'''
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

from .._jsii import *

import cdktf as _cdktf_9a9027ec
import constructs as _constructs_77d1e7e8


class CmsAlarmContact(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarmContact.CmsAlarmContact",
):
    '''Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact alicloud_cms_alarm_contact}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        alarm_contact_name: builtins.str,
        describe: builtins.str,
        channels_aliim: typing.Optional[builtins.str] = None,
        channels_ding_web_hook: typing.Optional[builtins.str] = None,
        channels_mail: typing.Optional[builtins.str] = None,
        channels_sms: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        lang: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact alicloud_cms_alarm_contact} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param alarm_contact_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#alarm_contact_name CmsAlarmContact#alarm_contact_name}.
        :param describe: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#describe CmsAlarmContact#describe}.
        :param channels_aliim: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#channels_aliim CmsAlarmContact#channels_aliim}.
        :param channels_ding_web_hook: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#channels_ding_web_hook CmsAlarmContact#channels_ding_web_hook}.
        :param channels_mail: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#channels_mail CmsAlarmContact#channels_mail}.
        :param channels_sms: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#channels_sms CmsAlarmContact#channels_sms}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#id CmsAlarmContact#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param lang: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#lang CmsAlarmContact#lang}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1f80e03f30e91267301e089f536df73c09c087efdcdf7aaa2b5d36af0ec4f2d4)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = CmsAlarmContactConfig(
            alarm_contact_name=alarm_contact_name,
            describe=describe,
            channels_aliim=channels_aliim,
            channels_ding_web_hook=channels_ding_web_hook,
            channels_mail=channels_mail,
            channels_sms=channels_sms,
            id=id,
            lang=lang,
            connection=connection,
            count=count,
            depends_on=depends_on,
            for_each=for_each,
            lifecycle=lifecycle,
            provider=provider,
            provisioners=provisioners,
        )

        jsii.create(self.__class__, self, [scope, id_, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a CmsAlarmContact resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the CmsAlarmContact to import.
        :param import_from_id: The id of the existing CmsAlarmContact that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the CmsAlarmContact to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__537884aec8e308b6c0c79aae126a03f68e97317030888e2e3fd971583a01722e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetChannelsAliim")
    def reset_channels_aliim(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChannelsAliim", []))

    @jsii.member(jsii_name="resetChannelsDingWebHook")
    def reset_channels_ding_web_hook(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChannelsDingWebHook", []))

    @jsii.member(jsii_name="resetChannelsMail")
    def reset_channels_mail(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChannelsMail", []))

    @jsii.member(jsii_name="resetChannelsSms")
    def reset_channels_sms(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChannelsSms", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetLang")
    def reset_lang(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLang", []))

    @jsii.member(jsii_name="synthesizeAttributes")
    def _synthesize_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeAttributes", []))

    @jsii.member(jsii_name="synthesizeHclAttributes")
    def _synthesize_hcl_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeHclAttributes", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="tfResourceType")
    def TF_RESOURCE_TYPE(cls) -> builtins.str:
        return typing.cast(builtins.str, jsii.sget(cls, "tfResourceType"))

    @builtins.property
    @jsii.member(jsii_name="alarmContactNameInput")
    def alarm_contact_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "alarmContactNameInput"))

    @builtins.property
    @jsii.member(jsii_name="channelsAliimInput")
    def channels_aliim_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "channelsAliimInput"))

    @builtins.property
    @jsii.member(jsii_name="channelsDingWebHookInput")
    def channels_ding_web_hook_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "channelsDingWebHookInput"))

    @builtins.property
    @jsii.member(jsii_name="channelsMailInput")
    def channels_mail_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "channelsMailInput"))

    @builtins.property
    @jsii.member(jsii_name="channelsSmsInput")
    def channels_sms_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "channelsSmsInput"))

    @builtins.property
    @jsii.member(jsii_name="describeInput")
    def describe_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "describeInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="langInput")
    def lang_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "langInput"))

    @builtins.property
    @jsii.member(jsii_name="alarmContactName")
    def alarm_contact_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "alarmContactName"))

    @alarm_contact_name.setter
    def alarm_contact_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9b7e6911fadcb2586efcfc40538822adcdb4e1d891ec363180f6f2f25a7f1626)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "alarmContactName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="channelsAliim")
    def channels_aliim(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "channelsAliim"))

    @channels_aliim.setter
    def channels_aliim(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__869dfbbdf1954b31c0b4a78507a58dc259f8bf054906d45dd6ff26e7a566fcf4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "channelsAliim", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="channelsDingWebHook")
    def channels_ding_web_hook(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "channelsDingWebHook"))

    @channels_ding_web_hook.setter
    def channels_ding_web_hook(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eaff62bbff01937732ae3b0d4687dec4a36b6879214ba55ef4215ddf5d43f798)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "channelsDingWebHook", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="channelsMail")
    def channels_mail(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "channelsMail"))

    @channels_mail.setter
    def channels_mail(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bd5311b1e4842d32f62bcba83f46f178cca14d41c83da6148f8d552fafd0facc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "channelsMail", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="channelsSms")
    def channels_sms(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "channelsSms"))

    @channels_sms.setter
    def channels_sms(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe01f9bc8ef57d89f3a05b698abc851d3819622ffa862bcbc75d8787022fffbc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "channelsSms", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="describe")
    def describe(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "describe"))

    @describe.setter
    def describe(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9bc835498e69e21aae58f1fb378435fc6fa4057e004c6b4f2437d4f8411093c0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "describe", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__264362655d8522549f963f6a7230af5f36dcd430c682448bb0551b5af309f5dd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lang")
    def lang(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lang"))

    @lang.setter
    def lang(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ece908fbcb15887f7c4718d21cc3c755e002c72bb25db43268cbe9eb337c6fdb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lang", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.cmsAlarmContact.CmsAlarmContactConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "alarm_contact_name": "alarmContactName",
        "describe": "describe",
        "channels_aliim": "channelsAliim",
        "channels_ding_web_hook": "channelsDingWebHook",
        "channels_mail": "channelsMail",
        "channels_sms": "channelsSms",
        "id": "id",
        "lang": "lang",
    },
)
class CmsAlarmContactConfig(_cdktf_9a9027ec.TerraformMetaArguments):
    def __init__(
        self,
        *,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
        alarm_contact_name: builtins.str,
        describe: builtins.str,
        channels_aliim: typing.Optional[builtins.str] = None,
        channels_ding_web_hook: typing.Optional[builtins.str] = None,
        channels_mail: typing.Optional[builtins.str] = None,
        channels_sms: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        lang: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param alarm_contact_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#alarm_contact_name CmsAlarmContact#alarm_contact_name}.
        :param describe: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#describe CmsAlarmContact#describe}.
        :param channels_aliim: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#channels_aliim CmsAlarmContact#channels_aliim}.
        :param channels_ding_web_hook: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#channels_ding_web_hook CmsAlarmContact#channels_ding_web_hook}.
        :param channels_mail: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#channels_mail CmsAlarmContact#channels_mail}.
        :param channels_sms: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#channels_sms CmsAlarmContact#channels_sms}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#id CmsAlarmContact#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param lang: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#lang CmsAlarmContact#lang}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c8ac01c84c1b0278cbe70d6b05003d11777ef2f2bb97a11e75670cc48f40ff4f)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument alarm_contact_name", value=alarm_contact_name, expected_type=type_hints["alarm_contact_name"])
            check_type(argname="argument describe", value=describe, expected_type=type_hints["describe"])
            check_type(argname="argument channels_aliim", value=channels_aliim, expected_type=type_hints["channels_aliim"])
            check_type(argname="argument channels_ding_web_hook", value=channels_ding_web_hook, expected_type=type_hints["channels_ding_web_hook"])
            check_type(argname="argument channels_mail", value=channels_mail, expected_type=type_hints["channels_mail"])
            check_type(argname="argument channels_sms", value=channels_sms, expected_type=type_hints["channels_sms"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument lang", value=lang, expected_type=type_hints["lang"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "alarm_contact_name": alarm_contact_name,
            "describe": describe,
        }
        if connection is not None:
            self._values["connection"] = connection
        if count is not None:
            self._values["count"] = count
        if depends_on is not None:
            self._values["depends_on"] = depends_on
        if for_each is not None:
            self._values["for_each"] = for_each
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if provider is not None:
            self._values["provider"] = provider
        if provisioners is not None:
            self._values["provisioners"] = provisioners
        if channels_aliim is not None:
            self._values["channels_aliim"] = channels_aliim
        if channels_ding_web_hook is not None:
            self._values["channels_ding_web_hook"] = channels_ding_web_hook
        if channels_mail is not None:
            self._values["channels_mail"] = channels_mail
        if channels_sms is not None:
            self._values["channels_sms"] = channels_sms
        if id is not None:
            self._values["id"] = id
        if lang is not None:
            self._values["lang"] = lang

    @builtins.property
    def connection(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("connection")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]], result)

    @builtins.property
    def count(
        self,
    ) -> typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]], result)

    @builtins.property
    def depends_on(
        self,
    ) -> typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]], result)

    @builtins.property
    def for_each(self) -> typing.Optional[_cdktf_9a9027ec.ITerraformIterator]:
        '''
        :stability: experimental
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.ITerraformIterator], result)

    @builtins.property
    def lifecycle(self) -> typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle]:
        '''
        :stability: experimental
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle], result)

    @builtins.property
    def provider(self) -> typing.Optional[_cdktf_9a9027ec.TerraformProvider]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformProvider], result)

    @builtins.property
    def provisioners(
        self,
    ) -> typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provisioners")
        return typing.cast(typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]], result)

    @builtins.property
    def alarm_contact_name(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#alarm_contact_name CmsAlarmContact#alarm_contact_name}.'''
        result = self._values.get("alarm_contact_name")
        assert result is not None, "Required property 'alarm_contact_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def describe(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#describe CmsAlarmContact#describe}.'''
        result = self._values.get("describe")
        assert result is not None, "Required property 'describe' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def channels_aliim(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#channels_aliim CmsAlarmContact#channels_aliim}.'''
        result = self._values.get("channels_aliim")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def channels_ding_web_hook(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#channels_ding_web_hook CmsAlarmContact#channels_ding_web_hook}.'''
        result = self._values.get("channels_ding_web_hook")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def channels_mail(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#channels_mail CmsAlarmContact#channels_mail}.'''
        result = self._values.get("channels_mail")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def channels_sms(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#channels_sms CmsAlarmContact#channels_sms}.'''
        result = self._values.get("channels_sms")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#id CmsAlarmContact#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lang(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm_contact#lang CmsAlarmContact#lang}.'''
        result = self._values.get("lang")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CmsAlarmContactConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "CmsAlarmContact",
    "CmsAlarmContactConfig",
]

publication.publish()

def _typecheckingstub__1f80e03f30e91267301e089f536df73c09c087efdcdf7aaa2b5d36af0ec4f2d4(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    alarm_contact_name: builtins.str,
    describe: builtins.str,
    channels_aliim: typing.Optional[builtins.str] = None,
    channels_ding_web_hook: typing.Optional[builtins.str] = None,
    channels_mail: typing.Optional[builtins.str] = None,
    channels_sms: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    lang: typing.Optional[builtins.str] = None,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__537884aec8e308b6c0c79aae126a03f68e97317030888e2e3fd971583a01722e(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b7e6911fadcb2586efcfc40538822adcdb4e1d891ec363180f6f2f25a7f1626(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__869dfbbdf1954b31c0b4a78507a58dc259f8bf054906d45dd6ff26e7a566fcf4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eaff62bbff01937732ae3b0d4687dec4a36b6879214ba55ef4215ddf5d43f798(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd5311b1e4842d32f62bcba83f46f178cca14d41c83da6148f8d552fafd0facc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe01f9bc8ef57d89f3a05b698abc851d3819622ffa862bcbc75d8787022fffbc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bc835498e69e21aae58f1fb378435fc6fa4057e004c6b4f2437d4f8411093c0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__264362655d8522549f963f6a7230af5f36dcd430c682448bb0551b5af309f5dd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ece908fbcb15887f7c4718d21cc3c755e002c72bb25db43268cbe9eb337c6fdb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8ac01c84c1b0278cbe70d6b05003d11777ef2f2bb97a11e75670cc48f40ff4f(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    alarm_contact_name: builtins.str,
    describe: builtins.str,
    channels_aliim: typing.Optional[builtins.str] = None,
    channels_ding_web_hook: typing.Optional[builtins.str] = None,
    channels_mail: typing.Optional[builtins.str] = None,
    channels_sms: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    lang: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
