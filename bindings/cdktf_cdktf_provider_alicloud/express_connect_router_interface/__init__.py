r'''
# `alicloud_express_connect_router_interface`

Refer to the Terraform Registry for docs: [`alicloud_express_connect_router_interface`](https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface).
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


class ExpressConnectRouterInterface(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.expressConnectRouterInterface.ExpressConnectRouterInterface",
):
    '''Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface alicloud_express_connect_router_interface}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        opposite_region_id: builtins.str,
        role: builtins.str,
        router_id: builtins.str,
        router_type: builtins.str,
        spec: builtins.str,
        access_point_id: typing.Optional[builtins.str] = None,
        auto_pay: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        auto_renew: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        delete_health_check_ip: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        description: typing.Optional[builtins.str] = None,
        fast_link_mode: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        hc_rate: typing.Optional[jsii.Number] = None,
        hc_threshold: typing.Optional[builtins.str] = None,
        health_check_source_ip: typing.Optional[builtins.str] = None,
        health_check_target_ip: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        opposite_access_point_id: typing.Optional[builtins.str] = None,
        opposite_interface_id: typing.Optional[builtins.str] = None,
        opposite_interface_owner_id: typing.Optional[builtins.str] = None,
        opposite_router_id: typing.Optional[builtins.str] = None,
        opposite_router_type: typing.Optional[builtins.str] = None,
        payment_type: typing.Optional[builtins.str] = None,
        period: typing.Optional[jsii.Number] = None,
        pricing_cycle: typing.Optional[builtins.str] = None,
        resource_group_id: typing.Optional[builtins.str] = None,
        router_interface_name: typing.Optional[builtins.str] = None,
        status: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        timeouts: typing.Optional[typing.Union["ExpressConnectRouterInterfaceTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface alicloud_express_connect_router_interface} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param opposite_region_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_region_id ExpressConnectRouterInterface#opposite_region_id}.
        :param role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#role ExpressConnectRouterInterface#role}.
        :param router_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#router_id ExpressConnectRouterInterface#router_id}.
        :param router_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#router_type ExpressConnectRouterInterface#router_type}.
        :param spec: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#spec ExpressConnectRouterInterface#spec}.
        :param access_point_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#access_point_id ExpressConnectRouterInterface#access_point_id}.
        :param auto_pay: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#auto_pay ExpressConnectRouterInterface#auto_pay}.
        :param auto_renew: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#auto_renew ExpressConnectRouterInterface#auto_renew}.
        :param delete_health_check_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#delete_health_check_ip ExpressConnectRouterInterface#delete_health_check_ip}.
        :param description: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#description ExpressConnectRouterInterface#description}.
        :param fast_link_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#fast_link_mode ExpressConnectRouterInterface#fast_link_mode}.
        :param hc_rate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#hc_rate ExpressConnectRouterInterface#hc_rate}.
        :param hc_threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#hc_threshold ExpressConnectRouterInterface#hc_threshold}.
        :param health_check_source_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#health_check_source_ip ExpressConnectRouterInterface#health_check_source_ip}.
        :param health_check_target_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#health_check_target_ip ExpressConnectRouterInterface#health_check_target_ip}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#id ExpressConnectRouterInterface#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param opposite_access_point_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_access_point_id ExpressConnectRouterInterface#opposite_access_point_id}.
        :param opposite_interface_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_interface_id ExpressConnectRouterInterface#opposite_interface_id}.
        :param opposite_interface_owner_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_interface_owner_id ExpressConnectRouterInterface#opposite_interface_owner_id}.
        :param opposite_router_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_router_id ExpressConnectRouterInterface#opposite_router_id}.
        :param opposite_router_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_router_type ExpressConnectRouterInterface#opposite_router_type}.
        :param payment_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#payment_type ExpressConnectRouterInterface#payment_type}.
        :param period: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#period ExpressConnectRouterInterface#period}.
        :param pricing_cycle: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#pricing_cycle ExpressConnectRouterInterface#pricing_cycle}.
        :param resource_group_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#resource_group_id ExpressConnectRouterInterface#resource_group_id}.
        :param router_interface_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#router_interface_name ExpressConnectRouterInterface#router_interface_name}.
        :param status: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#status ExpressConnectRouterInterface#status}.
        :param tags: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#tags ExpressConnectRouterInterface#tags}.
        :param timeouts: timeouts block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#timeouts ExpressConnectRouterInterface#timeouts}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__241b9115add1f4883849b80231bd66692ce5cde1ba6668770c20ed4b0ae497c3)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = ExpressConnectRouterInterfaceConfig(
            opposite_region_id=opposite_region_id,
            role=role,
            router_id=router_id,
            router_type=router_type,
            spec=spec,
            access_point_id=access_point_id,
            auto_pay=auto_pay,
            auto_renew=auto_renew,
            delete_health_check_ip=delete_health_check_ip,
            description=description,
            fast_link_mode=fast_link_mode,
            hc_rate=hc_rate,
            hc_threshold=hc_threshold,
            health_check_source_ip=health_check_source_ip,
            health_check_target_ip=health_check_target_ip,
            id=id,
            opposite_access_point_id=opposite_access_point_id,
            opposite_interface_id=opposite_interface_id,
            opposite_interface_owner_id=opposite_interface_owner_id,
            opposite_router_id=opposite_router_id,
            opposite_router_type=opposite_router_type,
            payment_type=payment_type,
            period=period,
            pricing_cycle=pricing_cycle,
            resource_group_id=resource_group_id,
            router_interface_name=router_interface_name,
            status=status,
            tags=tags,
            timeouts=timeouts,
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
        '''Generates CDKTF code for importing a ExpressConnectRouterInterface resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the ExpressConnectRouterInterface to import.
        :param import_from_id: The id of the existing ExpressConnectRouterInterface that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the ExpressConnectRouterInterface to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8d10ae029c53858b64e2fc95fccc7e5d1bf317e044cef23677297e8be0b1fe9f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putTimeouts")
    def put_timeouts(
        self,
        *,
        create: typing.Optional[builtins.str] = None,
        delete: typing.Optional[builtins.str] = None,
        update: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param create: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#create ExpressConnectRouterInterface#create}.
        :param delete: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#delete ExpressConnectRouterInterface#delete}.
        :param update: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#update ExpressConnectRouterInterface#update}.
        '''
        value = ExpressConnectRouterInterfaceTimeouts(
            create=create, delete=delete, update=update
        )

        return typing.cast(None, jsii.invoke(self, "putTimeouts", [value]))

    @jsii.member(jsii_name="resetAccessPointId")
    def reset_access_point_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccessPointId", []))

    @jsii.member(jsii_name="resetAutoPay")
    def reset_auto_pay(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutoPay", []))

    @jsii.member(jsii_name="resetAutoRenew")
    def reset_auto_renew(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutoRenew", []))

    @jsii.member(jsii_name="resetDeleteHealthCheckIp")
    def reset_delete_health_check_ip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeleteHealthCheckIp", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetFastLinkMode")
    def reset_fast_link_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFastLinkMode", []))

    @jsii.member(jsii_name="resetHcRate")
    def reset_hc_rate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHcRate", []))

    @jsii.member(jsii_name="resetHcThreshold")
    def reset_hc_threshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHcThreshold", []))

    @jsii.member(jsii_name="resetHealthCheckSourceIp")
    def reset_health_check_source_ip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthCheckSourceIp", []))

    @jsii.member(jsii_name="resetHealthCheckTargetIp")
    def reset_health_check_target_ip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthCheckTargetIp", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetOppositeAccessPointId")
    def reset_opposite_access_point_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOppositeAccessPointId", []))

    @jsii.member(jsii_name="resetOppositeInterfaceId")
    def reset_opposite_interface_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOppositeInterfaceId", []))

    @jsii.member(jsii_name="resetOppositeInterfaceOwnerId")
    def reset_opposite_interface_owner_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOppositeInterfaceOwnerId", []))

    @jsii.member(jsii_name="resetOppositeRouterId")
    def reset_opposite_router_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOppositeRouterId", []))

    @jsii.member(jsii_name="resetOppositeRouterType")
    def reset_opposite_router_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOppositeRouterType", []))

    @jsii.member(jsii_name="resetPaymentType")
    def reset_payment_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPaymentType", []))

    @jsii.member(jsii_name="resetPeriod")
    def reset_period(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPeriod", []))

    @jsii.member(jsii_name="resetPricingCycle")
    def reset_pricing_cycle(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPricingCycle", []))

    @jsii.member(jsii_name="resetResourceGroupId")
    def reset_resource_group_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResourceGroupId", []))

    @jsii.member(jsii_name="resetRouterInterfaceName")
    def reset_router_interface_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRouterInterfaceName", []))

    @jsii.member(jsii_name="resetStatus")
    def reset_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatus", []))

    @jsii.member(jsii_name="resetTags")
    def reset_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTags", []))

    @jsii.member(jsii_name="resetTimeouts")
    def reset_timeouts(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeouts", []))

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
    @jsii.member(jsii_name="bandwidth")
    def bandwidth(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "bandwidth"))

    @builtins.property
    @jsii.member(jsii_name="businessStatus")
    def business_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "businessStatus"))

    @builtins.property
    @jsii.member(jsii_name="connectedTime")
    def connected_time(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectedTime"))

    @builtins.property
    @jsii.member(jsii_name="createTime")
    def create_time(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "createTime"))

    @builtins.property
    @jsii.member(jsii_name="crossBorder")
    def cross_border(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "crossBorder"))

    @builtins.property
    @jsii.member(jsii_name="endTime")
    def end_time(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "endTime"))

    @builtins.property
    @jsii.member(jsii_name="hasReservationData")
    def has_reservation_data(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "hasReservationData"))

    @builtins.property
    @jsii.member(jsii_name="oppositeBandwidth")
    def opposite_bandwidth(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "oppositeBandwidth"))

    @builtins.property
    @jsii.member(jsii_name="oppositeInterfaceBusinessStatus")
    def opposite_interface_business_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oppositeInterfaceBusinessStatus"))

    @builtins.property
    @jsii.member(jsii_name="oppositeInterfaceSpec")
    def opposite_interface_spec(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oppositeInterfaceSpec"))

    @builtins.property
    @jsii.member(jsii_name="oppositeInterfaceStatus")
    def opposite_interface_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oppositeInterfaceStatus"))

    @builtins.property
    @jsii.member(jsii_name="oppositeVpcInstanceId")
    def opposite_vpc_instance_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oppositeVpcInstanceId"))

    @builtins.property
    @jsii.member(jsii_name="reservationActiveTime")
    def reservation_active_time(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "reservationActiveTime"))

    @builtins.property
    @jsii.member(jsii_name="reservationBandwidth")
    def reservation_bandwidth(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "reservationBandwidth"))

    @builtins.property
    @jsii.member(jsii_name="reservationInternetChargeType")
    def reservation_internet_charge_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "reservationInternetChargeType"))

    @builtins.property
    @jsii.member(jsii_name="reservationOrderType")
    def reservation_order_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "reservationOrderType"))

    @builtins.property
    @jsii.member(jsii_name="routerInterfaceId")
    def router_interface_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "routerInterfaceId"))

    @builtins.property
    @jsii.member(jsii_name="timeouts")
    def timeouts(self) -> "ExpressConnectRouterInterfaceTimeoutsOutputReference":
        return typing.cast("ExpressConnectRouterInterfaceTimeoutsOutputReference", jsii.get(self, "timeouts"))

    @builtins.property
    @jsii.member(jsii_name="vpcInstanceId")
    def vpc_instance_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "vpcInstanceId"))

    @builtins.property
    @jsii.member(jsii_name="accessPointIdInput")
    def access_point_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accessPointIdInput"))

    @builtins.property
    @jsii.member(jsii_name="autoPayInput")
    def auto_pay_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "autoPayInput"))

    @builtins.property
    @jsii.member(jsii_name="autoRenewInput")
    def auto_renew_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "autoRenewInput"))

    @builtins.property
    @jsii.member(jsii_name="deleteHealthCheckIpInput")
    def delete_health_check_ip_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "deleteHealthCheckIpInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="fastLinkModeInput")
    def fast_link_mode_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "fastLinkModeInput"))

    @builtins.property
    @jsii.member(jsii_name="hcRateInput")
    def hc_rate_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "hcRateInput"))

    @builtins.property
    @jsii.member(jsii_name="hcThresholdInput")
    def hc_threshold_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hcThresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="healthCheckSourceIpInput")
    def health_check_source_ip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "healthCheckSourceIpInput"))

    @builtins.property
    @jsii.member(jsii_name="healthCheckTargetIpInput")
    def health_check_target_ip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "healthCheckTargetIpInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="oppositeAccessPointIdInput")
    def opposite_access_point_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "oppositeAccessPointIdInput"))

    @builtins.property
    @jsii.member(jsii_name="oppositeInterfaceIdInput")
    def opposite_interface_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "oppositeInterfaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="oppositeInterfaceOwnerIdInput")
    def opposite_interface_owner_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "oppositeInterfaceOwnerIdInput"))

    @builtins.property
    @jsii.member(jsii_name="oppositeRegionIdInput")
    def opposite_region_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "oppositeRegionIdInput"))

    @builtins.property
    @jsii.member(jsii_name="oppositeRouterIdInput")
    def opposite_router_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "oppositeRouterIdInput"))

    @builtins.property
    @jsii.member(jsii_name="oppositeRouterTypeInput")
    def opposite_router_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "oppositeRouterTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="paymentTypeInput")
    def payment_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "paymentTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="periodInput")
    def period_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "periodInput"))

    @builtins.property
    @jsii.member(jsii_name="pricingCycleInput")
    def pricing_cycle_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "pricingCycleInput"))

    @builtins.property
    @jsii.member(jsii_name="resourceGroupIdInput")
    def resource_group_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "resourceGroupIdInput"))

    @builtins.property
    @jsii.member(jsii_name="roleInput")
    def role_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "roleInput"))

    @builtins.property
    @jsii.member(jsii_name="routerIdInput")
    def router_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "routerIdInput"))

    @builtins.property
    @jsii.member(jsii_name="routerInterfaceNameInput")
    def router_interface_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "routerInterfaceNameInput"))

    @builtins.property
    @jsii.member(jsii_name="routerTypeInput")
    def router_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "routerTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="specInput")
    def spec_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "specInput"))

    @builtins.property
    @jsii.member(jsii_name="statusInput")
    def status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "statusInput"))

    @builtins.property
    @jsii.member(jsii_name="tagsInput")
    def tags_input(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "tagsInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutsInput")
    def timeouts_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "ExpressConnectRouterInterfaceTimeouts"]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "ExpressConnectRouterInterfaceTimeouts"]], jsii.get(self, "timeoutsInput"))

    @builtins.property
    @jsii.member(jsii_name="accessPointId")
    def access_point_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accessPointId"))

    @access_point_id.setter
    def access_point_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d231847be159b400f33278102fc2d663105810e53dec6e70d95607ea748c187b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accessPointId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="autoPay")
    def auto_pay(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "autoPay"))

    @auto_pay.setter
    def auto_pay(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9ec8a2e8d21cf229ab932c6f52442ade186f7a327b328de6585aac96d3e461e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "autoPay", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="autoRenew")
    def auto_renew(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "autoRenew"))

    @auto_renew.setter
    def auto_renew(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__66dfca69980aa602ecc96818ce49c005e32c7447669b8ab71f3d7ada039b67f0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "autoRenew", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="deleteHealthCheckIp")
    def delete_health_check_ip(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "deleteHealthCheckIp"))

    @delete_health_check_ip.setter
    def delete_health_check_ip(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1da9eec40c28805ef9d1c08b007ad409d9ac87634cf31206d6b1541d55145df9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deleteHealthCheckIp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dc6dc3f3da07cf581a3272febf01bf7d970c0360100bb6df68e0ef158fdf70ad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fastLinkMode")
    def fast_link_mode(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "fastLinkMode"))

    @fast_link_mode.setter
    def fast_link_mode(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__812326adb8d9c0a836f76fc2ac858869f8e1b95eb9cb3eb48e91725291c8d291)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fastLinkMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hcRate")
    def hc_rate(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "hcRate"))

    @hc_rate.setter
    def hc_rate(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__176b3a87bcd7ef16273360f92e2c222eb2cf521b1531e96ef767507c5a4eef4e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hcRate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hcThreshold")
    def hc_threshold(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "hcThreshold"))

    @hc_threshold.setter
    def hc_threshold(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ebd8522d94588517e05dbe3b2c599b293280f8cdeb8018f7cab32acda63c9966)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hcThreshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthCheckSourceIp")
    def health_check_source_ip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "healthCheckSourceIp"))

    @health_check_source_ip.setter
    def health_check_source_ip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fba077f9fd4fc058c17c719b82b0b36a61e9ee6454afdfb73a80108d247d625c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthCheckSourceIp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthCheckTargetIp")
    def health_check_target_ip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "healthCheckTargetIp"))

    @health_check_target_ip.setter
    def health_check_target_ip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__12b6d2ff168ce4abb0a929bf66d9770d2e884015050ce35794fa72e0ef292f30)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthCheckTargetIp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c1a94a755f00d49b933c804d884efbc6daef5c5699731b78cf425a50a2cd667)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="oppositeAccessPointId")
    def opposite_access_point_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oppositeAccessPointId"))

    @opposite_access_point_id.setter
    def opposite_access_point_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__81920ceaf91819fb387c1ae0ffd0f3ed6ee26d130008cf0668d1fc990fc64851)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "oppositeAccessPointId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="oppositeInterfaceId")
    def opposite_interface_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oppositeInterfaceId"))

    @opposite_interface_id.setter
    def opposite_interface_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__49a22c0da7cea3e9eca7d975e94a1ff17559d170e43e1fb7379eb61e305c0690)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "oppositeInterfaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="oppositeInterfaceOwnerId")
    def opposite_interface_owner_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oppositeInterfaceOwnerId"))

    @opposite_interface_owner_id.setter
    def opposite_interface_owner_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c66309771f5261b7f5ff010f6d493e90a8e37aa0f4d8075e569b93d8870b0e9b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "oppositeInterfaceOwnerId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="oppositeRegionId")
    def opposite_region_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oppositeRegionId"))

    @opposite_region_id.setter
    def opposite_region_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eae4c407f997265e8c18e83ab650c2e8569e96af759ad3f3d80f877de1d0995a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "oppositeRegionId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="oppositeRouterId")
    def opposite_router_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oppositeRouterId"))

    @opposite_router_id.setter
    def opposite_router_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ab9bc5305b2c503ad51d2973634cc3590a10a3bf3f1b6d625ab1a620bef3705)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "oppositeRouterId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="oppositeRouterType")
    def opposite_router_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oppositeRouterType"))

    @opposite_router_type.setter
    def opposite_router_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6b97ce51661ea985294ca538ff9175ceaa63431fa883b61f27b05b4460b1f269)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "oppositeRouterType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="paymentType")
    def payment_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "paymentType"))

    @payment_type.setter
    def payment_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2db7f20b9f9ef6261432d972d584a3dd6dcebd2d41f74544ec83a119f47a2f1b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "paymentType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="period")
    def period(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "period"))

    @period.setter
    def period(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ba5d9e49177059a64624fbb2a2539a4e1025cb078fc2b01ebede5fdff1e5746a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "period", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="pricingCycle")
    def pricing_cycle(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "pricingCycle"))

    @pricing_cycle.setter
    def pricing_cycle(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8dc8129d8303c83e215cbbeab83847facb960c08cbd2226ff6e4e3be3bd83ea0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pricingCycle", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="resourceGroupId")
    def resource_group_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resourceGroupId"))

    @resource_group_id.setter
    def resource_group_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3c33ce561dea132a46abca1b1ac79936998046e63269846444dc71374b425750)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "resourceGroupId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="role")
    def role(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "role"))

    @role.setter
    def role(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__755734bec3e8d3cc8bf6e3314f440d02463247ca56a7a4aca211b0f17406a164)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "role", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="routerId")
    def router_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "routerId"))

    @router_id.setter
    def router_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b5dd19b6adbf668ea0ff7846dcc1b23a9d8c365ed5755cd840f6d97e6a1a2387)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "routerId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="routerInterfaceName")
    def router_interface_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "routerInterfaceName"))

    @router_interface_name.setter
    def router_interface_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c6f7fc5e6a0469fce0e1dc886d27ee81ed3cdad0209bedc94058de63121ef85)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "routerInterfaceName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="routerType")
    def router_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "routerType"))

    @router_type.setter
    def router_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5ffacd99ee95e62f97b909feff2750ac5ca80d365a6ef88ea3da7ab788041b24)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "routerType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spec")
    def spec(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spec"))

    @spec.setter
    def spec(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b0600935fe14bae3cd80a469f142698f30d77835a8899a58e73a101b195560e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spec", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @status.setter
    def status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__970ea20b1bd82d0e38bbcf2a932c8a65e29cd45e68853d6e6dc90f9a39021faf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "status", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tags")
    def tags(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "tags"))

    @tags.setter
    def tags(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74b4971fa23421f8c1ebb4eb67d18ea758e8ffd1df95d12c6ab1614707e05080)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tags", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.expressConnectRouterInterface.ExpressConnectRouterInterfaceConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "opposite_region_id": "oppositeRegionId",
        "role": "role",
        "router_id": "routerId",
        "router_type": "routerType",
        "spec": "spec",
        "access_point_id": "accessPointId",
        "auto_pay": "autoPay",
        "auto_renew": "autoRenew",
        "delete_health_check_ip": "deleteHealthCheckIp",
        "description": "description",
        "fast_link_mode": "fastLinkMode",
        "hc_rate": "hcRate",
        "hc_threshold": "hcThreshold",
        "health_check_source_ip": "healthCheckSourceIp",
        "health_check_target_ip": "healthCheckTargetIp",
        "id": "id",
        "opposite_access_point_id": "oppositeAccessPointId",
        "opposite_interface_id": "oppositeInterfaceId",
        "opposite_interface_owner_id": "oppositeInterfaceOwnerId",
        "opposite_router_id": "oppositeRouterId",
        "opposite_router_type": "oppositeRouterType",
        "payment_type": "paymentType",
        "period": "period",
        "pricing_cycle": "pricingCycle",
        "resource_group_id": "resourceGroupId",
        "router_interface_name": "routerInterfaceName",
        "status": "status",
        "tags": "tags",
        "timeouts": "timeouts",
    },
)
class ExpressConnectRouterInterfaceConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        opposite_region_id: builtins.str,
        role: builtins.str,
        router_id: builtins.str,
        router_type: builtins.str,
        spec: builtins.str,
        access_point_id: typing.Optional[builtins.str] = None,
        auto_pay: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        auto_renew: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        delete_health_check_ip: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        description: typing.Optional[builtins.str] = None,
        fast_link_mode: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        hc_rate: typing.Optional[jsii.Number] = None,
        hc_threshold: typing.Optional[builtins.str] = None,
        health_check_source_ip: typing.Optional[builtins.str] = None,
        health_check_target_ip: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        opposite_access_point_id: typing.Optional[builtins.str] = None,
        opposite_interface_id: typing.Optional[builtins.str] = None,
        opposite_interface_owner_id: typing.Optional[builtins.str] = None,
        opposite_router_id: typing.Optional[builtins.str] = None,
        opposite_router_type: typing.Optional[builtins.str] = None,
        payment_type: typing.Optional[builtins.str] = None,
        period: typing.Optional[jsii.Number] = None,
        pricing_cycle: typing.Optional[builtins.str] = None,
        resource_group_id: typing.Optional[builtins.str] = None,
        router_interface_name: typing.Optional[builtins.str] = None,
        status: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        timeouts: typing.Optional[typing.Union["ExpressConnectRouterInterfaceTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param opposite_region_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_region_id ExpressConnectRouterInterface#opposite_region_id}.
        :param role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#role ExpressConnectRouterInterface#role}.
        :param router_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#router_id ExpressConnectRouterInterface#router_id}.
        :param router_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#router_type ExpressConnectRouterInterface#router_type}.
        :param spec: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#spec ExpressConnectRouterInterface#spec}.
        :param access_point_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#access_point_id ExpressConnectRouterInterface#access_point_id}.
        :param auto_pay: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#auto_pay ExpressConnectRouterInterface#auto_pay}.
        :param auto_renew: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#auto_renew ExpressConnectRouterInterface#auto_renew}.
        :param delete_health_check_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#delete_health_check_ip ExpressConnectRouterInterface#delete_health_check_ip}.
        :param description: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#description ExpressConnectRouterInterface#description}.
        :param fast_link_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#fast_link_mode ExpressConnectRouterInterface#fast_link_mode}.
        :param hc_rate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#hc_rate ExpressConnectRouterInterface#hc_rate}.
        :param hc_threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#hc_threshold ExpressConnectRouterInterface#hc_threshold}.
        :param health_check_source_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#health_check_source_ip ExpressConnectRouterInterface#health_check_source_ip}.
        :param health_check_target_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#health_check_target_ip ExpressConnectRouterInterface#health_check_target_ip}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#id ExpressConnectRouterInterface#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param opposite_access_point_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_access_point_id ExpressConnectRouterInterface#opposite_access_point_id}.
        :param opposite_interface_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_interface_id ExpressConnectRouterInterface#opposite_interface_id}.
        :param opposite_interface_owner_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_interface_owner_id ExpressConnectRouterInterface#opposite_interface_owner_id}.
        :param opposite_router_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_router_id ExpressConnectRouterInterface#opposite_router_id}.
        :param opposite_router_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_router_type ExpressConnectRouterInterface#opposite_router_type}.
        :param payment_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#payment_type ExpressConnectRouterInterface#payment_type}.
        :param period: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#period ExpressConnectRouterInterface#period}.
        :param pricing_cycle: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#pricing_cycle ExpressConnectRouterInterface#pricing_cycle}.
        :param resource_group_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#resource_group_id ExpressConnectRouterInterface#resource_group_id}.
        :param router_interface_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#router_interface_name ExpressConnectRouterInterface#router_interface_name}.
        :param status: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#status ExpressConnectRouterInterface#status}.
        :param tags: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#tags ExpressConnectRouterInterface#tags}.
        :param timeouts: timeouts block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#timeouts ExpressConnectRouterInterface#timeouts}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(timeouts, dict):
            timeouts = ExpressConnectRouterInterfaceTimeouts(**timeouts)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__69fad925631b546497acdf19948d26bfd69de14dd6e1be6e2be98c819d682ba7)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument opposite_region_id", value=opposite_region_id, expected_type=type_hints["opposite_region_id"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument router_id", value=router_id, expected_type=type_hints["router_id"])
            check_type(argname="argument router_type", value=router_type, expected_type=type_hints["router_type"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument access_point_id", value=access_point_id, expected_type=type_hints["access_point_id"])
            check_type(argname="argument auto_pay", value=auto_pay, expected_type=type_hints["auto_pay"])
            check_type(argname="argument auto_renew", value=auto_renew, expected_type=type_hints["auto_renew"])
            check_type(argname="argument delete_health_check_ip", value=delete_health_check_ip, expected_type=type_hints["delete_health_check_ip"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument fast_link_mode", value=fast_link_mode, expected_type=type_hints["fast_link_mode"])
            check_type(argname="argument hc_rate", value=hc_rate, expected_type=type_hints["hc_rate"])
            check_type(argname="argument hc_threshold", value=hc_threshold, expected_type=type_hints["hc_threshold"])
            check_type(argname="argument health_check_source_ip", value=health_check_source_ip, expected_type=type_hints["health_check_source_ip"])
            check_type(argname="argument health_check_target_ip", value=health_check_target_ip, expected_type=type_hints["health_check_target_ip"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument opposite_access_point_id", value=opposite_access_point_id, expected_type=type_hints["opposite_access_point_id"])
            check_type(argname="argument opposite_interface_id", value=opposite_interface_id, expected_type=type_hints["opposite_interface_id"])
            check_type(argname="argument opposite_interface_owner_id", value=opposite_interface_owner_id, expected_type=type_hints["opposite_interface_owner_id"])
            check_type(argname="argument opposite_router_id", value=opposite_router_id, expected_type=type_hints["opposite_router_id"])
            check_type(argname="argument opposite_router_type", value=opposite_router_type, expected_type=type_hints["opposite_router_type"])
            check_type(argname="argument payment_type", value=payment_type, expected_type=type_hints["payment_type"])
            check_type(argname="argument period", value=period, expected_type=type_hints["period"])
            check_type(argname="argument pricing_cycle", value=pricing_cycle, expected_type=type_hints["pricing_cycle"])
            check_type(argname="argument resource_group_id", value=resource_group_id, expected_type=type_hints["resource_group_id"])
            check_type(argname="argument router_interface_name", value=router_interface_name, expected_type=type_hints["router_interface_name"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "opposite_region_id": opposite_region_id,
            "role": role,
            "router_id": router_id,
            "router_type": router_type,
            "spec": spec,
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
        if access_point_id is not None:
            self._values["access_point_id"] = access_point_id
        if auto_pay is not None:
            self._values["auto_pay"] = auto_pay
        if auto_renew is not None:
            self._values["auto_renew"] = auto_renew
        if delete_health_check_ip is not None:
            self._values["delete_health_check_ip"] = delete_health_check_ip
        if description is not None:
            self._values["description"] = description
        if fast_link_mode is not None:
            self._values["fast_link_mode"] = fast_link_mode
        if hc_rate is not None:
            self._values["hc_rate"] = hc_rate
        if hc_threshold is not None:
            self._values["hc_threshold"] = hc_threshold
        if health_check_source_ip is not None:
            self._values["health_check_source_ip"] = health_check_source_ip
        if health_check_target_ip is not None:
            self._values["health_check_target_ip"] = health_check_target_ip
        if id is not None:
            self._values["id"] = id
        if opposite_access_point_id is not None:
            self._values["opposite_access_point_id"] = opposite_access_point_id
        if opposite_interface_id is not None:
            self._values["opposite_interface_id"] = opposite_interface_id
        if opposite_interface_owner_id is not None:
            self._values["opposite_interface_owner_id"] = opposite_interface_owner_id
        if opposite_router_id is not None:
            self._values["opposite_router_id"] = opposite_router_id
        if opposite_router_type is not None:
            self._values["opposite_router_type"] = opposite_router_type
        if payment_type is not None:
            self._values["payment_type"] = payment_type
        if period is not None:
            self._values["period"] = period
        if pricing_cycle is not None:
            self._values["pricing_cycle"] = pricing_cycle
        if resource_group_id is not None:
            self._values["resource_group_id"] = resource_group_id
        if router_interface_name is not None:
            self._values["router_interface_name"] = router_interface_name
        if status is not None:
            self._values["status"] = status
        if tags is not None:
            self._values["tags"] = tags
        if timeouts is not None:
            self._values["timeouts"] = timeouts

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
    def opposite_region_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_region_id ExpressConnectRouterInterface#opposite_region_id}.'''
        result = self._values.get("opposite_region_id")
        assert result is not None, "Required property 'opposite_region_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def role(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#role ExpressConnectRouterInterface#role}.'''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def router_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#router_id ExpressConnectRouterInterface#router_id}.'''
        result = self._values.get("router_id")
        assert result is not None, "Required property 'router_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def router_type(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#router_type ExpressConnectRouterInterface#router_type}.'''
        result = self._values.get("router_type")
        assert result is not None, "Required property 'router_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def spec(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#spec ExpressConnectRouterInterface#spec}.'''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def access_point_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#access_point_id ExpressConnectRouterInterface#access_point_id}.'''
        result = self._values.get("access_point_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def auto_pay(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#auto_pay ExpressConnectRouterInterface#auto_pay}.'''
        result = self._values.get("auto_pay")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def auto_renew(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#auto_renew ExpressConnectRouterInterface#auto_renew}.'''
        result = self._values.get("auto_renew")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def delete_health_check_ip(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#delete_health_check_ip ExpressConnectRouterInterface#delete_health_check_ip}.'''
        result = self._values.get("delete_health_check_ip")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#description ExpressConnectRouterInterface#description}.'''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fast_link_mode(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#fast_link_mode ExpressConnectRouterInterface#fast_link_mode}.'''
        result = self._values.get("fast_link_mode")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def hc_rate(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#hc_rate ExpressConnectRouterInterface#hc_rate}.'''
        result = self._values.get("hc_rate")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def hc_threshold(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#hc_threshold ExpressConnectRouterInterface#hc_threshold}.'''
        result = self._values.get("hc_threshold")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def health_check_source_ip(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#health_check_source_ip ExpressConnectRouterInterface#health_check_source_ip}.'''
        result = self._values.get("health_check_source_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def health_check_target_ip(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#health_check_target_ip ExpressConnectRouterInterface#health_check_target_ip}.'''
        result = self._values.get("health_check_target_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#id ExpressConnectRouterInterface#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def opposite_access_point_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_access_point_id ExpressConnectRouterInterface#opposite_access_point_id}.'''
        result = self._values.get("opposite_access_point_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def opposite_interface_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_interface_id ExpressConnectRouterInterface#opposite_interface_id}.'''
        result = self._values.get("opposite_interface_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def opposite_interface_owner_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_interface_owner_id ExpressConnectRouterInterface#opposite_interface_owner_id}.'''
        result = self._values.get("opposite_interface_owner_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def opposite_router_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_router_id ExpressConnectRouterInterface#opposite_router_id}.'''
        result = self._values.get("opposite_router_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def opposite_router_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#opposite_router_type ExpressConnectRouterInterface#opposite_router_type}.'''
        result = self._values.get("opposite_router_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def payment_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#payment_type ExpressConnectRouterInterface#payment_type}.'''
        result = self._values.get("payment_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def period(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#period ExpressConnectRouterInterface#period}.'''
        result = self._values.get("period")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def pricing_cycle(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#pricing_cycle ExpressConnectRouterInterface#pricing_cycle}.'''
        result = self._values.get("pricing_cycle")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_group_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#resource_group_id ExpressConnectRouterInterface#resource_group_id}.'''
        result = self._values.get("resource_group_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def router_interface_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#router_interface_name ExpressConnectRouterInterface#router_interface_name}.'''
        result = self._values.get("router_interface_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#status ExpressConnectRouterInterface#status}.'''
        result = self._values.get("status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#tags ExpressConnectRouterInterface#tags}.'''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def timeouts(self) -> typing.Optional["ExpressConnectRouterInterfaceTimeouts"]:
        '''timeouts block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#timeouts ExpressConnectRouterInterface#timeouts}
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["ExpressConnectRouterInterfaceTimeouts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExpressConnectRouterInterfaceConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.expressConnectRouterInterface.ExpressConnectRouterInterfaceTimeouts",
    jsii_struct_bases=[],
    name_mapping={"create": "create", "delete": "delete", "update": "update"},
)
class ExpressConnectRouterInterfaceTimeouts:
    def __init__(
        self,
        *,
        create: typing.Optional[builtins.str] = None,
        delete: typing.Optional[builtins.str] = None,
        update: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param create: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#create ExpressConnectRouterInterface#create}.
        :param delete: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#delete ExpressConnectRouterInterface#delete}.
        :param update: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#update ExpressConnectRouterInterface#update}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c5142d2dfe929770a32d2e80c0bc57d96ae664a0338af35cffd2ebdfd8ffb22f)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#create ExpressConnectRouterInterface#create}.'''
        result = self._values.get("create")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def delete(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#delete ExpressConnectRouterInterface#delete}.'''
        result = self._values.get("delete")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def update(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/express_connect_router_interface#update ExpressConnectRouterInterface#update}.'''
        result = self._values.get("update")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExpressConnectRouterInterfaceTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ExpressConnectRouterInterfaceTimeoutsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.expressConnectRouterInterface.ExpressConnectRouterInterfaceTimeoutsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e7e04fb73b8e920b7aeb41b8fc4f67ecb471b28a2bb1a7c509d8bd52c7430210)
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
            type_hints = typing.get_type_hints(_typecheckingstub__7189bbde8d152d9e678cd96e02f900f10b93bbbf7c3ae1007368163c38052f4a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "create", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="delete")
    def delete(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "delete"))

    @delete.setter
    def delete(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__daad555a0b43c324cd6dc58ad3c93ccad52756278922790783a18cf02bedaab8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "delete", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="update")
    def update(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "update"))

    @update.setter
    def update(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6adb57561eddf710ad6b14c91996e3b0509d7c2979b119108260ea4eaaf3ae9f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "update", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ExpressConnectRouterInterfaceTimeouts]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ExpressConnectRouterInterfaceTimeouts]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ExpressConnectRouterInterfaceTimeouts]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__63e2bcc83dac0658a1077afd601545a77a5f59a92716ae5ea38db46014e810c1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "ExpressConnectRouterInterface",
    "ExpressConnectRouterInterfaceConfig",
    "ExpressConnectRouterInterfaceTimeouts",
    "ExpressConnectRouterInterfaceTimeoutsOutputReference",
]

publication.publish()

def _typecheckingstub__241b9115add1f4883849b80231bd66692ce5cde1ba6668770c20ed4b0ae497c3(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    opposite_region_id: builtins.str,
    role: builtins.str,
    router_id: builtins.str,
    router_type: builtins.str,
    spec: builtins.str,
    access_point_id: typing.Optional[builtins.str] = None,
    auto_pay: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    auto_renew: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    delete_health_check_ip: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    description: typing.Optional[builtins.str] = None,
    fast_link_mode: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    hc_rate: typing.Optional[jsii.Number] = None,
    hc_threshold: typing.Optional[builtins.str] = None,
    health_check_source_ip: typing.Optional[builtins.str] = None,
    health_check_target_ip: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    opposite_access_point_id: typing.Optional[builtins.str] = None,
    opposite_interface_id: typing.Optional[builtins.str] = None,
    opposite_interface_owner_id: typing.Optional[builtins.str] = None,
    opposite_router_id: typing.Optional[builtins.str] = None,
    opposite_router_type: typing.Optional[builtins.str] = None,
    payment_type: typing.Optional[builtins.str] = None,
    period: typing.Optional[jsii.Number] = None,
    pricing_cycle: typing.Optional[builtins.str] = None,
    resource_group_id: typing.Optional[builtins.str] = None,
    router_interface_name: typing.Optional[builtins.str] = None,
    status: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    timeouts: typing.Optional[typing.Union[ExpressConnectRouterInterfaceTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
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

def _typecheckingstub__8d10ae029c53858b64e2fc95fccc7e5d1bf317e044cef23677297e8be0b1fe9f(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d231847be159b400f33278102fc2d663105810e53dec6e70d95607ea748c187b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ec8a2e8d21cf229ab932c6f52442ade186f7a327b328de6585aac96d3e461e1(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66dfca69980aa602ecc96818ce49c005e32c7447669b8ab71f3d7ada039b67f0(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1da9eec40c28805ef9d1c08b007ad409d9ac87634cf31206d6b1541d55145df9(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc6dc3f3da07cf581a3272febf01bf7d970c0360100bb6df68e0ef158fdf70ad(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__812326adb8d9c0a836f76fc2ac858869f8e1b95eb9cb3eb48e91725291c8d291(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__176b3a87bcd7ef16273360f92e2c222eb2cf521b1531e96ef767507c5a4eef4e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebd8522d94588517e05dbe3b2c599b293280f8cdeb8018f7cab32acda63c9966(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fba077f9fd4fc058c17c719b82b0b36a61e9ee6454afdfb73a80108d247d625c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12b6d2ff168ce4abb0a929bf66d9770d2e884015050ce35794fa72e0ef292f30(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c1a94a755f00d49b933c804d884efbc6daef5c5699731b78cf425a50a2cd667(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__81920ceaf91819fb387c1ae0ffd0f3ed6ee26d130008cf0668d1fc990fc64851(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49a22c0da7cea3e9eca7d975e94a1ff17559d170e43e1fb7379eb61e305c0690(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c66309771f5261b7f5ff010f6d493e90a8e37aa0f4d8075e569b93d8870b0e9b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eae4c407f997265e8c18e83ab650c2e8569e96af759ad3f3d80f877de1d0995a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ab9bc5305b2c503ad51d2973634cc3590a10a3bf3f1b6d625ab1a620bef3705(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b97ce51661ea985294ca538ff9175ceaa63431fa883b61f27b05b4460b1f269(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2db7f20b9f9ef6261432d972d584a3dd6dcebd2d41f74544ec83a119f47a2f1b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba5d9e49177059a64624fbb2a2539a4e1025cb078fc2b01ebede5fdff1e5746a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8dc8129d8303c83e215cbbeab83847facb960c08cbd2226ff6e4e3be3bd83ea0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c33ce561dea132a46abca1b1ac79936998046e63269846444dc71374b425750(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__755734bec3e8d3cc8bf6e3314f440d02463247ca56a7a4aca211b0f17406a164(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5dd19b6adbf668ea0ff7846dcc1b23a9d8c365ed5755cd840f6d97e6a1a2387(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c6f7fc5e6a0469fce0e1dc886d27ee81ed3cdad0209bedc94058de63121ef85(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ffacd99ee95e62f97b909feff2750ac5ca80d365a6ef88ea3da7ab788041b24(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b0600935fe14bae3cd80a469f142698f30d77835a8899a58e73a101b195560e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__970ea20b1bd82d0e38bbcf2a932c8a65e29cd45e68853d6e6dc90f9a39021faf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74b4971fa23421f8c1ebb4eb67d18ea758e8ffd1df95d12c6ab1614707e05080(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__69fad925631b546497acdf19948d26bfd69de14dd6e1be6e2be98c819d682ba7(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    opposite_region_id: builtins.str,
    role: builtins.str,
    router_id: builtins.str,
    router_type: builtins.str,
    spec: builtins.str,
    access_point_id: typing.Optional[builtins.str] = None,
    auto_pay: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    auto_renew: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    delete_health_check_ip: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    description: typing.Optional[builtins.str] = None,
    fast_link_mode: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    hc_rate: typing.Optional[jsii.Number] = None,
    hc_threshold: typing.Optional[builtins.str] = None,
    health_check_source_ip: typing.Optional[builtins.str] = None,
    health_check_target_ip: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    opposite_access_point_id: typing.Optional[builtins.str] = None,
    opposite_interface_id: typing.Optional[builtins.str] = None,
    opposite_interface_owner_id: typing.Optional[builtins.str] = None,
    opposite_router_id: typing.Optional[builtins.str] = None,
    opposite_router_type: typing.Optional[builtins.str] = None,
    payment_type: typing.Optional[builtins.str] = None,
    period: typing.Optional[jsii.Number] = None,
    pricing_cycle: typing.Optional[builtins.str] = None,
    resource_group_id: typing.Optional[builtins.str] = None,
    router_interface_name: typing.Optional[builtins.str] = None,
    status: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    timeouts: typing.Optional[typing.Union[ExpressConnectRouterInterfaceTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5142d2dfe929770a32d2e80c0bc57d96ae664a0338af35cffd2ebdfd8ffb22f(
    *,
    create: typing.Optional[builtins.str] = None,
    delete: typing.Optional[builtins.str] = None,
    update: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7e04fb73b8e920b7aeb41b8fc4f67ecb471b28a2bb1a7c509d8bd52c7430210(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7189bbde8d152d9e678cd96e02f900f10b93bbbf7c3ae1007368163c38052f4a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__daad555a0b43c324cd6dc58ad3c93ccad52756278922790783a18cf02bedaab8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6adb57561eddf710ad6b14c91996e3b0509d7c2979b119108260ea4eaaf3ae9f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63e2bcc83dac0658a1077afd601545a77a5f59a92716ae5ea38db46014e810c1(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ExpressConnectRouterInterfaceTimeouts]],
) -> None:
    """Type checking stubs"""
    pass
