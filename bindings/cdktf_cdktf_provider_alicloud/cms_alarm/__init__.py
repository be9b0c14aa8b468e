r'''
# `alicloud_cms_alarm`

Refer to the Terraform Registry for docs: [`alicloud_cms_alarm`](https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm).
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


class CmsAlarm(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarm",
):
    '''Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm alicloud_cms_alarm}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        contact_groups: typing.Sequence[builtins.str],
        metric: builtins.str,
        name: builtins.str,
        project: builtins.str,
        composite_expression: typing.Optional[typing.Union["CmsAlarmCompositeExpression", typing.Dict[builtins.str, typing.Any]]] = None,
        dimensions: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        effective_interval: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        end_time: typing.Optional[jsii.Number] = None,
        escalations_critical: typing.Optional[typing.Union["CmsAlarmEscalationsCritical", typing.Dict[builtins.str, typing.Any]]] = None,
        escalations_info: typing.Optional[typing.Union["CmsAlarmEscalationsInfo", typing.Dict[builtins.str, typing.Any]]] = None,
        escalations_warn: typing.Optional[typing.Union["CmsAlarmEscalationsWarn", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        metric_dimensions: typing.Optional[builtins.str] = None,
        notify_type: typing.Optional[jsii.Number] = None,
        operator: typing.Optional[builtins.str] = None,
        period: typing.Optional[jsii.Number] = None,
        prometheus: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["CmsAlarmPrometheus", typing.Dict[builtins.str, typing.Any]]]]] = None,
        silence_time: typing.Optional[jsii.Number] = None,
        start_time: typing.Optional[jsii.Number] = None,
        statistics: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        targets: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["CmsAlarmTargets", typing.Dict[builtins.str, typing.Any]]]]] = None,
        threshold: typing.Optional[builtins.str] = None,
        timeouts: typing.Optional[typing.Union["CmsAlarmTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
        triggered_count: typing.Optional[jsii.Number] = None,
        webhook: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm alicloud_cms_alarm} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param contact_groups: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#contact_groups CmsAlarm#contact_groups}.
        :param metric: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#metric CmsAlarm#metric}.
        :param name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#name CmsAlarm#name}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#project CmsAlarm#project}.
        :param composite_expression: composite_expression block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#composite_expression CmsAlarm#composite_expression}
        :param dimensions: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#dimensions CmsAlarm#dimensions}.
        :param effective_interval: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#effective_interval CmsAlarm#effective_interval}.
        :param enabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#enabled CmsAlarm#enabled}.
        :param end_time: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#end_time CmsAlarm#end_time}.
        :param escalations_critical: escalations_critical block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#escalations_critical CmsAlarm#escalations_critical}
        :param escalations_info: escalations_info block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#escalations_info CmsAlarm#escalations_info}
        :param escalations_warn: escalations_warn block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#escalations_warn CmsAlarm#escalations_warn}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#id CmsAlarm#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param metric_dimensions: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#metric_dimensions CmsAlarm#metric_dimensions}.
        :param notify_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#notify_type CmsAlarm#notify_type}.
        :param operator: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#operator CmsAlarm#operator}.
        :param period: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#period CmsAlarm#period}.
        :param prometheus: prometheus block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#prometheus CmsAlarm#prometheus}
        :param silence_time: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#silence_time CmsAlarm#silence_time}.
        :param start_time: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#start_time CmsAlarm#start_time}.
        :param statistics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.
        :param tags: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#tags CmsAlarm#tags}.
        :param targets: targets block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#targets CmsAlarm#targets}
        :param threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.
        :param timeouts: timeouts block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#timeouts CmsAlarm#timeouts}
        :param triggered_count: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#triggered_count CmsAlarm#triggered_count}.
        :param webhook: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#webhook CmsAlarm#webhook}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ca380e061107d1dbfede81ccbc2757dceee76f25fe04e5e256348563221a695)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = CmsAlarmConfig(
            contact_groups=contact_groups,
            metric=metric,
            name=name,
            project=project,
            composite_expression=composite_expression,
            dimensions=dimensions,
            effective_interval=effective_interval,
            enabled=enabled,
            end_time=end_time,
            escalations_critical=escalations_critical,
            escalations_info=escalations_info,
            escalations_warn=escalations_warn,
            id=id,
            metric_dimensions=metric_dimensions,
            notify_type=notify_type,
            operator=operator,
            period=period,
            prometheus=prometheus,
            silence_time=silence_time,
            start_time=start_time,
            statistics=statistics,
            tags=tags,
            targets=targets,
            threshold=threshold,
            timeouts=timeouts,
            triggered_count=triggered_count,
            webhook=webhook,
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
        '''Generates CDKTF code for importing a CmsAlarm resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the CmsAlarm to import.
        :param import_from_id: The id of the existing CmsAlarm that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the CmsAlarm to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e72b0215a2c0cbd91c24bd3957ddae8275557e55d4fd30c9748023c3ddc8dfe2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putCompositeExpression")
    def put_composite_expression(
        self,
        *,
        expression_list: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["CmsAlarmCompositeExpressionExpressionListStruct", typing.Dict[builtins.str, typing.Any]]]]] = None,
        expression_list_join: typing.Optional[builtins.str] = None,
        expression_raw: typing.Optional[builtins.str] = None,
        level: typing.Optional[builtins.str] = None,
        times: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param expression_list: expression_list block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#expression_list CmsAlarm#expression_list}
        :param expression_list_join: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#expression_list_join CmsAlarm#expression_list_join}.
        :param expression_raw: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#expression_raw CmsAlarm#expression_raw}.
        :param level: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#level CmsAlarm#level}.
        :param times: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.
        '''
        value = CmsAlarmCompositeExpression(
            expression_list=expression_list,
            expression_list_join=expression_list_join,
            expression_raw=expression_raw,
            level=level,
            times=times,
        )

        return typing.cast(None, jsii.invoke(self, "putCompositeExpression", [value]))

    @jsii.member(jsii_name="putEscalationsCritical")
    def put_escalations_critical(
        self,
        *,
        comparison_operator: typing.Optional[builtins.str] = None,
        statistics: typing.Optional[builtins.str] = None,
        threshold: typing.Optional[builtins.str] = None,
        times: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param comparison_operator: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#comparison_operator CmsAlarm#comparison_operator}.
        :param statistics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.
        :param threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.
        :param times: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.
        '''
        value = CmsAlarmEscalationsCritical(
            comparison_operator=comparison_operator,
            statistics=statistics,
            threshold=threshold,
            times=times,
        )

        return typing.cast(None, jsii.invoke(self, "putEscalationsCritical", [value]))

    @jsii.member(jsii_name="putEscalationsInfo")
    def put_escalations_info(
        self,
        *,
        comparison_operator: typing.Optional[builtins.str] = None,
        statistics: typing.Optional[builtins.str] = None,
        threshold: typing.Optional[builtins.str] = None,
        times: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param comparison_operator: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#comparison_operator CmsAlarm#comparison_operator}.
        :param statistics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.
        :param threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.
        :param times: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.
        '''
        value = CmsAlarmEscalationsInfo(
            comparison_operator=comparison_operator,
            statistics=statistics,
            threshold=threshold,
            times=times,
        )

        return typing.cast(None, jsii.invoke(self, "putEscalationsInfo", [value]))

    @jsii.member(jsii_name="putEscalationsWarn")
    def put_escalations_warn(
        self,
        *,
        comparison_operator: typing.Optional[builtins.str] = None,
        statistics: typing.Optional[builtins.str] = None,
        threshold: typing.Optional[builtins.str] = None,
        times: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param comparison_operator: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#comparison_operator CmsAlarm#comparison_operator}.
        :param statistics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.
        :param threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.
        :param times: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.
        '''
        value = CmsAlarmEscalationsWarn(
            comparison_operator=comparison_operator,
            statistics=statistics,
            threshold=threshold,
            times=times,
        )

        return typing.cast(None, jsii.invoke(self, "putEscalationsWarn", [value]))

    @jsii.member(jsii_name="putPrometheus")
    def put_prometheus(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["CmsAlarmPrometheus", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__28363ac86f8346f195b0d1356405739fe9668c6458f3ea38e47bc72b41ceeb4a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putPrometheus", [value]))

    @jsii.member(jsii_name="putTargets")
    def put_targets(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["CmsAlarmTargets", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__16d77d274b298dcad8999ff2a9690987164d59f236711804bc523e10f2da7266)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putTargets", [value]))

    @jsii.member(jsii_name="putTimeouts")
    def put_timeouts(
        self,
        *,
        create: typing.Optional[builtins.str] = None,
        delete: typing.Optional[builtins.str] = None,
        update: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param create: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#create CmsAlarm#create}.
        :param delete: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#delete CmsAlarm#delete}.
        :param update: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#update CmsAlarm#update}.
        '''
        value = CmsAlarmTimeouts(create=create, delete=delete, update=update)

        return typing.cast(None, jsii.invoke(self, "putTimeouts", [value]))

    @jsii.member(jsii_name="resetCompositeExpression")
    def reset_composite_expression(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCompositeExpression", []))

    @jsii.member(jsii_name="resetDimensions")
    def reset_dimensions(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDimensions", []))

    @jsii.member(jsii_name="resetEffectiveInterval")
    def reset_effective_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEffectiveInterval", []))

    @jsii.member(jsii_name="resetEnabled")
    def reset_enabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnabled", []))

    @jsii.member(jsii_name="resetEndTime")
    def reset_end_time(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEndTime", []))

    @jsii.member(jsii_name="resetEscalationsCritical")
    def reset_escalations_critical(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEscalationsCritical", []))

    @jsii.member(jsii_name="resetEscalationsInfo")
    def reset_escalations_info(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEscalationsInfo", []))

    @jsii.member(jsii_name="resetEscalationsWarn")
    def reset_escalations_warn(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEscalationsWarn", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetMetricDimensions")
    def reset_metric_dimensions(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMetricDimensions", []))

    @jsii.member(jsii_name="resetNotifyType")
    def reset_notify_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNotifyType", []))

    @jsii.member(jsii_name="resetOperator")
    def reset_operator(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOperator", []))

    @jsii.member(jsii_name="resetPeriod")
    def reset_period(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPeriod", []))

    @jsii.member(jsii_name="resetPrometheus")
    def reset_prometheus(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPrometheus", []))

    @jsii.member(jsii_name="resetSilenceTime")
    def reset_silence_time(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSilenceTime", []))

    @jsii.member(jsii_name="resetStartTime")
    def reset_start_time(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStartTime", []))

    @jsii.member(jsii_name="resetStatistics")
    def reset_statistics(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatistics", []))

    @jsii.member(jsii_name="resetTags")
    def reset_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTags", []))

    @jsii.member(jsii_name="resetTargets")
    def reset_targets(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTargets", []))

    @jsii.member(jsii_name="resetThreshold")
    def reset_threshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetThreshold", []))

    @jsii.member(jsii_name="resetTimeouts")
    def reset_timeouts(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeouts", []))

    @jsii.member(jsii_name="resetTriggeredCount")
    def reset_triggered_count(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTriggeredCount", []))

    @jsii.member(jsii_name="resetWebhook")
    def reset_webhook(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWebhook", []))

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
    @jsii.member(jsii_name="compositeExpression")
    def composite_expression(self) -> "CmsAlarmCompositeExpressionOutputReference":
        return typing.cast("CmsAlarmCompositeExpressionOutputReference", jsii.get(self, "compositeExpression"))

    @builtins.property
    @jsii.member(jsii_name="escalationsCritical")
    def escalations_critical(self) -> "CmsAlarmEscalationsCriticalOutputReference":
        return typing.cast("CmsAlarmEscalationsCriticalOutputReference", jsii.get(self, "escalationsCritical"))

    @builtins.property
    @jsii.member(jsii_name="escalationsInfo")
    def escalations_info(self) -> "CmsAlarmEscalationsInfoOutputReference":
        return typing.cast("CmsAlarmEscalationsInfoOutputReference", jsii.get(self, "escalationsInfo"))

    @builtins.property
    @jsii.member(jsii_name="escalationsWarn")
    def escalations_warn(self) -> "CmsAlarmEscalationsWarnOutputReference":
        return typing.cast("CmsAlarmEscalationsWarnOutputReference", jsii.get(self, "escalationsWarn"))

    @builtins.property
    @jsii.member(jsii_name="prometheus")
    def prometheus(self) -> "CmsAlarmPrometheusList":
        return typing.cast("CmsAlarmPrometheusList", jsii.get(self, "prometheus"))

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @builtins.property
    @jsii.member(jsii_name="targets")
    def targets(self) -> "CmsAlarmTargetsList":
        return typing.cast("CmsAlarmTargetsList", jsii.get(self, "targets"))

    @builtins.property
    @jsii.member(jsii_name="timeouts")
    def timeouts(self) -> "CmsAlarmTimeoutsOutputReference":
        return typing.cast("CmsAlarmTimeoutsOutputReference", jsii.get(self, "timeouts"))

    @builtins.property
    @jsii.member(jsii_name="compositeExpressionInput")
    def composite_expression_input(
        self,
    ) -> typing.Optional["CmsAlarmCompositeExpression"]:
        return typing.cast(typing.Optional["CmsAlarmCompositeExpression"], jsii.get(self, "compositeExpressionInput"))

    @builtins.property
    @jsii.member(jsii_name="contactGroupsInput")
    def contact_groups_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "contactGroupsInput"))

    @builtins.property
    @jsii.member(jsii_name="dimensionsInput")
    def dimensions_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "dimensionsInput"))

    @builtins.property
    @jsii.member(jsii_name="effectiveIntervalInput")
    def effective_interval_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "effectiveIntervalInput"))

    @builtins.property
    @jsii.member(jsii_name="enabledInput")
    def enabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enabledInput"))

    @builtins.property
    @jsii.member(jsii_name="endTimeInput")
    def end_time_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "endTimeInput"))

    @builtins.property
    @jsii.member(jsii_name="escalationsCriticalInput")
    def escalations_critical_input(
        self,
    ) -> typing.Optional["CmsAlarmEscalationsCritical"]:
        return typing.cast(typing.Optional["CmsAlarmEscalationsCritical"], jsii.get(self, "escalationsCriticalInput"))

    @builtins.property
    @jsii.member(jsii_name="escalationsInfoInput")
    def escalations_info_input(self) -> typing.Optional["CmsAlarmEscalationsInfo"]:
        return typing.cast(typing.Optional["CmsAlarmEscalationsInfo"], jsii.get(self, "escalationsInfoInput"))

    @builtins.property
    @jsii.member(jsii_name="escalationsWarnInput")
    def escalations_warn_input(self) -> typing.Optional["CmsAlarmEscalationsWarn"]:
        return typing.cast(typing.Optional["CmsAlarmEscalationsWarn"], jsii.get(self, "escalationsWarnInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="metricDimensionsInput")
    def metric_dimensions_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "metricDimensionsInput"))

    @builtins.property
    @jsii.member(jsii_name="metricInput")
    def metric_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "metricInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="notifyTypeInput")
    def notify_type_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "notifyTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="operatorInput")
    def operator_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "operatorInput"))

    @builtins.property
    @jsii.member(jsii_name="periodInput")
    def period_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "periodInput"))

    @builtins.property
    @jsii.member(jsii_name="projectInput")
    def project_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectInput"))

    @builtins.property
    @jsii.member(jsii_name="prometheusInput")
    def prometheus_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["CmsAlarmPrometheus"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["CmsAlarmPrometheus"]]], jsii.get(self, "prometheusInput"))

    @builtins.property
    @jsii.member(jsii_name="silenceTimeInput")
    def silence_time_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "silenceTimeInput"))

    @builtins.property
    @jsii.member(jsii_name="startTimeInput")
    def start_time_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "startTimeInput"))

    @builtins.property
    @jsii.member(jsii_name="statisticsInput")
    def statistics_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "statisticsInput"))

    @builtins.property
    @jsii.member(jsii_name="tagsInput")
    def tags_input(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "tagsInput"))

    @builtins.property
    @jsii.member(jsii_name="targetsInput")
    def targets_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["CmsAlarmTargets"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["CmsAlarmTargets"]]], jsii.get(self, "targetsInput"))

    @builtins.property
    @jsii.member(jsii_name="thresholdInput")
    def threshold_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "thresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutsInput")
    def timeouts_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "CmsAlarmTimeouts"]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "CmsAlarmTimeouts"]], jsii.get(self, "timeoutsInput"))

    @builtins.property
    @jsii.member(jsii_name="triggeredCountInput")
    def triggered_count_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "triggeredCountInput"))

    @builtins.property
    @jsii.member(jsii_name="webhookInput")
    def webhook_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "webhookInput"))

    @builtins.property
    @jsii.member(jsii_name="contactGroups")
    def contact_groups(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "contactGroups"))

    @contact_groups.setter
    def contact_groups(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2035fa73322373151bc0d5c45d4ad0aa9362527ac456fe9da963a5d5f491ffd2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "contactGroups", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dimensions")
    def dimensions(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "dimensions"))

    @dimensions.setter
    def dimensions(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e91628d36b3f13053fc57d9664f10c6b58c9b6283b867ccbe03323c65838d36f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dimensions", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="effectiveInterval")
    def effective_interval(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "effectiveInterval"))

    @effective_interval.setter
    def effective_interval(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__539b9b1239b5aedc2b6a99dfca01ffc8a4c7aedcb1d632568b8b42e5789d0160)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "effectiveInterval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enabled")
    def enabled(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enabled"))

    @enabled.setter
    def enabled(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c4d9c74126b84be970ab14b8a6364857b27ba004234d4a95811dbe234741dca8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="endTime")
    def end_time(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "endTime"))

    @end_time.setter
    def end_time(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab193ec6824bf7e11246afdc674a05ebc174b89d9279a8cc76a6b06a719b256d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "endTime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e9e4f8aa30253503f88b1cd64bb027ffa9bd2870ad3ac66e13cd03621190cfe6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metric")
    def metric(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "metric"))

    @metric.setter
    def metric(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5689940a02fa86b1e83853e74f04f231fd1d425b01c7bcfb9bb9aa686dce608b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metric", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metricDimensions")
    def metric_dimensions(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "metricDimensions"))

    @metric_dimensions.setter
    def metric_dimensions(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8dc762aab95e699e4935c35280878008fec85f08f794a09e008769d9f3253311)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metricDimensions", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__588c2f1601bc64d9b71a1b72a79d42574aea3d0d7d02b748bf1147ffea347b1c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="notifyType")
    def notify_type(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "notifyType"))

    @notify_type.setter
    def notify_type(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d1b75e93380d23b03171548e6f5129aea4d61274aba7c51ea4de2c0a006586ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "notifyType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="operator")
    def operator(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "operator"))

    @operator.setter
    def operator(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9957d1fcf59756609dcb0850b09003ca5fb015cc5a09e95d9c282d879bf9dbb8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "operator", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="period")
    def period(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "period"))

    @period.setter
    def period(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__48286d1cfe5fe70dc8d6c4178d391a317ec692f74defcd3266edc5619fb14ff5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "period", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @project.setter
    def project(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d97464b47e7777ceca656133039417e9539dcda5406806cddd91867b36a4e500)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "project", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="silenceTime")
    def silence_time(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "silenceTime"))

    @silence_time.setter
    def silence_time(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eeef3d226c1206fcb8bbecf38818ac6382e8d6a87a517ac592b8f74b67220583)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "silenceTime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="startTime")
    def start_time(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "startTime"))

    @start_time.setter
    def start_time(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0a02da47c0230dd00aa7b0adc4f35bba4198f66478452d8602de5fc9edf42938)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "startTime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="statistics")
    def statistics(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "statistics"))

    @statistics.setter
    def statistics(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__421b0828864236a93a515752222d6828412cae2f8371a8f0591e55d222fbc466)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "statistics", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tags")
    def tags(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "tags"))

    @tags.setter
    def tags(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b961da51d66590fe390ede38a6cc47ca049b4afed18b6fee93a4a9a76a7629ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="threshold")
    def threshold(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "threshold"))

    @threshold.setter
    def threshold(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__56b03438f638dce4a06d1dedfb6f40f9ec4f0ee7400a688ee8aa7927beaeabcf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "threshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="triggeredCount")
    def triggered_count(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "triggeredCount"))

    @triggered_count.setter
    def triggered_count(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__db2e5ac2b2edd3e3c5f8153930b7648999601b4c4149cddb6ba92425175f8e32)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "triggeredCount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webhook")
    def webhook(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webhook"))

    @webhook.setter
    def webhook(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7669455dfeae048f3eb1f2216395f536ec3cabbc4328e36e7f71594540042a6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webhook", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmCompositeExpression",
    jsii_struct_bases=[],
    name_mapping={
        "expression_list": "expressionList",
        "expression_list_join": "expressionListJoin",
        "expression_raw": "expressionRaw",
        "level": "level",
        "times": "times",
    },
)
class CmsAlarmCompositeExpression:
    def __init__(
        self,
        *,
        expression_list: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["CmsAlarmCompositeExpressionExpressionListStruct", typing.Dict[builtins.str, typing.Any]]]]] = None,
        expression_list_join: typing.Optional[builtins.str] = None,
        expression_raw: typing.Optional[builtins.str] = None,
        level: typing.Optional[builtins.str] = None,
        times: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param expression_list: expression_list block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#expression_list CmsAlarm#expression_list}
        :param expression_list_join: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#expression_list_join CmsAlarm#expression_list_join}.
        :param expression_raw: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#expression_raw CmsAlarm#expression_raw}.
        :param level: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#level CmsAlarm#level}.
        :param times: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07a05e6d126d9318b0003379411ed0ef294d4b5aec62f89c8820fb526a242892)
            check_type(argname="argument expression_list", value=expression_list, expected_type=type_hints["expression_list"])
            check_type(argname="argument expression_list_join", value=expression_list_join, expected_type=type_hints["expression_list_join"])
            check_type(argname="argument expression_raw", value=expression_raw, expected_type=type_hints["expression_raw"])
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument times", value=times, expected_type=type_hints["times"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression_list is not None:
            self._values["expression_list"] = expression_list
        if expression_list_join is not None:
            self._values["expression_list_join"] = expression_list_join
        if expression_raw is not None:
            self._values["expression_raw"] = expression_raw
        if level is not None:
            self._values["level"] = level
        if times is not None:
            self._values["times"] = times

    @builtins.property
    def expression_list(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["CmsAlarmCompositeExpressionExpressionListStruct"]]]:
        '''expression_list block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#expression_list CmsAlarm#expression_list}
        '''
        result = self._values.get("expression_list")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["CmsAlarmCompositeExpressionExpressionListStruct"]]], result)

    @builtins.property
    def expression_list_join(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#expression_list_join CmsAlarm#expression_list_join}.'''
        result = self._values.get("expression_list_join")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expression_raw(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#expression_raw CmsAlarm#expression_raw}.'''
        result = self._values.get("expression_raw")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#level CmsAlarm#level}.'''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def times(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.'''
        result = self._values.get("times")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CmsAlarmCompositeExpression(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmCompositeExpressionExpressionListStruct",
    jsii_struct_bases=[],
    name_mapping={
        "comparison_operator": "comparisonOperator",
        "metric_name": "metricName",
        "period": "period",
        "statistics": "statistics",
        "threshold": "threshold",
    },
)
class CmsAlarmCompositeExpressionExpressionListStruct:
    def __init__(
        self,
        *,
        comparison_operator: typing.Optional[builtins.str] = None,
        metric_name: typing.Optional[builtins.str] = None,
        period: typing.Optional[builtins.str] = None,
        statistics: typing.Optional[builtins.str] = None,
        threshold: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param comparison_operator: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#comparison_operator CmsAlarm#comparison_operator}.
        :param metric_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#metric_name CmsAlarm#metric_name}.
        :param period: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#period CmsAlarm#period}.
        :param statistics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.
        :param threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__29c1fe355004b8f8c1d2a02ceb37a7c272379510a5f498d1f2194e9eeef19747)
            check_type(argname="argument comparison_operator", value=comparison_operator, expected_type=type_hints["comparison_operator"])
            check_type(argname="argument metric_name", value=metric_name, expected_type=type_hints["metric_name"])
            check_type(argname="argument period", value=period, expected_type=type_hints["period"])
            check_type(argname="argument statistics", value=statistics, expected_type=type_hints["statistics"])
            check_type(argname="argument threshold", value=threshold, expected_type=type_hints["threshold"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if comparison_operator is not None:
            self._values["comparison_operator"] = comparison_operator
        if metric_name is not None:
            self._values["metric_name"] = metric_name
        if period is not None:
            self._values["period"] = period
        if statistics is not None:
            self._values["statistics"] = statistics
        if threshold is not None:
            self._values["threshold"] = threshold

    @builtins.property
    def comparison_operator(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#comparison_operator CmsAlarm#comparison_operator}.'''
        result = self._values.get("comparison_operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#metric_name CmsAlarm#metric_name}.'''
        result = self._values.get("metric_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def period(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#period CmsAlarm#period}.'''
        result = self._values.get("period")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def statistics(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.'''
        result = self._values.get("statistics")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def threshold(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.'''
        result = self._values.get("threshold")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CmsAlarmCompositeExpressionExpressionListStruct(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CmsAlarmCompositeExpressionExpressionListStructList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmCompositeExpressionExpressionListStructList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae707a72aa1203fbc525b61ecf84163fb0a26b5f8e7d50bde5ea3dada83245d6)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "CmsAlarmCompositeExpressionExpressionListStructOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__90cd5a54be31445974e8157d68e5aed121a14f22d9e171358d01854c4cfae961)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("CmsAlarmCompositeExpressionExpressionListStructOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2ab15c0405c0f000d1d603bed3eb691984ac9150162a42eed8ce3452874bffe7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ea00cf2963388c02ba8e34fc60fd42a385767f0d7803ed20036155168f498e79)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__34cdd54aa904d099094505799dd2003458eab3982c8bf66001216f57d9205a93)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmCompositeExpressionExpressionListStruct]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmCompositeExpressionExpressionListStruct]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmCompositeExpressionExpressionListStruct]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ccd95253164dbb038968aa71fbb4037d9bbd94b8cca8d2d5e25a8376210666b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class CmsAlarmCompositeExpressionExpressionListStructOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmCompositeExpressionExpressionListStructOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__081fa70bb8c04770bbcca3a544a10f5f5b78be2905c3248813129101d58f92d3)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetComparisonOperator")
    def reset_comparison_operator(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetComparisonOperator", []))

    @jsii.member(jsii_name="resetMetricName")
    def reset_metric_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMetricName", []))

    @jsii.member(jsii_name="resetPeriod")
    def reset_period(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPeriod", []))

    @jsii.member(jsii_name="resetStatistics")
    def reset_statistics(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatistics", []))

    @jsii.member(jsii_name="resetThreshold")
    def reset_threshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetThreshold", []))

    @builtins.property
    @jsii.member(jsii_name="comparisonOperatorInput")
    def comparison_operator_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "comparisonOperatorInput"))

    @builtins.property
    @jsii.member(jsii_name="metricNameInput")
    def metric_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "metricNameInput"))

    @builtins.property
    @jsii.member(jsii_name="periodInput")
    def period_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "periodInput"))

    @builtins.property
    @jsii.member(jsii_name="statisticsInput")
    def statistics_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "statisticsInput"))

    @builtins.property
    @jsii.member(jsii_name="thresholdInput")
    def threshold_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "thresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="comparisonOperator")
    def comparison_operator(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "comparisonOperator"))

    @comparison_operator.setter
    def comparison_operator(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__158cab4c4d434883de4c415992415bf73b9d74dae38f4431f73fad334c313420)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "comparisonOperator", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metricName")
    def metric_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "metricName"))

    @metric_name.setter
    def metric_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__86811c18aa0da536aa63b7d14552dc53c6c9feb58d3c979cda436b638e54b6b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metricName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="period")
    def period(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "period"))

    @period.setter
    def period(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b032389ebfc51f9870a560ae55696487b8f798fd20f6ebc7ce4270066fc6f24)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "period", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="statistics")
    def statistics(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "statistics"))

    @statistics.setter
    def statistics(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ff0e4cbf71c1367544b8a7de6d382cd5879ea2ed04e1263403ec939a8953c437)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "statistics", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="threshold")
    def threshold(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "threshold"))

    @threshold.setter
    def threshold(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b2664a45f4d750c468b100acdc12c64acbc27e4db3d0eff1f24c4f8af903b781)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "threshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmCompositeExpressionExpressionListStruct]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmCompositeExpressionExpressionListStruct]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmCompositeExpressionExpressionListStruct]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5091e69974cb80eea09a95cdb1f848245dc26a77e5d56914e53af0d96481d4d1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class CmsAlarmCompositeExpressionOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmCompositeExpressionOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c3bf839965694587f275a05948ebafb40d3624f418954c8d5626f2e6e1b803f)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putExpressionList")
    def put_expression_list(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[CmsAlarmCompositeExpressionExpressionListStruct, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__515b78ddc1984807f10d02597b07e8e1403e2f994ba2c8709e1ac2cdf4b71a4a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putExpressionList", [value]))

    @jsii.member(jsii_name="resetExpressionList")
    def reset_expression_list(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExpressionList", []))

    @jsii.member(jsii_name="resetExpressionListJoin")
    def reset_expression_list_join(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExpressionListJoin", []))

    @jsii.member(jsii_name="resetExpressionRaw")
    def reset_expression_raw(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExpressionRaw", []))

    @jsii.member(jsii_name="resetLevel")
    def reset_level(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLevel", []))

    @jsii.member(jsii_name="resetTimes")
    def reset_times(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimes", []))

    @builtins.property
    @jsii.member(jsii_name="expressionList")
    def expression_list(self) -> CmsAlarmCompositeExpressionExpressionListStructList:
        return typing.cast(CmsAlarmCompositeExpressionExpressionListStructList, jsii.get(self, "expressionList"))

    @builtins.property
    @jsii.member(jsii_name="expressionListInput")
    def expression_list_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmCompositeExpressionExpressionListStruct]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmCompositeExpressionExpressionListStruct]]], jsii.get(self, "expressionListInput"))

    @builtins.property
    @jsii.member(jsii_name="expressionListJoinInput")
    def expression_list_join_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "expressionListJoinInput"))

    @builtins.property
    @jsii.member(jsii_name="expressionRawInput")
    def expression_raw_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "expressionRawInput"))

    @builtins.property
    @jsii.member(jsii_name="levelInput")
    def level_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "levelInput"))

    @builtins.property
    @jsii.member(jsii_name="timesInput")
    def times_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timesInput"))

    @builtins.property
    @jsii.member(jsii_name="expressionListJoin")
    def expression_list_join(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "expressionListJoin"))

    @expression_list_join.setter
    def expression_list_join(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__34500c54fe036b85673b6d55daf3af9dfc6b473f6fb5e17460526ef94b56744a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "expressionListJoin", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="expressionRaw")
    def expression_raw(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "expressionRaw"))

    @expression_raw.setter
    def expression_raw(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c6eeda6cf90fb7dde85171363c40692303b6f1797004412de71338e5b0766558)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "expressionRaw", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="level")
    def level(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "level"))

    @level.setter
    def level(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cacd677d2f6e749d7c51c0d6139347e7a373539964f0394aa15a080c527e002e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "level", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="times")
    def times(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "times"))

    @times.setter
    def times(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6afaa9ca1713ce97e9a1b9702b8614a431a64f9707c3f611d62b7e22b3aa6e1b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "times", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[CmsAlarmCompositeExpression]:
        return typing.cast(typing.Optional[CmsAlarmCompositeExpression], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[CmsAlarmCompositeExpression],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__588d41fdc6a760b9dd6d3d5a50c95377f496bc01a19c7a004425991b1c43eab8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "contact_groups": "contactGroups",
        "metric": "metric",
        "name": "name",
        "project": "project",
        "composite_expression": "compositeExpression",
        "dimensions": "dimensions",
        "effective_interval": "effectiveInterval",
        "enabled": "enabled",
        "end_time": "endTime",
        "escalations_critical": "escalationsCritical",
        "escalations_info": "escalationsInfo",
        "escalations_warn": "escalationsWarn",
        "id": "id",
        "metric_dimensions": "metricDimensions",
        "notify_type": "notifyType",
        "operator": "operator",
        "period": "period",
        "prometheus": "prometheus",
        "silence_time": "silenceTime",
        "start_time": "startTime",
        "statistics": "statistics",
        "tags": "tags",
        "targets": "targets",
        "threshold": "threshold",
        "timeouts": "timeouts",
        "triggered_count": "triggeredCount",
        "webhook": "webhook",
    },
)
class CmsAlarmConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        contact_groups: typing.Sequence[builtins.str],
        metric: builtins.str,
        name: builtins.str,
        project: builtins.str,
        composite_expression: typing.Optional[typing.Union[CmsAlarmCompositeExpression, typing.Dict[builtins.str, typing.Any]]] = None,
        dimensions: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        effective_interval: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        end_time: typing.Optional[jsii.Number] = None,
        escalations_critical: typing.Optional[typing.Union["CmsAlarmEscalationsCritical", typing.Dict[builtins.str, typing.Any]]] = None,
        escalations_info: typing.Optional[typing.Union["CmsAlarmEscalationsInfo", typing.Dict[builtins.str, typing.Any]]] = None,
        escalations_warn: typing.Optional[typing.Union["CmsAlarmEscalationsWarn", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        metric_dimensions: typing.Optional[builtins.str] = None,
        notify_type: typing.Optional[jsii.Number] = None,
        operator: typing.Optional[builtins.str] = None,
        period: typing.Optional[jsii.Number] = None,
        prometheus: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["CmsAlarmPrometheus", typing.Dict[builtins.str, typing.Any]]]]] = None,
        silence_time: typing.Optional[jsii.Number] = None,
        start_time: typing.Optional[jsii.Number] = None,
        statistics: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        targets: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["CmsAlarmTargets", typing.Dict[builtins.str, typing.Any]]]]] = None,
        threshold: typing.Optional[builtins.str] = None,
        timeouts: typing.Optional[typing.Union["CmsAlarmTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
        triggered_count: typing.Optional[jsii.Number] = None,
        webhook: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param contact_groups: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#contact_groups CmsAlarm#contact_groups}.
        :param metric: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#metric CmsAlarm#metric}.
        :param name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#name CmsAlarm#name}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#project CmsAlarm#project}.
        :param composite_expression: composite_expression block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#composite_expression CmsAlarm#composite_expression}
        :param dimensions: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#dimensions CmsAlarm#dimensions}.
        :param effective_interval: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#effective_interval CmsAlarm#effective_interval}.
        :param enabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#enabled CmsAlarm#enabled}.
        :param end_time: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#end_time CmsAlarm#end_time}.
        :param escalations_critical: escalations_critical block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#escalations_critical CmsAlarm#escalations_critical}
        :param escalations_info: escalations_info block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#escalations_info CmsAlarm#escalations_info}
        :param escalations_warn: escalations_warn block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#escalations_warn CmsAlarm#escalations_warn}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#id CmsAlarm#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param metric_dimensions: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#metric_dimensions CmsAlarm#metric_dimensions}.
        :param notify_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#notify_type CmsAlarm#notify_type}.
        :param operator: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#operator CmsAlarm#operator}.
        :param period: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#period CmsAlarm#period}.
        :param prometheus: prometheus block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#prometheus CmsAlarm#prometheus}
        :param silence_time: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#silence_time CmsAlarm#silence_time}.
        :param start_time: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#start_time CmsAlarm#start_time}.
        :param statistics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.
        :param tags: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#tags CmsAlarm#tags}.
        :param targets: targets block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#targets CmsAlarm#targets}
        :param threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.
        :param timeouts: timeouts block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#timeouts CmsAlarm#timeouts}
        :param triggered_count: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#triggered_count CmsAlarm#triggered_count}.
        :param webhook: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#webhook CmsAlarm#webhook}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(composite_expression, dict):
            composite_expression = CmsAlarmCompositeExpression(**composite_expression)
        if isinstance(escalations_critical, dict):
            escalations_critical = CmsAlarmEscalationsCritical(**escalations_critical)
        if isinstance(escalations_info, dict):
            escalations_info = CmsAlarmEscalationsInfo(**escalations_info)
        if isinstance(escalations_warn, dict):
            escalations_warn = CmsAlarmEscalationsWarn(**escalations_warn)
        if isinstance(timeouts, dict):
            timeouts = CmsAlarmTimeouts(**timeouts)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__baeecd6cd5c5468aa5b0fc2c9802998a74e9a1aade9beb2f376216411e521c45)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument contact_groups", value=contact_groups, expected_type=type_hints["contact_groups"])
            check_type(argname="argument metric", value=metric, expected_type=type_hints["metric"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument project", value=project, expected_type=type_hints["project"])
            check_type(argname="argument composite_expression", value=composite_expression, expected_type=type_hints["composite_expression"])
            check_type(argname="argument dimensions", value=dimensions, expected_type=type_hints["dimensions"])
            check_type(argname="argument effective_interval", value=effective_interval, expected_type=type_hints["effective_interval"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument end_time", value=end_time, expected_type=type_hints["end_time"])
            check_type(argname="argument escalations_critical", value=escalations_critical, expected_type=type_hints["escalations_critical"])
            check_type(argname="argument escalations_info", value=escalations_info, expected_type=type_hints["escalations_info"])
            check_type(argname="argument escalations_warn", value=escalations_warn, expected_type=type_hints["escalations_warn"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument metric_dimensions", value=metric_dimensions, expected_type=type_hints["metric_dimensions"])
            check_type(argname="argument notify_type", value=notify_type, expected_type=type_hints["notify_type"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument period", value=period, expected_type=type_hints["period"])
            check_type(argname="argument prometheus", value=prometheus, expected_type=type_hints["prometheus"])
            check_type(argname="argument silence_time", value=silence_time, expected_type=type_hints["silence_time"])
            check_type(argname="argument start_time", value=start_time, expected_type=type_hints["start_time"])
            check_type(argname="argument statistics", value=statistics, expected_type=type_hints["statistics"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
            check_type(argname="argument targets", value=targets, expected_type=type_hints["targets"])
            check_type(argname="argument threshold", value=threshold, expected_type=type_hints["threshold"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
            check_type(argname="argument triggered_count", value=triggered_count, expected_type=type_hints["triggered_count"])
            check_type(argname="argument webhook", value=webhook, expected_type=type_hints["webhook"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "contact_groups": contact_groups,
            "metric": metric,
            "name": name,
            "project": project,
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
        if composite_expression is not None:
            self._values["composite_expression"] = composite_expression
        if dimensions is not None:
            self._values["dimensions"] = dimensions
        if effective_interval is not None:
            self._values["effective_interval"] = effective_interval
        if enabled is not None:
            self._values["enabled"] = enabled
        if end_time is not None:
            self._values["end_time"] = end_time
        if escalations_critical is not None:
            self._values["escalations_critical"] = escalations_critical
        if escalations_info is not None:
            self._values["escalations_info"] = escalations_info
        if escalations_warn is not None:
            self._values["escalations_warn"] = escalations_warn
        if id is not None:
            self._values["id"] = id
        if metric_dimensions is not None:
            self._values["metric_dimensions"] = metric_dimensions
        if notify_type is not None:
            self._values["notify_type"] = notify_type
        if operator is not None:
            self._values["operator"] = operator
        if period is not None:
            self._values["period"] = period
        if prometheus is not None:
            self._values["prometheus"] = prometheus
        if silence_time is not None:
            self._values["silence_time"] = silence_time
        if start_time is not None:
            self._values["start_time"] = start_time
        if statistics is not None:
            self._values["statistics"] = statistics
        if tags is not None:
            self._values["tags"] = tags
        if targets is not None:
            self._values["targets"] = targets
        if threshold is not None:
            self._values["threshold"] = threshold
        if timeouts is not None:
            self._values["timeouts"] = timeouts
        if triggered_count is not None:
            self._values["triggered_count"] = triggered_count
        if webhook is not None:
            self._values["webhook"] = webhook

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
    def contact_groups(self) -> typing.List[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#contact_groups CmsAlarm#contact_groups}.'''
        result = self._values.get("contact_groups")
        assert result is not None, "Required property 'contact_groups' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def metric(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#metric CmsAlarm#metric}.'''
        result = self._values.get("metric")
        assert result is not None, "Required property 'metric' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#name CmsAlarm#name}.'''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def project(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#project CmsAlarm#project}.'''
        result = self._values.get("project")
        assert result is not None, "Required property 'project' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def composite_expression(self) -> typing.Optional[CmsAlarmCompositeExpression]:
        '''composite_expression block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#composite_expression CmsAlarm#composite_expression}
        '''
        result = self._values.get("composite_expression")
        return typing.cast(typing.Optional[CmsAlarmCompositeExpression], result)

    @builtins.property
    def dimensions(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#dimensions CmsAlarm#dimensions}.'''
        result = self._values.get("dimensions")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def effective_interval(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#effective_interval CmsAlarm#effective_interval}.'''
        result = self._values.get("effective_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#enabled CmsAlarm#enabled}.'''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def end_time(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#end_time CmsAlarm#end_time}.'''
        result = self._values.get("end_time")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def escalations_critical(self) -> typing.Optional["CmsAlarmEscalationsCritical"]:
        '''escalations_critical block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#escalations_critical CmsAlarm#escalations_critical}
        '''
        result = self._values.get("escalations_critical")
        return typing.cast(typing.Optional["CmsAlarmEscalationsCritical"], result)

    @builtins.property
    def escalations_info(self) -> typing.Optional["CmsAlarmEscalationsInfo"]:
        '''escalations_info block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#escalations_info CmsAlarm#escalations_info}
        '''
        result = self._values.get("escalations_info")
        return typing.cast(typing.Optional["CmsAlarmEscalationsInfo"], result)

    @builtins.property
    def escalations_warn(self) -> typing.Optional["CmsAlarmEscalationsWarn"]:
        '''escalations_warn block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#escalations_warn CmsAlarm#escalations_warn}
        '''
        result = self._values.get("escalations_warn")
        return typing.cast(typing.Optional["CmsAlarmEscalationsWarn"], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#id CmsAlarm#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric_dimensions(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#metric_dimensions CmsAlarm#metric_dimensions}.'''
        result = self._values.get("metric_dimensions")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def notify_type(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#notify_type CmsAlarm#notify_type}.'''
        result = self._values.get("notify_type")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#operator CmsAlarm#operator}.'''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def period(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#period CmsAlarm#period}.'''
        result = self._values.get("period")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def prometheus(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["CmsAlarmPrometheus"]]]:
        '''prometheus block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#prometheus CmsAlarm#prometheus}
        '''
        result = self._values.get("prometheus")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["CmsAlarmPrometheus"]]], result)

    @builtins.property
    def silence_time(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#silence_time CmsAlarm#silence_time}.'''
        result = self._values.get("silence_time")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def start_time(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#start_time CmsAlarm#start_time}.'''
        result = self._values.get("start_time")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def statistics(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.'''
        result = self._values.get("statistics")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#tags CmsAlarm#tags}.'''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def targets(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["CmsAlarmTargets"]]]:
        '''targets block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#targets CmsAlarm#targets}
        '''
        result = self._values.get("targets")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["CmsAlarmTargets"]]], result)

    @builtins.property
    def threshold(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.'''
        result = self._values.get("threshold")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeouts(self) -> typing.Optional["CmsAlarmTimeouts"]:
        '''timeouts block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#timeouts CmsAlarm#timeouts}
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["CmsAlarmTimeouts"], result)

    @builtins.property
    def triggered_count(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#triggered_count CmsAlarm#triggered_count}.'''
        result = self._values.get("triggered_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def webhook(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#webhook CmsAlarm#webhook}.'''
        result = self._values.get("webhook")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CmsAlarmConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmEscalationsCritical",
    jsii_struct_bases=[],
    name_mapping={
        "comparison_operator": "comparisonOperator",
        "statistics": "statistics",
        "threshold": "threshold",
        "times": "times",
    },
)
class CmsAlarmEscalationsCritical:
    def __init__(
        self,
        *,
        comparison_operator: typing.Optional[builtins.str] = None,
        statistics: typing.Optional[builtins.str] = None,
        threshold: typing.Optional[builtins.str] = None,
        times: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param comparison_operator: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#comparison_operator CmsAlarm#comparison_operator}.
        :param statistics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.
        :param threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.
        :param times: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__de5a9815a8f3a357f4017594ca5b95a371bc631e14883b7afd332d620195fa1f)
            check_type(argname="argument comparison_operator", value=comparison_operator, expected_type=type_hints["comparison_operator"])
            check_type(argname="argument statistics", value=statistics, expected_type=type_hints["statistics"])
            check_type(argname="argument threshold", value=threshold, expected_type=type_hints["threshold"])
            check_type(argname="argument times", value=times, expected_type=type_hints["times"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if comparison_operator is not None:
            self._values["comparison_operator"] = comparison_operator
        if statistics is not None:
            self._values["statistics"] = statistics
        if threshold is not None:
            self._values["threshold"] = threshold
        if times is not None:
            self._values["times"] = times

    @builtins.property
    def comparison_operator(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#comparison_operator CmsAlarm#comparison_operator}.'''
        result = self._values.get("comparison_operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def statistics(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.'''
        result = self._values.get("statistics")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def threshold(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.'''
        result = self._values.get("threshold")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def times(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.'''
        result = self._values.get("times")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CmsAlarmEscalationsCritical(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CmsAlarmEscalationsCriticalOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmEscalationsCriticalOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__20e8e1534855ee063364ad4c17e8bd50554578e7cac80b101dedb8a4f5a27072)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetComparisonOperator")
    def reset_comparison_operator(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetComparisonOperator", []))

    @jsii.member(jsii_name="resetStatistics")
    def reset_statistics(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatistics", []))

    @jsii.member(jsii_name="resetThreshold")
    def reset_threshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetThreshold", []))

    @jsii.member(jsii_name="resetTimes")
    def reset_times(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimes", []))

    @builtins.property
    @jsii.member(jsii_name="comparisonOperatorInput")
    def comparison_operator_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "comparisonOperatorInput"))

    @builtins.property
    @jsii.member(jsii_name="statisticsInput")
    def statistics_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "statisticsInput"))

    @builtins.property
    @jsii.member(jsii_name="thresholdInput")
    def threshold_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "thresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="timesInput")
    def times_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timesInput"))

    @builtins.property
    @jsii.member(jsii_name="comparisonOperator")
    def comparison_operator(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "comparisonOperator"))

    @comparison_operator.setter
    def comparison_operator(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c93869d16e533e484232a362a435e0366db87429594a8f2b7c5c36c9da663880)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "comparisonOperator", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="statistics")
    def statistics(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "statistics"))

    @statistics.setter
    def statistics(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aa9d282a77a1ef7699964c0aff186392b1ae52bc1a4c2684d3eaba39690bafa7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "statistics", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="threshold")
    def threshold(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "threshold"))

    @threshold.setter
    def threshold(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__98e7cc36610778bc3e66f568b7796eb038724fa624fef647a90d36733f4c74c8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "threshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="times")
    def times(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "times"))

    @times.setter
    def times(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__365746c8785773c7dbc4cabdea041ae848fb2697b879ffb222ef7736d462039c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "times", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[CmsAlarmEscalationsCritical]:
        return typing.cast(typing.Optional[CmsAlarmEscalationsCritical], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[CmsAlarmEscalationsCritical],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b8ca8e43e72cdda826e337dabd2859d61c2e1ad47f0a03f14a83e3d4149049c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmEscalationsInfo",
    jsii_struct_bases=[],
    name_mapping={
        "comparison_operator": "comparisonOperator",
        "statistics": "statistics",
        "threshold": "threshold",
        "times": "times",
    },
)
class CmsAlarmEscalationsInfo:
    def __init__(
        self,
        *,
        comparison_operator: typing.Optional[builtins.str] = None,
        statistics: typing.Optional[builtins.str] = None,
        threshold: typing.Optional[builtins.str] = None,
        times: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param comparison_operator: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#comparison_operator CmsAlarm#comparison_operator}.
        :param statistics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.
        :param threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.
        :param times: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e3d1b09b4fc52aa4c0d8989a767cd20fd26402041889a3a57a26e66d5091e90)
            check_type(argname="argument comparison_operator", value=comparison_operator, expected_type=type_hints["comparison_operator"])
            check_type(argname="argument statistics", value=statistics, expected_type=type_hints["statistics"])
            check_type(argname="argument threshold", value=threshold, expected_type=type_hints["threshold"])
            check_type(argname="argument times", value=times, expected_type=type_hints["times"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if comparison_operator is not None:
            self._values["comparison_operator"] = comparison_operator
        if statistics is not None:
            self._values["statistics"] = statistics
        if threshold is not None:
            self._values["threshold"] = threshold
        if times is not None:
            self._values["times"] = times

    @builtins.property
    def comparison_operator(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#comparison_operator CmsAlarm#comparison_operator}.'''
        result = self._values.get("comparison_operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def statistics(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.'''
        result = self._values.get("statistics")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def threshold(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.'''
        result = self._values.get("threshold")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def times(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.'''
        result = self._values.get("times")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CmsAlarmEscalationsInfo(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CmsAlarmEscalationsInfoOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmEscalationsInfoOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99fce4c28e483214e5a882109d5da6d88d2cccdfe42c6cf278f95eb1e65f219a)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetComparisonOperator")
    def reset_comparison_operator(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetComparisonOperator", []))

    @jsii.member(jsii_name="resetStatistics")
    def reset_statistics(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatistics", []))

    @jsii.member(jsii_name="resetThreshold")
    def reset_threshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetThreshold", []))

    @jsii.member(jsii_name="resetTimes")
    def reset_times(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimes", []))

    @builtins.property
    @jsii.member(jsii_name="comparisonOperatorInput")
    def comparison_operator_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "comparisonOperatorInput"))

    @builtins.property
    @jsii.member(jsii_name="statisticsInput")
    def statistics_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "statisticsInput"))

    @builtins.property
    @jsii.member(jsii_name="thresholdInput")
    def threshold_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "thresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="timesInput")
    def times_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timesInput"))

    @builtins.property
    @jsii.member(jsii_name="comparisonOperator")
    def comparison_operator(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "comparisonOperator"))

    @comparison_operator.setter
    def comparison_operator(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07ef967a398cc709260206bda785293c6d51f37a904c90f94cf8304adc8017ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "comparisonOperator", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="statistics")
    def statistics(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "statistics"))

    @statistics.setter
    def statistics(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4a25be82b1e6ee0dadf1758e88c0106fa4796da7b08e0e9ed18b11ac443d47ee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "statistics", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="threshold")
    def threshold(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "threshold"))

    @threshold.setter
    def threshold(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fbe9c1204bcf47d48d0ab75a84b6497a292f6efe6c0ff42f555f7903027ef9bf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "threshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="times")
    def times(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "times"))

    @times.setter
    def times(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__228a92171a41c385a126b293032c9361251b3ac4e10317fb290814a2070afbe4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "times", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[CmsAlarmEscalationsInfo]:
        return typing.cast(typing.Optional[CmsAlarmEscalationsInfo], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[CmsAlarmEscalationsInfo]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4d90fd98bb573e6d73596179560c1073634a7a75f71620eca35413c6b2bc2c48)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmEscalationsWarn",
    jsii_struct_bases=[],
    name_mapping={
        "comparison_operator": "comparisonOperator",
        "statistics": "statistics",
        "threshold": "threshold",
        "times": "times",
    },
)
class CmsAlarmEscalationsWarn:
    def __init__(
        self,
        *,
        comparison_operator: typing.Optional[builtins.str] = None,
        statistics: typing.Optional[builtins.str] = None,
        threshold: typing.Optional[builtins.str] = None,
        times: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param comparison_operator: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#comparison_operator CmsAlarm#comparison_operator}.
        :param statistics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.
        :param threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.
        :param times: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d23fb4d042dd99dcc238f395f7a928a27ef574e4019f5e67c5a9925a8409202b)
            check_type(argname="argument comparison_operator", value=comparison_operator, expected_type=type_hints["comparison_operator"])
            check_type(argname="argument statistics", value=statistics, expected_type=type_hints["statistics"])
            check_type(argname="argument threshold", value=threshold, expected_type=type_hints["threshold"])
            check_type(argname="argument times", value=times, expected_type=type_hints["times"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if comparison_operator is not None:
            self._values["comparison_operator"] = comparison_operator
        if statistics is not None:
            self._values["statistics"] = statistics
        if threshold is not None:
            self._values["threshold"] = threshold
        if times is not None:
            self._values["times"] = times

    @builtins.property
    def comparison_operator(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#comparison_operator CmsAlarm#comparison_operator}.'''
        result = self._values.get("comparison_operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def statistics(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#statistics CmsAlarm#statistics}.'''
        result = self._values.get("statistics")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def threshold(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#threshold CmsAlarm#threshold}.'''
        result = self._values.get("threshold")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def times(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.'''
        result = self._values.get("times")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CmsAlarmEscalationsWarn(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CmsAlarmEscalationsWarnOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmEscalationsWarnOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c0610adba59cad2ecd506512505f5d04261ce51ba79d62f7011eb5c9b4bd4660)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetComparisonOperator")
    def reset_comparison_operator(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetComparisonOperator", []))

    @jsii.member(jsii_name="resetStatistics")
    def reset_statistics(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatistics", []))

    @jsii.member(jsii_name="resetThreshold")
    def reset_threshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetThreshold", []))

    @jsii.member(jsii_name="resetTimes")
    def reset_times(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimes", []))

    @builtins.property
    @jsii.member(jsii_name="comparisonOperatorInput")
    def comparison_operator_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "comparisonOperatorInput"))

    @builtins.property
    @jsii.member(jsii_name="statisticsInput")
    def statistics_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "statisticsInput"))

    @builtins.property
    @jsii.member(jsii_name="thresholdInput")
    def threshold_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "thresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="timesInput")
    def times_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timesInput"))

    @builtins.property
    @jsii.member(jsii_name="comparisonOperator")
    def comparison_operator(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "comparisonOperator"))

    @comparison_operator.setter
    def comparison_operator(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__be885d25165750dbc9df3ec35c8b542cc0d37b04d2b39d68d0ff03c083c1d21f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "comparisonOperator", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="statistics")
    def statistics(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "statistics"))

    @statistics.setter
    def statistics(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2620b61996e9dae35c99f2ad945f735d7f409c379290bab3e4c9761fd03c33e2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "statistics", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="threshold")
    def threshold(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "threshold"))

    @threshold.setter
    def threshold(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3a90604b78ca282f5a67322ceb463e2bb3eca589efdfa0fac62e0239b437a5ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "threshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="times")
    def times(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "times"))

    @times.setter
    def times(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e12e30294bec774f972b66733a5e91ac6418f28f40c2fed74eab3b4e22a9234)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "times", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[CmsAlarmEscalationsWarn]:
        return typing.cast(typing.Optional[CmsAlarmEscalationsWarn], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[CmsAlarmEscalationsWarn]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84b6bc31f4786ab2b47727b8a132599929c0164e85aac275873045a7d9ee74a2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmPrometheus",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "level": "level",
        "prom_ql": "promQl",
        "times": "times",
    },
)
class CmsAlarmPrometheus:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        level: typing.Optional[builtins.str] = None,
        prom_ql: typing.Optional[builtins.str] = None,
        times: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param annotations: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#annotations CmsAlarm#annotations}.
        :param level: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#level CmsAlarm#level}.
        :param prom_ql: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#prom_ql CmsAlarm#prom_ql}.
        :param times: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__872d56e230a57db29f6d47ca126620d65f6f08778858475ca3f1a26b74d81277)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument prom_ql", value=prom_ql, expected_type=type_hints["prom_ql"])
            check_type(argname="argument times", value=times, expected_type=type_hints["times"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if level is not None:
            self._values["level"] = level
        if prom_ql is not None:
            self._values["prom_ql"] = prom_ql
        if times is not None:
            self._values["times"] = times

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#annotations CmsAlarm#annotations}.'''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#level CmsAlarm#level}.'''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prom_ql(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#prom_ql CmsAlarm#prom_ql}.'''
        result = self._values.get("prom_ql")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def times(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#times CmsAlarm#times}.'''
        result = self._values.get("times")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CmsAlarmPrometheus(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CmsAlarmPrometheusList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmPrometheusList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__11f97b52640b5fbeac8a95e101d22497776c069bca1ffd9f6b8d2f0b470a872b)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "CmsAlarmPrometheusOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e1a0742bb1ce1b6cb71550eee3cb8a43fb14667c8180165d94b02b2d7fa64db5)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("CmsAlarmPrometheusOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7c0329a3703f6706358a069f850a5001c3fff083af4fb19c0ebf6f4619205aac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3403da250c34763094db52aaa8e0b6664a7e40f0ade826200c2b40adfa100a97)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f5c6a3addb57486e5a39f5130df5b33a20d4c5a37712a023a8dfdf8476852902)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmPrometheus]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmPrometheus]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmPrometheus]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4f73a545f897727c8f755b57f87c200ddc6212c15e786d50880ac30b60de2d9e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class CmsAlarmPrometheusOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmPrometheusOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fbbe9bfb5d940455750c86b46656010125ef0cec5491cfa37effa115f7e017fc)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetAnnotations")
    def reset_annotations(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAnnotations", []))

    @jsii.member(jsii_name="resetLevel")
    def reset_level(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLevel", []))

    @jsii.member(jsii_name="resetPromQl")
    def reset_prom_ql(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPromQl", []))

    @jsii.member(jsii_name="resetTimes")
    def reset_times(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimes", []))

    @builtins.property
    @jsii.member(jsii_name="annotationsInput")
    def annotations_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "annotationsInput"))

    @builtins.property
    @jsii.member(jsii_name="levelInput")
    def level_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "levelInput"))

    @builtins.property
    @jsii.member(jsii_name="promQlInput")
    def prom_ql_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "promQlInput"))

    @builtins.property
    @jsii.member(jsii_name="timesInput")
    def times_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timesInput"))

    @builtins.property
    @jsii.member(jsii_name="annotations")
    def annotations(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "annotations"))

    @annotations.setter
    def annotations(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__824487135dbed729d3953755f894941891be1f92eb6ab53816941c7ff8037d8e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "annotations", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="level")
    def level(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "level"))

    @level.setter
    def level(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ade2b63064a500f69bdbc8972f1d7ef67b1b2999aed64c0b49ea12e2bdcf4b88)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "level", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="promQl")
    def prom_ql(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "promQl"))

    @prom_ql.setter
    def prom_ql(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b95aaf491da0627f74dd2ccb42c7430f425d48ac5bcff03e6d4ecf6fe5e8bafe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "promQl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="times")
    def times(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "times"))

    @times.setter
    def times(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e8f48696b391aadf5d979e8ed186b0e3780f5d6a0f0b446a89362c5bf24abd63)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "times", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmPrometheus]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmPrometheus]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmPrometheus]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5b26ab6e70671fd3044165b0de9c5d7fbf67932d34f4668c2be44daa9b2b65cc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmTargets",
    jsii_struct_bases=[],
    name_mapping={
        "arn": "arn",
        "json_params": "jsonParams",
        "level": "level",
        "target_id": "targetId",
    },
)
class CmsAlarmTargets:
    def __init__(
        self,
        *,
        arn: typing.Optional[builtins.str] = None,
        json_params: typing.Optional[builtins.str] = None,
        level: typing.Optional[builtins.str] = None,
        target_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#arn CmsAlarm#arn}.
        :param json_params: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#json_params CmsAlarm#json_params}.
        :param level: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#level CmsAlarm#level}.
        :param target_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#target_id CmsAlarm#target_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ba8f739584ce91162fa248306b1b919b83f2cc367ce5609539869c7071c96d6d)
            check_type(argname="argument arn", value=arn, expected_type=type_hints["arn"])
            check_type(argname="argument json_params", value=json_params, expected_type=type_hints["json_params"])
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument target_id", value=target_id, expected_type=type_hints["target_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if arn is not None:
            self._values["arn"] = arn
        if json_params is not None:
            self._values["json_params"] = json_params
        if level is not None:
            self._values["level"] = level
        if target_id is not None:
            self._values["target_id"] = target_id

    @builtins.property
    def arn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#arn CmsAlarm#arn}.'''
        result = self._values.get("arn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def json_params(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#json_params CmsAlarm#json_params}.'''
        result = self._values.get("json_params")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#level CmsAlarm#level}.'''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def target_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#target_id CmsAlarm#target_id}.'''
        result = self._values.get("target_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CmsAlarmTargets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CmsAlarmTargetsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmTargetsList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2f54c8bc247b844a1a7546a15e27d17deb00e665bb4bb190e20a1b69f9219952)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "CmsAlarmTargetsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e1dc9c84899b215952cf06ec738a0b07100f10ce3e131ce6a02561cb50c1fa10)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("CmsAlarmTargetsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__360562f392f67ce0f35989936b042cf74bf42eb9955207873e20784390b7002c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__785e0ab3f16f0e0656e174daa58af3574810bd35ce7a4118856c7b2f061f320d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0f69cb925351c2ee21403067812178baf332e6762740e1aa4d29a917c38b0bc7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmTargets]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmTargets]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmTargets]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__790349f3759bc68e374388ba83b2d3dffea7b63336a1ce5f12f2358c0d3bbcf6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class CmsAlarmTargetsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmTargetsOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3cfe4ba8a837c139ec689ec1b16376603cac7b614db86a4cf762254ed2aeaff8)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetArn")
    def reset_arn(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetArn", []))

    @jsii.member(jsii_name="resetJsonParams")
    def reset_json_params(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetJsonParams", []))

    @jsii.member(jsii_name="resetLevel")
    def reset_level(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLevel", []))

    @jsii.member(jsii_name="resetTargetId")
    def reset_target_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTargetId", []))

    @builtins.property
    @jsii.member(jsii_name="arnInput")
    def arn_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "arnInput"))

    @builtins.property
    @jsii.member(jsii_name="jsonParamsInput")
    def json_params_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "jsonParamsInput"))

    @builtins.property
    @jsii.member(jsii_name="levelInput")
    def level_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "levelInput"))

    @builtins.property
    @jsii.member(jsii_name="targetIdInput")
    def target_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "targetIdInput"))

    @builtins.property
    @jsii.member(jsii_name="arn")
    def arn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "arn"))

    @arn.setter
    def arn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3a5832922a70d2bd5152a86a9b50867e29f60b2ba80a3f1af7398c97df3cacc6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "arn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="jsonParams")
    def json_params(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "jsonParams"))

    @json_params.setter
    def json_params(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aa96306adab4370ee229c847695ddc8a304289b30f312695f2ca6fdb5a4841ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "jsonParams", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="level")
    def level(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "level"))

    @level.setter
    def level(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b32bfb00c49af34c4e58fd3afee6d23939d679fa2f8310970d1a7a1e3eff318)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "level", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="targetId")
    def target_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "targetId"))

    @target_id.setter
    def target_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab9c2f9e5492d95d1ef25338d9fdc6fc597a0f7091cc2c8a999d9607cf42da5d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "targetId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmTargets]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmTargets]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmTargets]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b861cb4a18efcd0b13cd4b0d34dd45004dc26dc79e9b70784ba90ed52970647f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmTimeouts",
    jsii_struct_bases=[],
    name_mapping={"create": "create", "delete": "delete", "update": "update"},
)
class CmsAlarmTimeouts:
    def __init__(
        self,
        *,
        create: typing.Optional[builtins.str] = None,
        delete: typing.Optional[builtins.str] = None,
        update: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param create: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#create CmsAlarm#create}.
        :param delete: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#delete CmsAlarm#delete}.
        :param update: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#update CmsAlarm#update}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8a6087cdd1dfbc7630ce9adc5c784948fb030ce0a845b80222f17d335edca7cb)
            check_type(argname="argument create", value=create, expected_type=type_hints["create"])
            check_type(argname="argument delete", value=delete, expected_type=type_hints["delete"])
            check_type(argname="argument update", value=update, expected_type=type_hints["update"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if create is not None:
            self._values["create"] = create
        if delete is not None:
            self._values["delete"] = delete
        if update is not None:
            self._values["update"] = update

    @builtins.property
    def create(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#create CmsAlarm#create}.'''
        result = self._values.get("create")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def delete(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#delete CmsAlarm#delete}.'''
        result = self._values.get("delete")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def update(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/cms_alarm#update CmsAlarm#update}.'''
        result = self._values.get("update")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CmsAlarmTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class CmsAlarmTimeoutsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.cmsAlarm.CmsAlarmTimeoutsOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e7be898009a78a9ccfe723dcbea6f3d2fc839dfcfe924fe20d9a259bb650d57c)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetCreate")
    def reset_create(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCreate", []))

    @jsii.member(jsii_name="resetDelete")
    def reset_delete(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDelete", []))

    @jsii.member(jsii_name="resetUpdate")
    def reset_update(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUpdate", []))

    @builtins.property
    @jsii.member(jsii_name="createInput")
    def create_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "createInput"))

    @builtins.property
    @jsii.member(jsii_name="deleteInput")
    def delete_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "deleteInput"))

    @builtins.property
    @jsii.member(jsii_name="updateInput")
    def update_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "updateInput"))

    @builtins.property
    @jsii.member(jsii_name="create")
    def create(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "create"))

    @create.setter
    def create(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a683505cd001ec50b4711c760616d7d3bbe9535b524d243e895db8d98a6f7822)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "create", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="delete")
    def delete(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "delete"))

    @delete.setter
    def delete(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b49e7b1e9de9bb6891609bb146545f9f6425cf6cf1562a30af1a7eea2316336)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "delete", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="update")
    def update(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "update"))

    @update.setter
    def update(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6932fd1be93fd019a70ef0d1251d2381af8f1c3e2596c4d30badc9ba80b4705d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "update", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmTimeouts]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmTimeouts]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmTimeouts]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cb0a473a83e27de2c8df0e634f78b989061f1b6ee76429fe7a76e8cdf4da7c2d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "CmsAlarm",
    "CmsAlarmCompositeExpression",
    "CmsAlarmCompositeExpressionExpressionListStruct",
    "CmsAlarmCompositeExpressionExpressionListStructList",
    "CmsAlarmCompositeExpressionExpressionListStructOutputReference",
    "CmsAlarmCompositeExpressionOutputReference",
    "CmsAlarmConfig",
    "CmsAlarmEscalationsCritical",
    "CmsAlarmEscalationsCriticalOutputReference",
    "CmsAlarmEscalationsInfo",
    "CmsAlarmEscalationsInfoOutputReference",
    "CmsAlarmEscalationsWarn",
    "CmsAlarmEscalationsWarnOutputReference",
    "CmsAlarmPrometheus",
    "CmsAlarmPrometheusList",
    "CmsAlarmPrometheusOutputReference",
    "CmsAlarmTargets",
    "CmsAlarmTargetsList",
    "CmsAlarmTargetsOutputReference",
    "CmsAlarmTimeouts",
    "CmsAlarmTimeoutsOutputReference",
]

publication.publish()

def _typecheckingstub__7ca380e061107d1dbfede81ccbc2757dceee76f25fe04e5e256348563221a695(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    contact_groups: typing.Sequence[builtins.str],
    metric: builtins.str,
    name: builtins.str,
    project: builtins.str,
    composite_expression: typing.Optional[typing.Union[CmsAlarmCompositeExpression, typing.Dict[builtins.str, typing.Any]]] = None,
    dimensions: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    effective_interval: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    end_time: typing.Optional[jsii.Number] = None,
    escalations_critical: typing.Optional[typing.Union[CmsAlarmEscalationsCritical, typing.Dict[builtins.str, typing.Any]]] = None,
    escalations_info: typing.Optional[typing.Union[CmsAlarmEscalationsInfo, typing.Dict[builtins.str, typing.Any]]] = None,
    escalations_warn: typing.Optional[typing.Union[CmsAlarmEscalationsWarn, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    metric_dimensions: typing.Optional[builtins.str] = None,
    notify_type: typing.Optional[jsii.Number] = None,
    operator: typing.Optional[builtins.str] = None,
    period: typing.Optional[jsii.Number] = None,
    prometheus: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[CmsAlarmPrometheus, typing.Dict[builtins.str, typing.Any]]]]] = None,
    silence_time: typing.Optional[jsii.Number] = None,
    start_time: typing.Optional[jsii.Number] = None,
    statistics: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    targets: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[CmsAlarmTargets, typing.Dict[builtins.str, typing.Any]]]]] = None,
    threshold: typing.Optional[builtins.str] = None,
    timeouts: typing.Optional[typing.Union[CmsAlarmTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
    triggered_count: typing.Optional[jsii.Number] = None,
    webhook: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__e72b0215a2c0cbd91c24bd3957ddae8275557e55d4fd30c9748023c3ddc8dfe2(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28363ac86f8346f195b0d1356405739fe9668c6458f3ea38e47bc72b41ceeb4a(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[CmsAlarmPrometheus, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16d77d274b298dcad8999ff2a9690987164d59f236711804bc523e10f2da7266(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[CmsAlarmTargets, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2035fa73322373151bc0d5c45d4ad0aa9362527ac456fe9da963a5d5f491ffd2(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e91628d36b3f13053fc57d9664f10c6b58c9b6283b867ccbe03323c65838d36f(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__539b9b1239b5aedc2b6a99dfca01ffc8a4c7aedcb1d632568b8b42e5789d0160(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4d9c74126b84be970ab14b8a6364857b27ba004234d4a95811dbe234741dca8(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab193ec6824bf7e11246afdc674a05ebc174b89d9279a8cc76a6b06a719b256d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9e4f8aa30253503f88b1cd64bb027ffa9bd2870ad3ac66e13cd03621190cfe6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5689940a02fa86b1e83853e74f04f231fd1d425b01c7bcfb9bb9aa686dce608b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8dc762aab95e699e4935c35280878008fec85f08f794a09e008769d9f3253311(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__588c2f1601bc64d9b71a1b72a79d42574aea3d0d7d02b748bf1147ffea347b1c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1b75e93380d23b03171548e6f5129aea4d61274aba7c51ea4de2c0a006586ed(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9957d1fcf59756609dcb0850b09003ca5fb015cc5a09e95d9c282d879bf9dbb8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48286d1cfe5fe70dc8d6c4178d391a317ec692f74defcd3266edc5619fb14ff5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d97464b47e7777ceca656133039417e9539dcda5406806cddd91867b36a4e500(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eeef3d226c1206fcb8bbecf38818ac6382e8d6a87a517ac592b8f74b67220583(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a02da47c0230dd00aa7b0adc4f35bba4198f66478452d8602de5fc9edf42938(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__421b0828864236a93a515752222d6828412cae2f8371a8f0591e55d222fbc466(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b961da51d66590fe390ede38a6cc47ca049b4afed18b6fee93a4a9a76a7629ef(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56b03438f638dce4a06d1dedfb6f40f9ec4f0ee7400a688ee8aa7927beaeabcf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db2e5ac2b2edd3e3c5f8153930b7648999601b4c4149cddb6ba92425175f8e32(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7669455dfeae048f3eb1f2216395f536ec3cabbc4328e36e7f71594540042a6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07a05e6d126d9318b0003379411ed0ef294d4b5aec62f89c8820fb526a242892(
    *,
    expression_list: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[CmsAlarmCompositeExpressionExpressionListStruct, typing.Dict[builtins.str, typing.Any]]]]] = None,
    expression_list_join: typing.Optional[builtins.str] = None,
    expression_raw: typing.Optional[builtins.str] = None,
    level: typing.Optional[builtins.str] = None,
    times: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29c1fe355004b8f8c1d2a02ceb37a7c272379510a5f498d1f2194e9eeef19747(
    *,
    comparison_operator: typing.Optional[builtins.str] = None,
    metric_name: typing.Optional[builtins.str] = None,
    period: typing.Optional[builtins.str] = None,
    statistics: typing.Optional[builtins.str] = None,
    threshold: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae707a72aa1203fbc525b61ecf84163fb0a26b5f8e7d50bde5ea3dada83245d6(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90cd5a54be31445974e8157d68e5aed121a14f22d9e171358d01854c4cfae961(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ab15c0405c0f000d1d603bed3eb691984ac9150162a42eed8ce3452874bffe7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea00cf2963388c02ba8e34fc60fd42a385767f0d7803ed20036155168f498e79(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34cdd54aa904d099094505799dd2003458eab3982c8bf66001216f57d9205a93(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ccd95253164dbb038968aa71fbb4037d9bbd94b8cca8d2d5e25a8376210666b(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmCompositeExpressionExpressionListStruct]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__081fa70bb8c04770bbcca3a544a10f5f5b78be2905c3248813129101d58f92d3(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__158cab4c4d434883de4c415992415bf73b9d74dae38f4431f73fad334c313420(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86811c18aa0da536aa63b7d14552dc53c6c9feb58d3c979cda436b638e54b6b7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b032389ebfc51f9870a560ae55696487b8f798fd20f6ebc7ce4270066fc6f24(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff0e4cbf71c1367544b8a7de6d382cd5879ea2ed04e1263403ec939a8953c437(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2664a45f4d750c468b100acdc12c64acbc27e4db3d0eff1f24c4f8af903b781(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5091e69974cb80eea09a95cdb1f848245dc26a77e5d56914e53af0d96481d4d1(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmCompositeExpressionExpressionListStruct]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c3bf839965694587f275a05948ebafb40d3624f418954c8d5626f2e6e1b803f(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__515b78ddc1984807f10d02597b07e8e1403e2f994ba2c8709e1ac2cdf4b71a4a(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[CmsAlarmCompositeExpressionExpressionListStruct, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34500c54fe036b85673b6d55daf3af9dfc6b473f6fb5e17460526ef94b56744a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6eeda6cf90fb7dde85171363c40692303b6f1797004412de71338e5b0766558(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cacd677d2f6e749d7c51c0d6139347e7a373539964f0394aa15a080c527e002e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6afaa9ca1713ce97e9a1b9702b8614a431a64f9707c3f611d62b7e22b3aa6e1b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__588d41fdc6a760b9dd6d3d5a50c95377f496bc01a19c7a004425991b1c43eab8(
    value: typing.Optional[CmsAlarmCompositeExpression],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__baeecd6cd5c5468aa5b0fc2c9802998a74e9a1aade9beb2f376216411e521c45(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    contact_groups: typing.Sequence[builtins.str],
    metric: builtins.str,
    name: builtins.str,
    project: builtins.str,
    composite_expression: typing.Optional[typing.Union[CmsAlarmCompositeExpression, typing.Dict[builtins.str, typing.Any]]] = None,
    dimensions: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    effective_interval: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    end_time: typing.Optional[jsii.Number] = None,
    escalations_critical: typing.Optional[typing.Union[CmsAlarmEscalationsCritical, typing.Dict[builtins.str, typing.Any]]] = None,
    escalations_info: typing.Optional[typing.Union[CmsAlarmEscalationsInfo, typing.Dict[builtins.str, typing.Any]]] = None,
    escalations_warn: typing.Optional[typing.Union[CmsAlarmEscalationsWarn, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    metric_dimensions: typing.Optional[builtins.str] = None,
    notify_type: typing.Optional[jsii.Number] = None,
    operator: typing.Optional[builtins.str] = None,
    period: typing.Optional[jsii.Number] = None,
    prometheus: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[CmsAlarmPrometheus, typing.Dict[builtins.str, typing.Any]]]]] = None,
    silence_time: typing.Optional[jsii.Number] = None,
    start_time: typing.Optional[jsii.Number] = None,
    statistics: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    targets: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[CmsAlarmTargets, typing.Dict[builtins.str, typing.Any]]]]] = None,
    threshold: typing.Optional[builtins.str] = None,
    timeouts: typing.Optional[typing.Union[CmsAlarmTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
    triggered_count: typing.Optional[jsii.Number] = None,
    webhook: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de5a9815a8f3a357f4017594ca5b95a371bc631e14883b7afd332d620195fa1f(
    *,
    comparison_operator: typing.Optional[builtins.str] = None,
    statistics: typing.Optional[builtins.str] = None,
    threshold: typing.Optional[builtins.str] = None,
    times: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20e8e1534855ee063364ad4c17e8bd50554578e7cac80b101dedb8a4f5a27072(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c93869d16e533e484232a362a435e0366db87429594a8f2b7c5c36c9da663880(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa9d282a77a1ef7699964c0aff186392b1ae52bc1a4c2684d3eaba39690bafa7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98e7cc36610778bc3e66f568b7796eb038724fa624fef647a90d36733f4c74c8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__365746c8785773c7dbc4cabdea041ae848fb2697b879ffb222ef7736d462039c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8ca8e43e72cdda826e337dabd2859d61c2e1ad47f0a03f14a83e3d4149049c7(
    value: typing.Optional[CmsAlarmEscalationsCritical],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e3d1b09b4fc52aa4c0d8989a767cd20fd26402041889a3a57a26e66d5091e90(
    *,
    comparison_operator: typing.Optional[builtins.str] = None,
    statistics: typing.Optional[builtins.str] = None,
    threshold: typing.Optional[builtins.str] = None,
    times: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99fce4c28e483214e5a882109d5da6d88d2cccdfe42c6cf278f95eb1e65f219a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07ef967a398cc709260206bda785293c6d51f37a904c90f94cf8304adc8017ef(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a25be82b1e6ee0dadf1758e88c0106fa4796da7b08e0e9ed18b11ac443d47ee(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbe9c1204bcf47d48d0ab75a84b6497a292f6efe6c0ff42f555f7903027ef9bf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__228a92171a41c385a126b293032c9361251b3ac4e10317fb290814a2070afbe4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d90fd98bb573e6d73596179560c1073634a7a75f71620eca35413c6b2bc2c48(
    value: typing.Optional[CmsAlarmEscalationsInfo],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d23fb4d042dd99dcc238f395f7a928a27ef574e4019f5e67c5a9925a8409202b(
    *,
    comparison_operator: typing.Optional[builtins.str] = None,
    statistics: typing.Optional[builtins.str] = None,
    threshold: typing.Optional[builtins.str] = None,
    times: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0610adba59cad2ecd506512505f5d04261ce51ba79d62f7011eb5c9b4bd4660(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be885d25165750dbc9df3ec35c8b542cc0d37b04d2b39d68d0ff03c083c1d21f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2620b61996e9dae35c99f2ad945f735d7f409c379290bab3e4c9761fd03c33e2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a90604b78ca282f5a67322ceb463e2bb3eca589efdfa0fac62e0239b437a5ca(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e12e30294bec774f972b66733a5e91ac6418f28f40c2fed74eab3b4e22a9234(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84b6bc31f4786ab2b47727b8a132599929c0164e85aac275873045a7d9ee74a2(
    value: typing.Optional[CmsAlarmEscalationsWarn],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__872d56e230a57db29f6d47ca126620d65f6f08778858475ca3f1a26b74d81277(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    level: typing.Optional[builtins.str] = None,
    prom_ql: typing.Optional[builtins.str] = None,
    times: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11f97b52640b5fbeac8a95e101d22497776c069bca1ffd9f6b8d2f0b470a872b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1a0742bb1ce1b6cb71550eee3cb8a43fb14667c8180165d94b02b2d7fa64db5(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c0329a3703f6706358a069f850a5001c3fff083af4fb19c0ebf6f4619205aac(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3403da250c34763094db52aaa8e0b6664a7e40f0ade826200c2b40adfa100a97(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5c6a3addb57486e5a39f5130df5b33a20d4c5a37712a023a8dfdf8476852902(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f73a545f897727c8f755b57f87c200ddc6212c15e786d50880ac30b60de2d9e(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmPrometheus]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbbe9bfb5d940455750c86b46656010125ef0cec5491cfa37effa115f7e017fc(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__824487135dbed729d3953755f894941891be1f92eb6ab53816941c7ff8037d8e(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ade2b63064a500f69bdbc8972f1d7ef67b1b2999aed64c0b49ea12e2bdcf4b88(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b95aaf491da0627f74dd2ccb42c7430f425d48ac5bcff03e6d4ecf6fe5e8bafe(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8f48696b391aadf5d979e8ed186b0e3780f5d6a0f0b446a89362c5bf24abd63(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b26ab6e70671fd3044165b0de9c5d7fbf67932d34f4668c2be44daa9b2b65cc(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmPrometheus]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba8f739584ce91162fa248306b1b919b83f2cc367ce5609539869c7071c96d6d(
    *,
    arn: typing.Optional[builtins.str] = None,
    json_params: typing.Optional[builtins.str] = None,
    level: typing.Optional[builtins.str] = None,
    target_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f54c8bc247b844a1a7546a15e27d17deb00e665bb4bb190e20a1b69f9219952(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1dc9c84899b215952cf06ec738a0b07100f10ce3e131ce6a02561cb50c1fa10(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__360562f392f67ce0f35989936b042cf74bf42eb9955207873e20784390b7002c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__785e0ab3f16f0e0656e174daa58af3574810bd35ce7a4118856c7b2f061f320d(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f69cb925351c2ee21403067812178baf332e6762740e1aa4d29a917c38b0bc7(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__790349f3759bc68e374388ba83b2d3dffea7b63336a1ce5f12f2358c0d3bbcf6(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[CmsAlarmTargets]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cfe4ba8a837c139ec689ec1b16376603cac7b614db86a4cf762254ed2aeaff8(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a5832922a70d2bd5152a86a9b50867e29f60b2ba80a3f1af7398c97df3cacc6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa96306adab4370ee229c847695ddc8a304289b30f312695f2ca6fdb5a4841ca(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b32bfb00c49af34c4e58fd3afee6d23939d679fa2f8310970d1a7a1e3eff318(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab9c2f9e5492d95d1ef25338d9fdc6fc597a0f7091cc2c8a999d9607cf42da5d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b861cb4a18efcd0b13cd4b0d34dd45004dc26dc79e9b70784ba90ed52970647f(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmTargets]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a6087cdd1dfbc7630ce9adc5c784948fb030ce0a845b80222f17d335edca7cb(
    *,
    create: typing.Optional[builtins.str] = None,
    delete: typing.Optional[builtins.str] = None,
    update: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7be898009a78a9ccfe723dcbea6f3d2fc839dfcfe924fe20d9a259bb650d57c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a683505cd001ec50b4711c760616d7d3bbe9535b524d243e895db8d98a6f7822(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b49e7b1e9de9bb6891609bb146545f9f6425cf6cf1562a30af1a7eea2316336(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6932fd1be93fd019a70ef0d1251d2381af8f1c3e2596c4d30badc9ba80b4705d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb0a473a83e27de2c8df0e634f78b989061f1b6ee76429fe7a76e8cdf4da7c2d(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, CmsAlarmTimeouts]],
) -> None:
    """Type checking stubs"""
    pass
