r'''
# `alicloud_vpn_connection`

Refer to the Terraform Registry for docs: [`alicloud_vpn_connection`](https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection).
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


class VpnConnection(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnection",
):
    '''Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection alicloud_vpn_connection}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        local_subnet: typing.Sequence[builtins.str],
        remote_subnet: typing.Sequence[builtins.str],
        vpn_gateway_id: builtins.str,
        auto_config_route: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        bgp_config: typing.Optional[typing.Union["VpnConnectionBgpConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        customer_gateway_id: typing.Optional[builtins.str] = None,
        effect_immediately: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_dpd: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_nat_traversal: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_tunnels_bgp: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        health_check_config: typing.Optional[typing.Union["VpnConnectionHealthCheckConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        ike_config: typing.Optional[typing.Union["VpnConnectionIkeConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        ipsec_config: typing.Optional[typing.Union["VpnConnectionIpsecConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        network_type: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        timeouts: typing.Optional[typing.Union["VpnConnectionTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
        tunnel_options_specification: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["VpnConnectionTunnelOptionsSpecification", typing.Dict[builtins.str, typing.Any]]]]] = None,
        vpn_connection_name: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection alicloud_vpn_connection} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param local_subnet: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_subnet VpnConnection#local_subnet}.
        :param remote_subnet: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#remote_subnet VpnConnection#remote_subnet}.
        :param vpn_gateway_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#vpn_gateway_id VpnConnection#vpn_gateway_id}.
        :param auto_config_route: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#auto_config_route VpnConnection#auto_config_route}.
        :param bgp_config: bgp_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#bgp_config VpnConnection#bgp_config}
        :param customer_gateway_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#customer_gateway_id VpnConnection#customer_gateway_id}.
        :param effect_immediately: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#effect_immediately VpnConnection#effect_immediately}.
        :param enable_dpd: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_dpd VpnConnection#enable_dpd}.
        :param enable_nat_traversal: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_nat_traversal VpnConnection#enable_nat_traversal}.
        :param enable_tunnels_bgp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_tunnels_bgp VpnConnection#enable_tunnels_bgp}.
        :param health_check_config: health_check_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#health_check_config VpnConnection#health_check_config}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#id VpnConnection#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ike_config: ike_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_config VpnConnection#ike_config}
        :param ipsec_config: ipsec_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_config VpnConnection#ipsec_config}
        :param name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#name VpnConnection#name}.
        :param network_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#network_type VpnConnection#network_type}.
        :param tags: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tags VpnConnection#tags}.
        :param timeouts: timeouts block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#timeouts VpnConnection#timeouts}
        :param tunnel_options_specification: tunnel_options_specification block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_options_specification VpnConnection#tunnel_options_specification}
        :param vpn_connection_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#vpn_connection_name VpnConnection#vpn_connection_name}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4aeca460dd2feb747ece6b5d7883d3ff11498a8f4e348b0fd476611223ba2f0d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = VpnConnectionConfig(
            local_subnet=local_subnet,
            remote_subnet=remote_subnet,
            vpn_gateway_id=vpn_gateway_id,
            auto_config_route=auto_config_route,
            bgp_config=bgp_config,
            customer_gateway_id=customer_gateway_id,
            effect_immediately=effect_immediately,
            enable_dpd=enable_dpd,
            enable_nat_traversal=enable_nat_traversal,
            enable_tunnels_bgp=enable_tunnels_bgp,
            health_check_config=health_check_config,
            id=id,
            ike_config=ike_config,
            ipsec_config=ipsec_config,
            name=name,
            network_type=network_type,
            tags=tags,
            timeouts=timeouts,
            tunnel_options_specification=tunnel_options_specification,
            vpn_connection_name=vpn_connection_name,
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
        '''Generates CDKTF code for importing a VpnConnection resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the VpnConnection to import.
        :param import_from_id: The id of the existing VpnConnection that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the VpnConnection to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b9883c357d8ab424dd9f746d9c6615c73e56f37a23a4ceb81f3f79b77747be83)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putBgpConfig")
    def put_bgp_config(
        self,
        *,
        enable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        local_asn: typing.Optional[builtins.str] = None,
        local_bgp_ip: typing.Optional[builtins.str] = None,
        tunnel_cidr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param enable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable VpnConnection#enable}.
        :param local_asn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_asn VpnConnection#local_asn}.
        :param local_bgp_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_bgp_ip VpnConnection#local_bgp_ip}.
        :param tunnel_cidr: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_cidr VpnConnection#tunnel_cidr}.
        '''
        value = VpnConnectionBgpConfig(
            enable=enable,
            local_asn=local_asn,
            local_bgp_ip=local_bgp_ip,
            tunnel_cidr=tunnel_cidr,
        )

        return typing.cast(None, jsii.invoke(self, "putBgpConfig", [value]))

    @jsii.member(jsii_name="putHealthCheckConfig")
    def put_health_check_config(
        self,
        *,
        dip: typing.Optional[builtins.str] = None,
        enable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        interval: typing.Optional[jsii.Number] = None,
        retry: typing.Optional[jsii.Number] = None,
        sip: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param dip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#dip VpnConnection#dip}.
        :param enable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable VpnConnection#enable}.
        :param interval: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#interval VpnConnection#interval}.
        :param retry: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#retry VpnConnection#retry}.
        :param sip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#sip VpnConnection#sip}.
        '''
        value = VpnConnectionHealthCheckConfig(
            dip=dip, enable=enable, interval=interval, retry=retry, sip=sip
        )

        return typing.cast(None, jsii.invoke(self, "putHealthCheckConfig", [value]))

    @jsii.member(jsii_name="putIkeConfig")
    def put_ike_config(
        self,
        *,
        ike_auth_alg: typing.Optional[builtins.str] = None,
        ike_enc_alg: typing.Optional[builtins.str] = None,
        ike_lifetime: typing.Optional[jsii.Number] = None,
        ike_local_id: typing.Optional[builtins.str] = None,
        ike_mode: typing.Optional[builtins.str] = None,
        ike_pfs: typing.Optional[builtins.str] = None,
        ike_remote_id: typing.Optional[builtins.str] = None,
        ike_version: typing.Optional[builtins.str] = None,
        psk: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ike_auth_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_auth_alg VpnConnection#ike_auth_alg}.
        :param ike_enc_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_enc_alg VpnConnection#ike_enc_alg}.
        :param ike_lifetime: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_lifetime VpnConnection#ike_lifetime}.
        :param ike_local_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_local_id VpnConnection#ike_local_id}.
        :param ike_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_mode VpnConnection#ike_mode}.
        :param ike_pfs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_pfs VpnConnection#ike_pfs}.
        :param ike_remote_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_remote_id VpnConnection#ike_remote_id}.
        :param ike_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_version VpnConnection#ike_version}.
        :param psk: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#psk VpnConnection#psk}.
        '''
        value = VpnConnectionIkeConfig(
            ike_auth_alg=ike_auth_alg,
            ike_enc_alg=ike_enc_alg,
            ike_lifetime=ike_lifetime,
            ike_local_id=ike_local_id,
            ike_mode=ike_mode,
            ike_pfs=ike_pfs,
            ike_remote_id=ike_remote_id,
            ike_version=ike_version,
            psk=psk,
        )

        return typing.cast(None, jsii.invoke(self, "putIkeConfig", [value]))

    @jsii.member(jsii_name="putIpsecConfig")
    def put_ipsec_config(
        self,
        *,
        ipsec_auth_alg: typing.Optional[builtins.str] = None,
        ipsec_enc_alg: typing.Optional[builtins.str] = None,
        ipsec_lifetime: typing.Optional[jsii.Number] = None,
        ipsec_pfs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ipsec_auth_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_auth_alg VpnConnection#ipsec_auth_alg}.
        :param ipsec_enc_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_enc_alg VpnConnection#ipsec_enc_alg}.
        :param ipsec_lifetime: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_lifetime VpnConnection#ipsec_lifetime}.
        :param ipsec_pfs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_pfs VpnConnection#ipsec_pfs}.
        '''
        value = VpnConnectionIpsecConfig(
            ipsec_auth_alg=ipsec_auth_alg,
            ipsec_enc_alg=ipsec_enc_alg,
            ipsec_lifetime=ipsec_lifetime,
            ipsec_pfs=ipsec_pfs,
        )

        return typing.cast(None, jsii.invoke(self, "putIpsecConfig", [value]))

    @jsii.member(jsii_name="putTimeouts")
    def put_timeouts(
        self,
        *,
        create: typing.Optional[builtins.str] = None,
        delete: typing.Optional[builtins.str] = None,
        update: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param create: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#create VpnConnection#create}.
        :param delete: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#delete VpnConnection#delete}.
        :param update: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#update VpnConnection#update}.
        '''
        value = VpnConnectionTimeouts(create=create, delete=delete, update=update)

        return typing.cast(None, jsii.invoke(self, "putTimeouts", [value]))

    @jsii.member(jsii_name="putTunnelOptionsSpecification")
    def put_tunnel_options_specification(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["VpnConnectionTunnelOptionsSpecification", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__431ad09863014250a59afc9cf3577c920bb2f5f4a4cffebd7656fa10856e729f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putTunnelOptionsSpecification", [value]))

    @jsii.member(jsii_name="resetAutoConfigRoute")
    def reset_auto_config_route(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutoConfigRoute", []))

    @jsii.member(jsii_name="resetBgpConfig")
    def reset_bgp_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBgpConfig", []))

    @jsii.member(jsii_name="resetCustomerGatewayId")
    def reset_customer_gateway_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCustomerGatewayId", []))

    @jsii.member(jsii_name="resetEffectImmediately")
    def reset_effect_immediately(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEffectImmediately", []))

    @jsii.member(jsii_name="resetEnableDpd")
    def reset_enable_dpd(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableDpd", []))

    @jsii.member(jsii_name="resetEnableNatTraversal")
    def reset_enable_nat_traversal(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableNatTraversal", []))

    @jsii.member(jsii_name="resetEnableTunnelsBgp")
    def reset_enable_tunnels_bgp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableTunnelsBgp", []))

    @jsii.member(jsii_name="resetHealthCheckConfig")
    def reset_health_check_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthCheckConfig", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIkeConfig")
    def reset_ike_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeConfig", []))

    @jsii.member(jsii_name="resetIpsecConfig")
    def reset_ipsec_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpsecConfig", []))

    @jsii.member(jsii_name="resetName")
    def reset_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetName", []))

    @jsii.member(jsii_name="resetNetworkType")
    def reset_network_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNetworkType", []))

    @jsii.member(jsii_name="resetTags")
    def reset_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTags", []))

    @jsii.member(jsii_name="resetTimeouts")
    def reset_timeouts(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeouts", []))

    @jsii.member(jsii_name="resetTunnelOptionsSpecification")
    def reset_tunnel_options_specification(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTunnelOptionsSpecification", []))

    @jsii.member(jsii_name="resetVpnConnectionName")
    def reset_vpn_connection_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVpnConnectionName", []))

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
    @jsii.member(jsii_name="bgpConfig")
    def bgp_config(self) -> "VpnConnectionBgpConfigOutputReference":
        return typing.cast("VpnConnectionBgpConfigOutputReference", jsii.get(self, "bgpConfig"))

    @builtins.property
    @jsii.member(jsii_name="createTime")
    def create_time(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "createTime"))

    @builtins.property
    @jsii.member(jsii_name="healthCheckConfig")
    def health_check_config(self) -> "VpnConnectionHealthCheckConfigOutputReference":
        return typing.cast("VpnConnectionHealthCheckConfigOutputReference", jsii.get(self, "healthCheckConfig"))

    @builtins.property
    @jsii.member(jsii_name="ikeConfig")
    def ike_config(self) -> "VpnConnectionIkeConfigOutputReference":
        return typing.cast("VpnConnectionIkeConfigOutputReference", jsii.get(self, "ikeConfig"))

    @builtins.property
    @jsii.member(jsii_name="ipsecConfig")
    def ipsec_config(self) -> "VpnConnectionIpsecConfigOutputReference":
        return typing.cast("VpnConnectionIpsecConfigOutputReference", jsii.get(self, "ipsecConfig"))

    @builtins.property
    @jsii.member(jsii_name="resourceGroupId")
    def resource_group_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resourceGroupId"))

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @builtins.property
    @jsii.member(jsii_name="timeouts")
    def timeouts(self) -> "VpnConnectionTimeoutsOutputReference":
        return typing.cast("VpnConnectionTimeoutsOutputReference", jsii.get(self, "timeouts"))

    @builtins.property
    @jsii.member(jsii_name="tunnelOptionsSpecification")
    def tunnel_options_specification(
        self,
    ) -> "VpnConnectionTunnelOptionsSpecificationList":
        return typing.cast("VpnConnectionTunnelOptionsSpecificationList", jsii.get(self, "tunnelOptionsSpecification"))

    @builtins.property
    @jsii.member(jsii_name="autoConfigRouteInput")
    def auto_config_route_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "autoConfigRouteInput"))

    @builtins.property
    @jsii.member(jsii_name="bgpConfigInput")
    def bgp_config_input(self) -> typing.Optional["VpnConnectionBgpConfig"]:
        return typing.cast(typing.Optional["VpnConnectionBgpConfig"], jsii.get(self, "bgpConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="customerGatewayIdInput")
    def customer_gateway_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "customerGatewayIdInput"))

    @builtins.property
    @jsii.member(jsii_name="effectImmediatelyInput")
    def effect_immediately_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "effectImmediatelyInput"))

    @builtins.property
    @jsii.member(jsii_name="enableDpdInput")
    def enable_dpd_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableDpdInput"))

    @builtins.property
    @jsii.member(jsii_name="enableNatTraversalInput")
    def enable_nat_traversal_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableNatTraversalInput"))

    @builtins.property
    @jsii.member(jsii_name="enableTunnelsBgpInput")
    def enable_tunnels_bgp_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableTunnelsBgpInput"))

    @builtins.property
    @jsii.member(jsii_name="healthCheckConfigInput")
    def health_check_config_input(
        self,
    ) -> typing.Optional["VpnConnectionHealthCheckConfig"]:
        return typing.cast(typing.Optional["VpnConnectionHealthCheckConfig"], jsii.get(self, "healthCheckConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeConfigInput")
    def ike_config_input(self) -> typing.Optional["VpnConnectionIkeConfig"]:
        return typing.cast(typing.Optional["VpnConnectionIkeConfig"], jsii.get(self, "ikeConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="ipsecConfigInput")
    def ipsec_config_input(self) -> typing.Optional["VpnConnectionIpsecConfig"]:
        return typing.cast(typing.Optional["VpnConnectionIpsecConfig"], jsii.get(self, "ipsecConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="localSubnetInput")
    def local_subnet_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "localSubnetInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="networkTypeInput")
    def network_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "networkTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="remoteSubnetInput")
    def remote_subnet_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "remoteSubnetInput"))

    @builtins.property
    @jsii.member(jsii_name="tagsInput")
    def tags_input(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "tagsInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutsInput")
    def timeouts_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "VpnConnectionTimeouts"]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "VpnConnectionTimeouts"]], jsii.get(self, "timeoutsInput"))

    @builtins.property
    @jsii.member(jsii_name="tunnelOptionsSpecificationInput")
    def tunnel_options_specification_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["VpnConnectionTunnelOptionsSpecification"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["VpnConnectionTunnelOptionsSpecification"]]], jsii.get(self, "tunnelOptionsSpecificationInput"))

    @builtins.property
    @jsii.member(jsii_name="vpnConnectionNameInput")
    def vpn_connection_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "vpnConnectionNameInput"))

    @builtins.property
    @jsii.member(jsii_name="vpnGatewayIdInput")
    def vpn_gateway_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "vpnGatewayIdInput"))

    @builtins.property
    @jsii.member(jsii_name="autoConfigRoute")
    def auto_config_route(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "autoConfigRoute"))

    @auto_config_route.setter
    def auto_config_route(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8b2385afa69e04eb0913b9b0a656ad222db4c27a7538c4fb4c619701c72c026b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "autoConfigRoute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="customerGatewayId")
    def customer_gateway_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "customerGatewayId"))

    @customer_gateway_id.setter
    def customer_gateway_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5cc289072d688c09a5a6e869a5cc57c81f04081b1ed5d1b8fb6b40b0d59279ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "customerGatewayId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="effectImmediately")
    def effect_immediately(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "effectImmediately"))

    @effect_immediately.setter
    def effect_immediately(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f9b725f927381b4c46dbffdee45b7d3d1e602cac0e41412365d091a6db225fb7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "effectImmediately", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enableDpd")
    def enable_dpd(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableDpd"))

    @enable_dpd.setter
    def enable_dpd(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f1fa7c314520f9d1811cbb22ebd8296d74a77a8765dfff22ef54a1101a91085b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableDpd", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enableNatTraversal")
    def enable_nat_traversal(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableNatTraversal"))

    @enable_nat_traversal.setter
    def enable_nat_traversal(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c360664e928cf6f66d5d9760e70825f52f2293235033f93d510b0d0e667391d5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableNatTraversal", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enableTunnelsBgp")
    def enable_tunnels_bgp(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableTunnelsBgp"))

    @enable_tunnels_bgp.setter
    def enable_tunnels_bgp(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c6068b89bf116d3da0fbade99305fc7903be0b9397af286f7ef74efbe9503d5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableTunnelsBgp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__740a07144bc51f6e7d76d1a1dd53e1637d689660cfc264f7d092cf1d9b9db1e2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="localSubnet")
    def local_subnet(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "localSubnet"))

    @local_subnet.setter
    def local_subnet(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c80cec6519582a55f6fd64e68c2a7d49f62287dbedb77bdf6b325bf224358e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "localSubnet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f83134db0073e98ce3afd66a07f5ca04301b4f6c9e9876ba8b22c03c7aa730eb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="networkType")
    def network_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "networkType"))

    @network_type.setter
    def network_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0f8524684cdcc031f9651fb009d062f3aa435d16eddea3e9ee956627bf474f1e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "networkType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="remoteSubnet")
    def remote_subnet(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "remoteSubnet"))

    @remote_subnet.setter
    def remote_subnet(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1cabe208ec57d9a752d9da5ef85193a1ddc8c58e32c8e2ed005e49043dfb704)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "remoteSubnet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tags")
    def tags(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "tags"))

    @tags.setter
    def tags(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__73182dacf180f3404b3974fb84882ea13c1f88e46464ee4367ea919d5c55e30f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vpnConnectionName")
    def vpn_connection_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "vpnConnectionName"))

    @vpn_connection_name.setter
    def vpn_connection_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e053a60af00d6b005c3a8c25d8d985164d013912f0f0525d7f214c33d628a8a1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vpnConnectionName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vpnGatewayId")
    def vpn_gateway_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "vpnGatewayId"))

    @vpn_gateway_id.setter
    def vpn_gateway_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__59636e14918f7229fee61337efe4b4ac5feb8db3c3231670c1e67c4b9e212ea3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vpnGatewayId", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionBgpConfig",
    jsii_struct_bases=[],
    name_mapping={
        "enable": "enable",
        "local_asn": "localAsn",
        "local_bgp_ip": "localBgpIp",
        "tunnel_cidr": "tunnelCidr",
    },
)
class VpnConnectionBgpConfig:
    def __init__(
        self,
        *,
        enable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        local_asn: typing.Optional[builtins.str] = None,
        local_bgp_ip: typing.Optional[builtins.str] = None,
        tunnel_cidr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param enable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable VpnConnection#enable}.
        :param local_asn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_asn VpnConnection#local_asn}.
        :param local_bgp_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_bgp_ip VpnConnection#local_bgp_ip}.
        :param tunnel_cidr: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_cidr VpnConnection#tunnel_cidr}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b0e38481ec5ca30cd68371e571db64e6d3f1017a9bbaf51bd95e0ab10d5d6573)
            check_type(argname="argument enable", value=enable, expected_type=type_hints["enable"])
            check_type(argname="argument local_asn", value=local_asn, expected_type=type_hints["local_asn"])
            check_type(argname="argument local_bgp_ip", value=local_bgp_ip, expected_type=type_hints["local_bgp_ip"])
            check_type(argname="argument tunnel_cidr", value=tunnel_cidr, expected_type=type_hints["tunnel_cidr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enable is not None:
            self._values["enable"] = enable
        if local_asn is not None:
            self._values["local_asn"] = local_asn
        if local_bgp_ip is not None:
            self._values["local_bgp_ip"] = local_bgp_ip
        if tunnel_cidr is not None:
            self._values["tunnel_cidr"] = tunnel_cidr

    @builtins.property
    def enable(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable VpnConnection#enable}.'''
        result = self._values.get("enable")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def local_asn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_asn VpnConnection#local_asn}.'''
        result = self._values.get("local_asn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def local_bgp_ip(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_bgp_ip VpnConnection#local_bgp_ip}.'''
        result = self._values.get("local_bgp_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tunnel_cidr(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_cidr VpnConnection#tunnel_cidr}.'''
        result = self._values.get("tunnel_cidr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VpnConnectionBgpConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VpnConnectionBgpConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionBgpConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__966dec0aaa980a41fdee08d910fa754651c117589b0a58068fae2e0ba0518ff1)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetEnable")
    def reset_enable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnable", []))

    @jsii.member(jsii_name="resetLocalAsn")
    def reset_local_asn(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLocalAsn", []))

    @jsii.member(jsii_name="resetLocalBgpIp")
    def reset_local_bgp_ip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLocalBgpIp", []))

    @jsii.member(jsii_name="resetTunnelCidr")
    def reset_tunnel_cidr(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTunnelCidr", []))

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @builtins.property
    @jsii.member(jsii_name="enableInput")
    def enable_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableInput"))

    @builtins.property
    @jsii.member(jsii_name="localAsnInput")
    def local_asn_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "localAsnInput"))

    @builtins.property
    @jsii.member(jsii_name="localBgpIpInput")
    def local_bgp_ip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "localBgpIpInput"))

    @builtins.property
    @jsii.member(jsii_name="tunnelCidrInput")
    def tunnel_cidr_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tunnelCidrInput"))

    @builtins.property
    @jsii.member(jsii_name="enable")
    def enable(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enable"))

    @enable.setter
    def enable(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e8afa840bb19b6170dff9a7555d4e593194d8e8333fcac9772c265d2671a8576)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="localAsn")
    def local_asn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "localAsn"))

    @local_asn.setter
    def local_asn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ebccfa748268938d05f73f0a0f1c9519817991139b123161eb1bb0e1f01f5150)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "localAsn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="localBgpIp")
    def local_bgp_ip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "localBgpIp"))

    @local_bgp_ip.setter
    def local_bgp_ip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2efc00228cb4c17ecc4670d40099e57a57825824c035ff5283be24040eaf0e1b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "localBgpIp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tunnelCidr")
    def tunnel_cidr(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tunnelCidr"))

    @tunnel_cidr.setter
    def tunnel_cidr(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fda57be6dfb053cb57edfeb719500a09be765f4b92cbaad77b0a0000fc96a5c6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tunnelCidr", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[VpnConnectionBgpConfig]:
        return typing.cast(typing.Optional[VpnConnectionBgpConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[VpnConnectionBgpConfig]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4c3093edefa9348da0ebe2ea177619912fa2dc1b2067427f958b3237ea726adc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "local_subnet": "localSubnet",
        "remote_subnet": "remoteSubnet",
        "vpn_gateway_id": "vpnGatewayId",
        "auto_config_route": "autoConfigRoute",
        "bgp_config": "bgpConfig",
        "customer_gateway_id": "customerGatewayId",
        "effect_immediately": "effectImmediately",
        "enable_dpd": "enableDpd",
        "enable_nat_traversal": "enableNatTraversal",
        "enable_tunnels_bgp": "enableTunnelsBgp",
        "health_check_config": "healthCheckConfig",
        "id": "id",
        "ike_config": "ikeConfig",
        "ipsec_config": "ipsecConfig",
        "name": "name",
        "network_type": "networkType",
        "tags": "tags",
        "timeouts": "timeouts",
        "tunnel_options_specification": "tunnelOptionsSpecification",
        "vpn_connection_name": "vpnConnectionName",
    },
)
class VpnConnectionConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        local_subnet: typing.Sequence[builtins.str],
        remote_subnet: typing.Sequence[builtins.str],
        vpn_gateway_id: builtins.str,
        auto_config_route: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        bgp_config: typing.Optional[typing.Union[VpnConnectionBgpConfig, typing.Dict[builtins.str, typing.Any]]] = None,
        customer_gateway_id: typing.Optional[builtins.str] = None,
        effect_immediately: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_dpd: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_nat_traversal: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_tunnels_bgp: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        health_check_config: typing.Optional[typing.Union["VpnConnectionHealthCheckConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        ike_config: typing.Optional[typing.Union["VpnConnectionIkeConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        ipsec_config: typing.Optional[typing.Union["VpnConnectionIpsecConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        network_type: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        timeouts: typing.Optional[typing.Union["VpnConnectionTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
        tunnel_options_specification: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["VpnConnectionTunnelOptionsSpecification", typing.Dict[builtins.str, typing.Any]]]]] = None,
        vpn_connection_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param local_subnet: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_subnet VpnConnection#local_subnet}.
        :param remote_subnet: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#remote_subnet VpnConnection#remote_subnet}.
        :param vpn_gateway_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#vpn_gateway_id VpnConnection#vpn_gateway_id}.
        :param auto_config_route: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#auto_config_route VpnConnection#auto_config_route}.
        :param bgp_config: bgp_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#bgp_config VpnConnection#bgp_config}
        :param customer_gateway_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#customer_gateway_id VpnConnection#customer_gateway_id}.
        :param effect_immediately: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#effect_immediately VpnConnection#effect_immediately}.
        :param enable_dpd: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_dpd VpnConnection#enable_dpd}.
        :param enable_nat_traversal: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_nat_traversal VpnConnection#enable_nat_traversal}.
        :param enable_tunnels_bgp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_tunnels_bgp VpnConnection#enable_tunnels_bgp}.
        :param health_check_config: health_check_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#health_check_config VpnConnection#health_check_config}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#id VpnConnection#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param ike_config: ike_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_config VpnConnection#ike_config}
        :param ipsec_config: ipsec_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_config VpnConnection#ipsec_config}
        :param name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#name VpnConnection#name}.
        :param network_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#network_type VpnConnection#network_type}.
        :param tags: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tags VpnConnection#tags}.
        :param timeouts: timeouts block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#timeouts VpnConnection#timeouts}
        :param tunnel_options_specification: tunnel_options_specification block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_options_specification VpnConnection#tunnel_options_specification}
        :param vpn_connection_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#vpn_connection_name VpnConnection#vpn_connection_name}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(bgp_config, dict):
            bgp_config = VpnConnectionBgpConfig(**bgp_config)
        if isinstance(health_check_config, dict):
            health_check_config = VpnConnectionHealthCheckConfig(**health_check_config)
        if isinstance(ike_config, dict):
            ike_config = VpnConnectionIkeConfig(**ike_config)
        if isinstance(ipsec_config, dict):
            ipsec_config = VpnConnectionIpsecConfig(**ipsec_config)
        if isinstance(timeouts, dict):
            timeouts = VpnConnectionTimeouts(**timeouts)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84132c2590a9a5e1400c099b2d59a5d6e5e0519fb5df9aac7c685be1ac548841)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument local_subnet", value=local_subnet, expected_type=type_hints["local_subnet"])
            check_type(argname="argument remote_subnet", value=remote_subnet, expected_type=type_hints["remote_subnet"])
            check_type(argname="argument vpn_gateway_id", value=vpn_gateway_id, expected_type=type_hints["vpn_gateway_id"])
            check_type(argname="argument auto_config_route", value=auto_config_route, expected_type=type_hints["auto_config_route"])
            check_type(argname="argument bgp_config", value=bgp_config, expected_type=type_hints["bgp_config"])
            check_type(argname="argument customer_gateway_id", value=customer_gateway_id, expected_type=type_hints["customer_gateway_id"])
            check_type(argname="argument effect_immediately", value=effect_immediately, expected_type=type_hints["effect_immediately"])
            check_type(argname="argument enable_dpd", value=enable_dpd, expected_type=type_hints["enable_dpd"])
            check_type(argname="argument enable_nat_traversal", value=enable_nat_traversal, expected_type=type_hints["enable_nat_traversal"])
            check_type(argname="argument enable_tunnels_bgp", value=enable_tunnels_bgp, expected_type=type_hints["enable_tunnels_bgp"])
            check_type(argname="argument health_check_config", value=health_check_config, expected_type=type_hints["health_check_config"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument ike_config", value=ike_config, expected_type=type_hints["ike_config"])
            check_type(argname="argument ipsec_config", value=ipsec_config, expected_type=type_hints["ipsec_config"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument network_type", value=network_type, expected_type=type_hints["network_type"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
            check_type(argname="argument tunnel_options_specification", value=tunnel_options_specification, expected_type=type_hints["tunnel_options_specification"])
            check_type(argname="argument vpn_connection_name", value=vpn_connection_name, expected_type=type_hints["vpn_connection_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "local_subnet": local_subnet,
            "remote_subnet": remote_subnet,
            "vpn_gateway_id": vpn_gateway_id,
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
        if auto_config_route is not None:
            self._values["auto_config_route"] = auto_config_route
        if bgp_config is not None:
            self._values["bgp_config"] = bgp_config
        if customer_gateway_id is not None:
            self._values["customer_gateway_id"] = customer_gateway_id
        if effect_immediately is not None:
            self._values["effect_immediately"] = effect_immediately
        if enable_dpd is not None:
            self._values["enable_dpd"] = enable_dpd
        if enable_nat_traversal is not None:
            self._values["enable_nat_traversal"] = enable_nat_traversal
        if enable_tunnels_bgp is not None:
            self._values["enable_tunnels_bgp"] = enable_tunnels_bgp
        if health_check_config is not None:
            self._values["health_check_config"] = health_check_config
        if id is not None:
            self._values["id"] = id
        if ike_config is not None:
            self._values["ike_config"] = ike_config
        if ipsec_config is not None:
            self._values["ipsec_config"] = ipsec_config
        if name is not None:
            self._values["name"] = name
        if network_type is not None:
            self._values["network_type"] = network_type
        if tags is not None:
            self._values["tags"] = tags
        if timeouts is not None:
            self._values["timeouts"] = timeouts
        if tunnel_options_specification is not None:
            self._values["tunnel_options_specification"] = tunnel_options_specification
        if vpn_connection_name is not None:
            self._values["vpn_connection_name"] = vpn_connection_name

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
    def local_subnet(self) -> typing.List[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_subnet VpnConnection#local_subnet}.'''
        result = self._values.get("local_subnet")
        assert result is not None, "Required property 'local_subnet' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def remote_subnet(self) -> typing.List[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#remote_subnet VpnConnection#remote_subnet}.'''
        result = self._values.get("remote_subnet")
        assert result is not None, "Required property 'remote_subnet' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def vpn_gateway_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#vpn_gateway_id VpnConnection#vpn_gateway_id}.'''
        result = self._values.get("vpn_gateway_id")
        assert result is not None, "Required property 'vpn_gateway_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def auto_config_route(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#auto_config_route VpnConnection#auto_config_route}.'''
        result = self._values.get("auto_config_route")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def bgp_config(self) -> typing.Optional[VpnConnectionBgpConfig]:
        '''bgp_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#bgp_config VpnConnection#bgp_config}
        '''
        result = self._values.get("bgp_config")
        return typing.cast(typing.Optional[VpnConnectionBgpConfig], result)

    @builtins.property
    def customer_gateway_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#customer_gateway_id VpnConnection#customer_gateway_id}.'''
        result = self._values.get("customer_gateway_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def effect_immediately(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#effect_immediately VpnConnection#effect_immediately}.'''
        result = self._values.get("effect_immediately")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def enable_dpd(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_dpd VpnConnection#enable_dpd}.'''
        result = self._values.get("enable_dpd")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def enable_nat_traversal(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_nat_traversal VpnConnection#enable_nat_traversal}.'''
        result = self._values.get("enable_nat_traversal")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def enable_tunnels_bgp(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_tunnels_bgp VpnConnection#enable_tunnels_bgp}.'''
        result = self._values.get("enable_tunnels_bgp")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def health_check_config(self) -> typing.Optional["VpnConnectionHealthCheckConfig"]:
        '''health_check_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#health_check_config VpnConnection#health_check_config}
        '''
        result = self._values.get("health_check_config")
        return typing.cast(typing.Optional["VpnConnectionHealthCheckConfig"], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#id VpnConnection#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ike_config(self) -> typing.Optional["VpnConnectionIkeConfig"]:
        '''ike_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_config VpnConnection#ike_config}
        '''
        result = self._values.get("ike_config")
        return typing.cast(typing.Optional["VpnConnectionIkeConfig"], result)

    @builtins.property
    def ipsec_config(self) -> typing.Optional["VpnConnectionIpsecConfig"]:
        '''ipsec_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_config VpnConnection#ipsec_config}
        '''
        result = self._values.get("ipsec_config")
        return typing.cast(typing.Optional["VpnConnectionIpsecConfig"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#name VpnConnection#name}.'''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def network_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#network_type VpnConnection#network_type}.'''
        result = self._values.get("network_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tags VpnConnection#tags}.'''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def timeouts(self) -> typing.Optional["VpnConnectionTimeouts"]:
        '''timeouts block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#timeouts VpnConnection#timeouts}
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["VpnConnectionTimeouts"], result)

    @builtins.property
    def tunnel_options_specification(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["VpnConnectionTunnelOptionsSpecification"]]]:
        '''tunnel_options_specification block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_options_specification VpnConnection#tunnel_options_specification}
        '''
        result = self._values.get("tunnel_options_specification")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["VpnConnectionTunnelOptionsSpecification"]]], result)

    @builtins.property
    def vpn_connection_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#vpn_connection_name VpnConnection#vpn_connection_name}.'''
        result = self._values.get("vpn_connection_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VpnConnectionConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionHealthCheckConfig",
    jsii_struct_bases=[],
    name_mapping={
        "dip": "dip",
        "enable": "enable",
        "interval": "interval",
        "retry": "retry",
        "sip": "sip",
    },
)
class VpnConnectionHealthCheckConfig:
    def __init__(
        self,
        *,
        dip: typing.Optional[builtins.str] = None,
        enable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        interval: typing.Optional[jsii.Number] = None,
        retry: typing.Optional[jsii.Number] = None,
        sip: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param dip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#dip VpnConnection#dip}.
        :param enable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable VpnConnection#enable}.
        :param interval: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#interval VpnConnection#interval}.
        :param retry: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#retry VpnConnection#retry}.
        :param sip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#sip VpnConnection#sip}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9a5fb9d0e11ba73e3d27058cd7ba57c2c694842337a07c339217ac91e68a6f3a)
            check_type(argname="argument dip", value=dip, expected_type=type_hints["dip"])
            check_type(argname="argument enable", value=enable, expected_type=type_hints["enable"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument retry", value=retry, expected_type=type_hints["retry"])
            check_type(argname="argument sip", value=sip, expected_type=type_hints["sip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if dip is not None:
            self._values["dip"] = dip
        if enable is not None:
            self._values["enable"] = enable
        if interval is not None:
            self._values["interval"] = interval
        if retry is not None:
            self._values["retry"] = retry
        if sip is not None:
            self._values["sip"] = sip

    @builtins.property
    def dip(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#dip VpnConnection#dip}.'''
        result = self._values.get("dip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enable(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable VpnConnection#enable}.'''
        result = self._values.get("enable")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def interval(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#interval VpnConnection#interval}.'''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retry(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#retry VpnConnection#retry}.'''
        result = self._values.get("retry")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def sip(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#sip VpnConnection#sip}.'''
        result = self._values.get("sip")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VpnConnectionHealthCheckConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VpnConnectionHealthCheckConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionHealthCheckConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e057cbf09df440b3c2c4e6ed7df4ebb2906ffcbd471668fdd4d70f9b8c4e1a49)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetDip")
    def reset_dip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDip", []))

    @jsii.member(jsii_name="resetEnable")
    def reset_enable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnable", []))

    @jsii.member(jsii_name="resetInterval")
    def reset_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInterval", []))

    @jsii.member(jsii_name="resetRetry")
    def reset_retry(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRetry", []))

    @jsii.member(jsii_name="resetSip")
    def reset_sip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSip", []))

    @builtins.property
    @jsii.member(jsii_name="dipInput")
    def dip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dipInput"))

    @builtins.property
    @jsii.member(jsii_name="enableInput")
    def enable_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableInput"))

    @builtins.property
    @jsii.member(jsii_name="intervalInput")
    def interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "intervalInput"))

    @builtins.property
    @jsii.member(jsii_name="retryInput")
    def retry_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "retryInput"))

    @builtins.property
    @jsii.member(jsii_name="sipInput")
    def sip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sipInput"))

    @builtins.property
    @jsii.member(jsii_name="dip")
    def dip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dip"))

    @dip.setter
    def dip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9ab98611360967e99a95b9fef64db5fdadf4ccc396148a8f3d551e44ceb66084)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enable")
    def enable(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enable"))

    @enable.setter
    def enable(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3ca5e3a76411a7de126e81ddda5a73532b92464e4409310a0d27bddeef50e21a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="interval")
    def interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "interval"))

    @interval.setter
    def interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1a3cbe75bc92d7d44f0b71be19fda87d515aae4964f1ab82dc28a87e03a3eccc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "interval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="retry")
    def retry(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "retry"))

    @retry.setter
    def retry(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__97f4a42f8d5e604a0e4feaf0971f200b2a918c8f94c3d9f41495efb123500fbc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "retry", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sip")
    def sip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sip"))

    @sip.setter
    def sip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__28ea419bfc28681bb99f32690a3af220fac5f89d3950cbf7c72d829f123f7f54)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[VpnConnectionHealthCheckConfig]:
        return typing.cast(typing.Optional[VpnConnectionHealthCheckConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[VpnConnectionHealthCheckConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__63af9a26ad59727fcea7970ed6937f00f4d3b05f1fe4c070c2cad1d3ddbd4505)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionIkeConfig",
    jsii_struct_bases=[],
    name_mapping={
        "ike_auth_alg": "ikeAuthAlg",
        "ike_enc_alg": "ikeEncAlg",
        "ike_lifetime": "ikeLifetime",
        "ike_local_id": "ikeLocalId",
        "ike_mode": "ikeMode",
        "ike_pfs": "ikePfs",
        "ike_remote_id": "ikeRemoteId",
        "ike_version": "ikeVersion",
        "psk": "psk",
    },
)
class VpnConnectionIkeConfig:
    def __init__(
        self,
        *,
        ike_auth_alg: typing.Optional[builtins.str] = None,
        ike_enc_alg: typing.Optional[builtins.str] = None,
        ike_lifetime: typing.Optional[jsii.Number] = None,
        ike_local_id: typing.Optional[builtins.str] = None,
        ike_mode: typing.Optional[builtins.str] = None,
        ike_pfs: typing.Optional[builtins.str] = None,
        ike_remote_id: typing.Optional[builtins.str] = None,
        ike_version: typing.Optional[builtins.str] = None,
        psk: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ike_auth_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_auth_alg VpnConnection#ike_auth_alg}.
        :param ike_enc_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_enc_alg VpnConnection#ike_enc_alg}.
        :param ike_lifetime: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_lifetime VpnConnection#ike_lifetime}.
        :param ike_local_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_local_id VpnConnection#ike_local_id}.
        :param ike_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_mode VpnConnection#ike_mode}.
        :param ike_pfs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_pfs VpnConnection#ike_pfs}.
        :param ike_remote_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_remote_id VpnConnection#ike_remote_id}.
        :param ike_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_version VpnConnection#ike_version}.
        :param psk: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#psk VpnConnection#psk}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8563694091b45bede9291567359ba718aa183060b915d8c2c54db55893c5105d)
            check_type(argname="argument ike_auth_alg", value=ike_auth_alg, expected_type=type_hints["ike_auth_alg"])
            check_type(argname="argument ike_enc_alg", value=ike_enc_alg, expected_type=type_hints["ike_enc_alg"])
            check_type(argname="argument ike_lifetime", value=ike_lifetime, expected_type=type_hints["ike_lifetime"])
            check_type(argname="argument ike_local_id", value=ike_local_id, expected_type=type_hints["ike_local_id"])
            check_type(argname="argument ike_mode", value=ike_mode, expected_type=type_hints["ike_mode"])
            check_type(argname="argument ike_pfs", value=ike_pfs, expected_type=type_hints["ike_pfs"])
            check_type(argname="argument ike_remote_id", value=ike_remote_id, expected_type=type_hints["ike_remote_id"])
            check_type(argname="argument ike_version", value=ike_version, expected_type=type_hints["ike_version"])
            check_type(argname="argument psk", value=psk, expected_type=type_hints["psk"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ike_auth_alg is not None:
            self._values["ike_auth_alg"] = ike_auth_alg
        if ike_enc_alg is not None:
            self._values["ike_enc_alg"] = ike_enc_alg
        if ike_lifetime is not None:
            self._values["ike_lifetime"] = ike_lifetime
        if ike_local_id is not None:
            self._values["ike_local_id"] = ike_local_id
        if ike_mode is not None:
            self._values["ike_mode"] = ike_mode
        if ike_pfs is not None:
            self._values["ike_pfs"] = ike_pfs
        if ike_remote_id is not None:
            self._values["ike_remote_id"] = ike_remote_id
        if ike_version is not None:
            self._values["ike_version"] = ike_version
        if psk is not None:
            self._values["psk"] = psk

    @builtins.property
    def ike_auth_alg(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_auth_alg VpnConnection#ike_auth_alg}.'''
        result = self._values.get("ike_auth_alg")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ike_enc_alg(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_enc_alg VpnConnection#ike_enc_alg}.'''
        result = self._values.get("ike_enc_alg")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ike_lifetime(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_lifetime VpnConnection#ike_lifetime}.'''
        result = self._values.get("ike_lifetime")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ike_local_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_local_id VpnConnection#ike_local_id}.'''
        result = self._values.get("ike_local_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ike_mode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_mode VpnConnection#ike_mode}.'''
        result = self._values.get("ike_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ike_pfs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_pfs VpnConnection#ike_pfs}.'''
        result = self._values.get("ike_pfs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ike_remote_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_remote_id VpnConnection#ike_remote_id}.'''
        result = self._values.get("ike_remote_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ike_version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_version VpnConnection#ike_version}.'''
        result = self._values.get("ike_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def psk(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#psk VpnConnection#psk}.'''
        result = self._values.get("psk")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VpnConnectionIkeConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VpnConnectionIkeConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionIkeConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__41c18934b3964eda362abb2e67630277e2318b84e1a51b52c2589252902bd297)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetIkeAuthAlg")
    def reset_ike_auth_alg(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeAuthAlg", []))

    @jsii.member(jsii_name="resetIkeEncAlg")
    def reset_ike_enc_alg(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeEncAlg", []))

    @jsii.member(jsii_name="resetIkeLifetime")
    def reset_ike_lifetime(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeLifetime", []))

    @jsii.member(jsii_name="resetIkeLocalId")
    def reset_ike_local_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeLocalId", []))

    @jsii.member(jsii_name="resetIkeMode")
    def reset_ike_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeMode", []))

    @jsii.member(jsii_name="resetIkePfs")
    def reset_ike_pfs(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkePfs", []))

    @jsii.member(jsii_name="resetIkeRemoteId")
    def reset_ike_remote_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeRemoteId", []))

    @jsii.member(jsii_name="resetIkeVersion")
    def reset_ike_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeVersion", []))

    @jsii.member(jsii_name="resetPsk")
    def reset_psk(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPsk", []))

    @builtins.property
    @jsii.member(jsii_name="ikeAuthAlgInput")
    def ike_auth_alg_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ikeAuthAlgInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeEncAlgInput")
    def ike_enc_alg_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ikeEncAlgInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeLifetimeInput")
    def ike_lifetime_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ikeLifetimeInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeLocalIdInput")
    def ike_local_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ikeLocalIdInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeModeInput")
    def ike_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ikeModeInput"))

    @builtins.property
    @jsii.member(jsii_name="ikePfsInput")
    def ike_pfs_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ikePfsInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeRemoteIdInput")
    def ike_remote_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ikeRemoteIdInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeVersionInput")
    def ike_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ikeVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="pskInput")
    def psk_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "pskInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeAuthAlg")
    def ike_auth_alg(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ikeAuthAlg"))

    @ike_auth_alg.setter
    def ike_auth_alg(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__80ce012759b6af7f80ed2dc3624e5ba655588c5d246f7f9469af24a6619cc850)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikeAuthAlg", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ikeEncAlg")
    def ike_enc_alg(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ikeEncAlg"))

    @ike_enc_alg.setter
    def ike_enc_alg(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__054617e7ad2e347a4c3295e22964824b8795736af3e410b18369094cc1f35a98)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikeEncAlg", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ikeLifetime")
    def ike_lifetime(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ikeLifetime"))

    @ike_lifetime.setter
    def ike_lifetime(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b002c1c0e45e7fb78b4d6639ddebf2d8622fe243f8cfc799e426c0039c3f386)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikeLifetime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ikeLocalId")
    def ike_local_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ikeLocalId"))

    @ike_local_id.setter
    def ike_local_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ad27d69f8275c52f2a83151e5d691627c53dc6de74954770e6ef7ddecf9db530)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikeLocalId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ikeMode")
    def ike_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ikeMode"))

    @ike_mode.setter
    def ike_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__66b560ce1f79105686aa178b4f24a0e5db4332fb72d02c6e733e0f49a0ca632e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikeMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ikePfs")
    def ike_pfs(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ikePfs"))

    @ike_pfs.setter
    def ike_pfs(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__041f8fd232b3244cc09f0a7fea4dcef2432440411ee9d3ea5528d2528dfacb6e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikePfs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ikeRemoteId")
    def ike_remote_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ikeRemoteId"))

    @ike_remote_id.setter
    def ike_remote_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00dfdae71033ccbd98862252a3bb0796ca1318da00772acfeecfea7db459edc6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikeRemoteId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ikeVersion")
    def ike_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ikeVersion"))

    @ike_version.setter
    def ike_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d28c76f8491f473de528d33ab76d1c071ead08cbf4a116121d0afd8549f6fe24)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikeVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="psk")
    def psk(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "psk"))

    @psk.setter
    def psk(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae22996211e4cc4501806a24609d984abe5f6e6a366e68bbc0cae49473d0f9bb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "psk", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[VpnConnectionIkeConfig]:
        return typing.cast(typing.Optional[VpnConnectionIkeConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[VpnConnectionIkeConfig]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e63f0fbf523e0d39f4bda4c57e3e9dc120bea55eda55e8d075faee1e249afe49)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionIpsecConfig",
    jsii_struct_bases=[],
    name_mapping={
        "ipsec_auth_alg": "ipsecAuthAlg",
        "ipsec_enc_alg": "ipsecEncAlg",
        "ipsec_lifetime": "ipsecLifetime",
        "ipsec_pfs": "ipsecPfs",
    },
)
class VpnConnectionIpsecConfig:
    def __init__(
        self,
        *,
        ipsec_auth_alg: typing.Optional[builtins.str] = None,
        ipsec_enc_alg: typing.Optional[builtins.str] = None,
        ipsec_lifetime: typing.Optional[jsii.Number] = None,
        ipsec_pfs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ipsec_auth_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_auth_alg VpnConnection#ipsec_auth_alg}.
        :param ipsec_enc_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_enc_alg VpnConnection#ipsec_enc_alg}.
        :param ipsec_lifetime: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_lifetime VpnConnection#ipsec_lifetime}.
        :param ipsec_pfs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_pfs VpnConnection#ipsec_pfs}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b9aeb7bde89fc4f961060f407dfba059bc86185e37a66106564474ff4e3d0f17)
            check_type(argname="argument ipsec_auth_alg", value=ipsec_auth_alg, expected_type=type_hints["ipsec_auth_alg"])
            check_type(argname="argument ipsec_enc_alg", value=ipsec_enc_alg, expected_type=type_hints["ipsec_enc_alg"])
            check_type(argname="argument ipsec_lifetime", value=ipsec_lifetime, expected_type=type_hints["ipsec_lifetime"])
            check_type(argname="argument ipsec_pfs", value=ipsec_pfs, expected_type=type_hints["ipsec_pfs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ipsec_auth_alg is not None:
            self._values["ipsec_auth_alg"] = ipsec_auth_alg
        if ipsec_enc_alg is not None:
            self._values["ipsec_enc_alg"] = ipsec_enc_alg
        if ipsec_lifetime is not None:
            self._values["ipsec_lifetime"] = ipsec_lifetime
        if ipsec_pfs is not None:
            self._values["ipsec_pfs"] = ipsec_pfs

    @builtins.property
    def ipsec_auth_alg(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_auth_alg VpnConnection#ipsec_auth_alg}.'''
        result = self._values.get("ipsec_auth_alg")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ipsec_enc_alg(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_enc_alg VpnConnection#ipsec_enc_alg}.'''
        result = self._values.get("ipsec_enc_alg")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ipsec_lifetime(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_lifetime VpnConnection#ipsec_lifetime}.'''
        result = self._values.get("ipsec_lifetime")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ipsec_pfs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_pfs VpnConnection#ipsec_pfs}.'''
        result = self._values.get("ipsec_pfs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VpnConnectionIpsecConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VpnConnectionIpsecConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionIpsecConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__1bbd1d7d425666cca0ebc995397edfc215eaeef20c83df911d6c5152bc1b9383)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetIpsecAuthAlg")
    def reset_ipsec_auth_alg(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpsecAuthAlg", []))

    @jsii.member(jsii_name="resetIpsecEncAlg")
    def reset_ipsec_enc_alg(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpsecEncAlg", []))

    @jsii.member(jsii_name="resetIpsecLifetime")
    def reset_ipsec_lifetime(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpsecLifetime", []))

    @jsii.member(jsii_name="resetIpsecPfs")
    def reset_ipsec_pfs(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpsecPfs", []))

    @builtins.property
    @jsii.member(jsii_name="ipsecAuthAlgInput")
    def ipsec_auth_alg_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipsecAuthAlgInput"))

    @builtins.property
    @jsii.member(jsii_name="ipsecEncAlgInput")
    def ipsec_enc_alg_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipsecEncAlgInput"))

    @builtins.property
    @jsii.member(jsii_name="ipsecLifetimeInput")
    def ipsec_lifetime_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ipsecLifetimeInput"))

    @builtins.property
    @jsii.member(jsii_name="ipsecPfsInput")
    def ipsec_pfs_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipsecPfsInput"))

    @builtins.property
    @jsii.member(jsii_name="ipsecAuthAlg")
    def ipsec_auth_alg(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipsecAuthAlg"))

    @ipsec_auth_alg.setter
    def ipsec_auth_alg(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__40028d7ba9fe994b83796a227c99cae1067dfb78f731e14bbe8f14e259a4aa99)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipsecAuthAlg", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipsecEncAlg")
    def ipsec_enc_alg(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipsecEncAlg"))

    @ipsec_enc_alg.setter
    def ipsec_enc_alg(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8b3ef75deba445cd7d6731bb6527ff59f050002e82b40b4c3fc815437a2f131d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipsecEncAlg", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipsecLifetime")
    def ipsec_lifetime(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ipsecLifetime"))

    @ipsec_lifetime.setter
    def ipsec_lifetime(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ada87c57d59bd94f4c26e81bb028830a783cafaf8f59ca1c81e3404fe372e6db)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipsecLifetime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipsecPfs")
    def ipsec_pfs(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipsecPfs"))

    @ipsec_pfs.setter
    def ipsec_pfs(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9fa19f6e96fea9ec77a1e636a0cc8631ba1052ccc306adab211801457cf11427)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipsecPfs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[VpnConnectionIpsecConfig]:
        return typing.cast(typing.Optional[VpnConnectionIpsecConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[VpnConnectionIpsecConfig]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f09e70b4b9ea758234ff389fc3771d0d9f2188e260d5e2f2521adbc1c0f8c6f8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionTimeouts",
    jsii_struct_bases=[],
    name_mapping={"create": "create", "delete": "delete", "update": "update"},
)
class VpnConnectionTimeouts:
    def __init__(
        self,
        *,
        create: typing.Optional[builtins.str] = None,
        delete: typing.Optional[builtins.str] = None,
        update: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param create: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#create VpnConnection#create}.
        :param delete: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#delete VpnConnection#delete}.
        :param update: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#update VpnConnection#update}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__446a5dd5cf242bcbbfcdbdb35ded6c43607be363395727ee586476ceaa5879d0)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#create VpnConnection#create}.'''
        result = self._values.get("create")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def delete(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#delete VpnConnection#delete}.'''
        result = self._values.get("delete")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def update(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#update VpnConnection#update}.'''
        result = self._values.get("update")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VpnConnectionTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VpnConnectionTimeoutsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionTimeoutsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__36db7e5e44bb811721195c1e6b2e675e90885d8cc4f3bba8d7c1abb53a9b8b26)
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
            type_hints = typing.get_type_hints(_typecheckingstub__3d02f976b95e68bf7d52d6bd815207d1dc3a2498c2505bb24d81788ee7981206)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "create", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="delete")
    def delete(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "delete"))

    @delete.setter
    def delete(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b7a580fa66925470dff767bbc01a24a47721d54e6b4d4c8ff71f138ede66a97)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "delete", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="update")
    def update(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "update"))

    @update.setter
    def update(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b95eadb1c5d4615ce0ce59b7ba12d9a760f9e740aa3b482f7fc82821ab19faa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "update", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, VpnConnectionTimeouts]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, VpnConnectionTimeouts]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, VpnConnectionTimeouts]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ea76a9dc81cf42dfd6cc82f7648b2ebffb9e21340c2146afbce14f7fdf15bdbc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionTunnelOptionsSpecification",
    jsii_struct_bases=[],
    name_mapping={
        "customer_gateway_id": "customerGatewayId",
        "enable_dpd": "enableDpd",
        "enable_nat_traversal": "enableNatTraversal",
        "role": "role",
        "tunnel_bgp_config": "tunnelBgpConfig",
        "tunnel_ike_config": "tunnelIkeConfig",
        "tunnel_ipsec_config": "tunnelIpsecConfig",
    },
)
class VpnConnectionTunnelOptionsSpecification:
    def __init__(
        self,
        *,
        customer_gateway_id: typing.Optional[builtins.str] = None,
        enable_dpd: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_nat_traversal: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        role: typing.Optional[builtins.str] = None,
        tunnel_bgp_config: typing.Optional[typing.Union["VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        tunnel_ike_config: typing.Optional[typing.Union["VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        tunnel_ipsec_config: typing.Optional[typing.Union["VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param customer_gateway_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#customer_gateway_id VpnConnection#customer_gateway_id}.
        :param enable_dpd: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_dpd VpnConnection#enable_dpd}.
        :param enable_nat_traversal: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_nat_traversal VpnConnection#enable_nat_traversal}.
        :param role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#role VpnConnection#role}.
        :param tunnel_bgp_config: tunnel_bgp_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_bgp_config VpnConnection#tunnel_bgp_config}
        :param tunnel_ike_config: tunnel_ike_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_ike_config VpnConnection#tunnel_ike_config}
        :param tunnel_ipsec_config: tunnel_ipsec_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_ipsec_config VpnConnection#tunnel_ipsec_config}
        '''
        if isinstance(tunnel_bgp_config, dict):
            tunnel_bgp_config = VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig(**tunnel_bgp_config)
        if isinstance(tunnel_ike_config, dict):
            tunnel_ike_config = VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig(**tunnel_ike_config)
        if isinstance(tunnel_ipsec_config, dict):
            tunnel_ipsec_config = VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig(**tunnel_ipsec_config)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__62c3c49e4c2d6124406fb259a678e241e4898af28f3a734c6f26c08c5f13ca37)
            check_type(argname="argument customer_gateway_id", value=customer_gateway_id, expected_type=type_hints["customer_gateway_id"])
            check_type(argname="argument enable_dpd", value=enable_dpd, expected_type=type_hints["enable_dpd"])
            check_type(argname="argument enable_nat_traversal", value=enable_nat_traversal, expected_type=type_hints["enable_nat_traversal"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument tunnel_bgp_config", value=tunnel_bgp_config, expected_type=type_hints["tunnel_bgp_config"])
            check_type(argname="argument tunnel_ike_config", value=tunnel_ike_config, expected_type=type_hints["tunnel_ike_config"])
            check_type(argname="argument tunnel_ipsec_config", value=tunnel_ipsec_config, expected_type=type_hints["tunnel_ipsec_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if customer_gateway_id is not None:
            self._values["customer_gateway_id"] = customer_gateway_id
        if enable_dpd is not None:
            self._values["enable_dpd"] = enable_dpd
        if enable_nat_traversal is not None:
            self._values["enable_nat_traversal"] = enable_nat_traversal
        if role is not None:
            self._values["role"] = role
        if tunnel_bgp_config is not None:
            self._values["tunnel_bgp_config"] = tunnel_bgp_config
        if tunnel_ike_config is not None:
            self._values["tunnel_ike_config"] = tunnel_ike_config
        if tunnel_ipsec_config is not None:
            self._values["tunnel_ipsec_config"] = tunnel_ipsec_config

    @builtins.property
    def customer_gateway_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#customer_gateway_id VpnConnection#customer_gateway_id}.'''
        result = self._values.get("customer_gateway_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enable_dpd(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_dpd VpnConnection#enable_dpd}.'''
        result = self._values.get("enable_dpd")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def enable_nat_traversal(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#enable_nat_traversal VpnConnection#enable_nat_traversal}.'''
        result = self._values.get("enable_nat_traversal")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#role VpnConnection#role}.'''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tunnel_bgp_config(
        self,
    ) -> typing.Optional["VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig"]:
        '''tunnel_bgp_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_bgp_config VpnConnection#tunnel_bgp_config}
        '''
        result = self._values.get("tunnel_bgp_config")
        return typing.cast(typing.Optional["VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig"], result)

    @builtins.property
    def tunnel_ike_config(
        self,
    ) -> typing.Optional["VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig"]:
        '''tunnel_ike_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_ike_config VpnConnection#tunnel_ike_config}
        '''
        result = self._values.get("tunnel_ike_config")
        return typing.cast(typing.Optional["VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig"], result)

    @builtins.property
    def tunnel_ipsec_config(
        self,
    ) -> typing.Optional["VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig"]:
        '''tunnel_ipsec_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_ipsec_config VpnConnection#tunnel_ipsec_config}
        '''
        result = self._values.get("tunnel_ipsec_config")
        return typing.cast(typing.Optional["VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VpnConnectionTunnelOptionsSpecification(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VpnConnectionTunnelOptionsSpecificationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionTunnelOptionsSpecificationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c5ee1296d4d59d6c535a23b9b84fdb22f7ae09c9d098e4d7c886895aa7934e74)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "VpnConnectionTunnelOptionsSpecificationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0eab0030291a3e27de2eef49358f734966bc61afeadbb6c8ee884027a1c37d63)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("VpnConnectionTunnelOptionsSpecificationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9b556a38cae800ebdcb97f863f7e1a7e4a43c1a3782bfc0936dd6c597243722d)
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
            type_hints = typing.get_type_hints(_typecheckingstub__d6aaa69efd9b4432b0a21c113b4f4d8af55fc3a071326b0b79ac5469cecfde27)
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
            type_hints = typing.get_type_hints(_typecheckingstub__04399dd4ea1cb2835ec3972229636499a5eaa844fb7e887e313ea00b9f05a009)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[VpnConnectionTunnelOptionsSpecification]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[VpnConnectionTunnelOptionsSpecification]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[VpnConnectionTunnelOptionsSpecification]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__70732dd2dc08959c0dd28f95e765d4e01ea9d8185d5917f8d7ec5969b7e7efeb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class VpnConnectionTunnelOptionsSpecificationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionTunnelOptionsSpecificationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__8187ff3fc723d28f68d53cae7712a3113f2feda31814ae8e1f9a068a3aaedf39)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="putTunnelBgpConfig")
    def put_tunnel_bgp_config(
        self,
        *,
        local_asn: typing.Optional[builtins.str] = None,
        local_bgp_ip: typing.Optional[builtins.str] = None,
        tunnel_cidr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param local_asn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_asn VpnConnection#local_asn}.
        :param local_bgp_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_bgp_ip VpnConnection#local_bgp_ip}.
        :param tunnel_cidr: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_cidr VpnConnection#tunnel_cidr}.
        '''
        value = VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig(
            local_asn=local_asn, local_bgp_ip=local_bgp_ip, tunnel_cidr=tunnel_cidr
        )

        return typing.cast(None, jsii.invoke(self, "putTunnelBgpConfig", [value]))

    @jsii.member(jsii_name="putTunnelIkeConfig")
    def put_tunnel_ike_config(
        self,
        *,
        ike_auth_alg: typing.Optional[builtins.str] = None,
        ike_enc_alg: typing.Optional[builtins.str] = None,
        ike_lifetime: typing.Optional[jsii.Number] = None,
        ike_mode: typing.Optional[builtins.str] = None,
        ike_pfs: typing.Optional[builtins.str] = None,
        ike_version: typing.Optional[builtins.str] = None,
        local_id: typing.Optional[builtins.str] = None,
        psk: typing.Optional[builtins.str] = None,
        remote_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ike_auth_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_auth_alg VpnConnection#ike_auth_alg}.
        :param ike_enc_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_enc_alg VpnConnection#ike_enc_alg}.
        :param ike_lifetime: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_lifetime VpnConnection#ike_lifetime}.
        :param ike_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_mode VpnConnection#ike_mode}.
        :param ike_pfs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_pfs VpnConnection#ike_pfs}.
        :param ike_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_version VpnConnection#ike_version}.
        :param local_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_id VpnConnection#local_id}.
        :param psk: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#psk VpnConnection#psk}.
        :param remote_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#remote_id VpnConnection#remote_id}.
        '''
        value = VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig(
            ike_auth_alg=ike_auth_alg,
            ike_enc_alg=ike_enc_alg,
            ike_lifetime=ike_lifetime,
            ike_mode=ike_mode,
            ike_pfs=ike_pfs,
            ike_version=ike_version,
            local_id=local_id,
            psk=psk,
            remote_id=remote_id,
        )

        return typing.cast(None, jsii.invoke(self, "putTunnelIkeConfig", [value]))

    @jsii.member(jsii_name="putTunnelIpsecConfig")
    def put_tunnel_ipsec_config(
        self,
        *,
        ipsec_auth_alg: typing.Optional[builtins.str] = None,
        ipsec_enc_alg: typing.Optional[builtins.str] = None,
        ipsec_lifetime: typing.Optional[jsii.Number] = None,
        ipsec_pfs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ipsec_auth_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_auth_alg VpnConnection#ipsec_auth_alg}.
        :param ipsec_enc_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_enc_alg VpnConnection#ipsec_enc_alg}.
        :param ipsec_lifetime: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_lifetime VpnConnection#ipsec_lifetime}.
        :param ipsec_pfs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_pfs VpnConnection#ipsec_pfs}.
        '''
        value = VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig(
            ipsec_auth_alg=ipsec_auth_alg,
            ipsec_enc_alg=ipsec_enc_alg,
            ipsec_lifetime=ipsec_lifetime,
            ipsec_pfs=ipsec_pfs,
        )

        return typing.cast(None, jsii.invoke(self, "putTunnelIpsecConfig", [value]))

    @jsii.member(jsii_name="resetCustomerGatewayId")
    def reset_customer_gateway_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCustomerGatewayId", []))

    @jsii.member(jsii_name="resetEnableDpd")
    def reset_enable_dpd(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableDpd", []))

    @jsii.member(jsii_name="resetEnableNatTraversal")
    def reset_enable_nat_traversal(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableNatTraversal", []))

    @jsii.member(jsii_name="resetRole")
    def reset_role(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRole", []))

    @jsii.member(jsii_name="resetTunnelBgpConfig")
    def reset_tunnel_bgp_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTunnelBgpConfig", []))

    @jsii.member(jsii_name="resetTunnelIkeConfig")
    def reset_tunnel_ike_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTunnelIkeConfig", []))

    @jsii.member(jsii_name="resetTunnelIpsecConfig")
    def reset_tunnel_ipsec_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTunnelIpsecConfig", []))

    @builtins.property
    @jsii.member(jsii_name="internetIp")
    def internet_ip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "internetIp"))

    @builtins.property
    @jsii.member(jsii_name="state")
    def state(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "state"))

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @builtins.property
    @jsii.member(jsii_name="tunnelBgpConfig")
    def tunnel_bgp_config(
        self,
    ) -> "VpnConnectionTunnelOptionsSpecificationTunnelBgpConfigOutputReference":
        return typing.cast("VpnConnectionTunnelOptionsSpecificationTunnelBgpConfigOutputReference", jsii.get(self, "tunnelBgpConfig"))

    @builtins.property
    @jsii.member(jsii_name="tunnelId")
    def tunnel_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tunnelId"))

    @builtins.property
    @jsii.member(jsii_name="tunnelIkeConfig")
    def tunnel_ike_config(
        self,
    ) -> "VpnConnectionTunnelOptionsSpecificationTunnelIkeConfigOutputReference":
        return typing.cast("VpnConnectionTunnelOptionsSpecificationTunnelIkeConfigOutputReference", jsii.get(self, "tunnelIkeConfig"))

    @builtins.property
    @jsii.member(jsii_name="tunnelIpsecConfig")
    def tunnel_ipsec_config(
        self,
    ) -> "VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfigOutputReference":
        return typing.cast("VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfigOutputReference", jsii.get(self, "tunnelIpsecConfig"))

    @builtins.property
    @jsii.member(jsii_name="zoneNo")
    def zone_no(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "zoneNo"))

    @builtins.property
    @jsii.member(jsii_name="customerGatewayIdInput")
    def customer_gateway_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "customerGatewayIdInput"))

    @builtins.property
    @jsii.member(jsii_name="enableDpdInput")
    def enable_dpd_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableDpdInput"))

    @builtins.property
    @jsii.member(jsii_name="enableNatTraversalInput")
    def enable_nat_traversal_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableNatTraversalInput"))

    @builtins.property
    @jsii.member(jsii_name="roleInput")
    def role_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "roleInput"))

    @builtins.property
    @jsii.member(jsii_name="tunnelBgpConfigInput")
    def tunnel_bgp_config_input(
        self,
    ) -> typing.Optional["VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig"]:
        return typing.cast(typing.Optional["VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig"], jsii.get(self, "tunnelBgpConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="tunnelIkeConfigInput")
    def tunnel_ike_config_input(
        self,
    ) -> typing.Optional["VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig"]:
        return typing.cast(typing.Optional["VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig"], jsii.get(self, "tunnelIkeConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="tunnelIpsecConfigInput")
    def tunnel_ipsec_config_input(
        self,
    ) -> typing.Optional["VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig"]:
        return typing.cast(typing.Optional["VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig"], jsii.get(self, "tunnelIpsecConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="customerGatewayId")
    def customer_gateway_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "customerGatewayId"))

    @customer_gateway_id.setter
    def customer_gateway_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__be1e3e2bd151d6a348942d991161629c5466a8443a4f32980d43668f039675ab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "customerGatewayId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enableDpd")
    def enable_dpd(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableDpd"))

    @enable_dpd.setter
    def enable_dpd(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__44416021c6e9e848ace7767b4733409fd93b864c6a6e6aea0efde97f2a17539c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableDpd", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enableNatTraversal")
    def enable_nat_traversal(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableNatTraversal"))

    @enable_nat_traversal.setter
    def enable_nat_traversal(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b311e634c4ae6658cf4ba37d61d53ac75bdefb86dfa3c825fdbabef3461f02d1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableNatTraversal", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="role")
    def role(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "role"))

    @role.setter
    def role(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4eec3ea30b51851c5baad8b0b16ff4cbf3ca216b8fdb1379ae9962fc6b7f7fa0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "role", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, VpnConnectionTunnelOptionsSpecification]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, VpnConnectionTunnelOptionsSpecification]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, VpnConnectionTunnelOptionsSpecification]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ca92b628e1164622fe9fdefa846a224187f4b6b4dc77b779000a5b8ab21c9a93)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig",
    jsii_struct_bases=[],
    name_mapping={
        "local_asn": "localAsn",
        "local_bgp_ip": "localBgpIp",
        "tunnel_cidr": "tunnelCidr",
    },
)
class VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig:
    def __init__(
        self,
        *,
        local_asn: typing.Optional[builtins.str] = None,
        local_bgp_ip: typing.Optional[builtins.str] = None,
        tunnel_cidr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param local_asn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_asn VpnConnection#local_asn}.
        :param local_bgp_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_bgp_ip VpnConnection#local_bgp_ip}.
        :param tunnel_cidr: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_cidr VpnConnection#tunnel_cidr}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99a0b54d96ebb5777066f84b541b0aaf9f7594de957709e01e4d82d3a3139ce1)
            check_type(argname="argument local_asn", value=local_asn, expected_type=type_hints["local_asn"])
            check_type(argname="argument local_bgp_ip", value=local_bgp_ip, expected_type=type_hints["local_bgp_ip"])
            check_type(argname="argument tunnel_cidr", value=tunnel_cidr, expected_type=type_hints["tunnel_cidr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if local_asn is not None:
            self._values["local_asn"] = local_asn
        if local_bgp_ip is not None:
            self._values["local_bgp_ip"] = local_bgp_ip
        if tunnel_cidr is not None:
            self._values["tunnel_cidr"] = tunnel_cidr

    @builtins.property
    def local_asn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_asn VpnConnection#local_asn}.'''
        result = self._values.get("local_asn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def local_bgp_ip(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_bgp_ip VpnConnection#local_bgp_ip}.'''
        result = self._values.get("local_bgp_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tunnel_cidr(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#tunnel_cidr VpnConnection#tunnel_cidr}.'''
        result = self._values.get("tunnel_cidr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VpnConnectionTunnelOptionsSpecificationTunnelBgpConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionTunnelOptionsSpecificationTunnelBgpConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__5bb5e6c836587f93f37ca550fe43247365c1b472d09bcc9c28b995fe59efb8c4)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetLocalAsn")
    def reset_local_asn(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLocalAsn", []))

    @jsii.member(jsii_name="resetLocalBgpIp")
    def reset_local_bgp_ip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLocalBgpIp", []))

    @jsii.member(jsii_name="resetTunnelCidr")
    def reset_tunnel_cidr(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTunnelCidr", []))

    @builtins.property
    @jsii.member(jsii_name="bgpStatus")
    def bgp_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bgpStatus"))

    @builtins.property
    @jsii.member(jsii_name="peerAsn")
    def peer_asn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "peerAsn"))

    @builtins.property
    @jsii.member(jsii_name="peerBgpIp")
    def peer_bgp_ip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "peerBgpIp"))

    @builtins.property
    @jsii.member(jsii_name="localAsnInput")
    def local_asn_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "localAsnInput"))

    @builtins.property
    @jsii.member(jsii_name="localBgpIpInput")
    def local_bgp_ip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "localBgpIpInput"))

    @builtins.property
    @jsii.member(jsii_name="tunnelCidrInput")
    def tunnel_cidr_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tunnelCidrInput"))

    @builtins.property
    @jsii.member(jsii_name="localAsn")
    def local_asn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "localAsn"))

    @local_asn.setter
    def local_asn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__17f9d96edcf512d731d48dbef0618a2abeb253ac0560ea49e773cd63da4646f0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "localAsn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="localBgpIp")
    def local_bgp_ip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "localBgpIp"))

    @local_bgp_ip.setter
    def local_bgp_ip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__412fe1e21eb1b3dcb51e21d4b1f5a1cf9075c48066dff9b0bd6fb4d3d706fe19)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "localBgpIp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tunnelCidr")
    def tunnel_cidr(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tunnelCidr"))

    @tunnel_cidr.setter
    def tunnel_cidr(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__75c24fcd4c873f32173529900460db2788c32b5fe6b645b6a6d2bb85ed86507c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tunnelCidr", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig]:
        return typing.cast(typing.Optional[VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c6ed99f0a6f45629bf3e7fefc3fefedcc23bdcf17f7a0f0daa4f186aa991279)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig",
    jsii_struct_bases=[],
    name_mapping={
        "ike_auth_alg": "ikeAuthAlg",
        "ike_enc_alg": "ikeEncAlg",
        "ike_lifetime": "ikeLifetime",
        "ike_mode": "ikeMode",
        "ike_pfs": "ikePfs",
        "ike_version": "ikeVersion",
        "local_id": "localId",
        "psk": "psk",
        "remote_id": "remoteId",
    },
)
class VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig:
    def __init__(
        self,
        *,
        ike_auth_alg: typing.Optional[builtins.str] = None,
        ike_enc_alg: typing.Optional[builtins.str] = None,
        ike_lifetime: typing.Optional[jsii.Number] = None,
        ike_mode: typing.Optional[builtins.str] = None,
        ike_pfs: typing.Optional[builtins.str] = None,
        ike_version: typing.Optional[builtins.str] = None,
        local_id: typing.Optional[builtins.str] = None,
        psk: typing.Optional[builtins.str] = None,
        remote_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ike_auth_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_auth_alg VpnConnection#ike_auth_alg}.
        :param ike_enc_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_enc_alg VpnConnection#ike_enc_alg}.
        :param ike_lifetime: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_lifetime VpnConnection#ike_lifetime}.
        :param ike_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_mode VpnConnection#ike_mode}.
        :param ike_pfs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_pfs VpnConnection#ike_pfs}.
        :param ike_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_version VpnConnection#ike_version}.
        :param local_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_id VpnConnection#local_id}.
        :param psk: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#psk VpnConnection#psk}.
        :param remote_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#remote_id VpnConnection#remote_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ea2734e53273fb5865f4edc1f327da2e8e4f9e7f5423a97cec355705877b6f8d)
            check_type(argname="argument ike_auth_alg", value=ike_auth_alg, expected_type=type_hints["ike_auth_alg"])
            check_type(argname="argument ike_enc_alg", value=ike_enc_alg, expected_type=type_hints["ike_enc_alg"])
            check_type(argname="argument ike_lifetime", value=ike_lifetime, expected_type=type_hints["ike_lifetime"])
            check_type(argname="argument ike_mode", value=ike_mode, expected_type=type_hints["ike_mode"])
            check_type(argname="argument ike_pfs", value=ike_pfs, expected_type=type_hints["ike_pfs"])
            check_type(argname="argument ike_version", value=ike_version, expected_type=type_hints["ike_version"])
            check_type(argname="argument local_id", value=local_id, expected_type=type_hints["local_id"])
            check_type(argname="argument psk", value=psk, expected_type=type_hints["psk"])
            check_type(argname="argument remote_id", value=remote_id, expected_type=type_hints["remote_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ike_auth_alg is not None:
            self._values["ike_auth_alg"] = ike_auth_alg
        if ike_enc_alg is not None:
            self._values["ike_enc_alg"] = ike_enc_alg
        if ike_lifetime is not None:
            self._values["ike_lifetime"] = ike_lifetime
        if ike_mode is not None:
            self._values["ike_mode"] = ike_mode
        if ike_pfs is not None:
            self._values["ike_pfs"] = ike_pfs
        if ike_version is not None:
            self._values["ike_version"] = ike_version
        if local_id is not None:
            self._values["local_id"] = local_id
        if psk is not None:
            self._values["psk"] = psk
        if remote_id is not None:
            self._values["remote_id"] = remote_id

    @builtins.property
    def ike_auth_alg(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_auth_alg VpnConnection#ike_auth_alg}.'''
        result = self._values.get("ike_auth_alg")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ike_enc_alg(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_enc_alg VpnConnection#ike_enc_alg}.'''
        result = self._values.get("ike_enc_alg")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ike_lifetime(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_lifetime VpnConnection#ike_lifetime}.'''
        result = self._values.get("ike_lifetime")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ike_mode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_mode VpnConnection#ike_mode}.'''
        result = self._values.get("ike_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ike_pfs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_pfs VpnConnection#ike_pfs}.'''
        result = self._values.get("ike_pfs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ike_version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ike_version VpnConnection#ike_version}.'''
        result = self._values.get("ike_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def local_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#local_id VpnConnection#local_id}.'''
        result = self._values.get("local_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def psk(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#psk VpnConnection#psk}.'''
        result = self._values.get("psk")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def remote_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#remote_id VpnConnection#remote_id}.'''
        result = self._values.get("remote_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VpnConnectionTunnelOptionsSpecificationTunnelIkeConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionTunnelOptionsSpecificationTunnelIkeConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f4a40f06e3bd258489789b4a412678f6e23b4ba991664d693c20d20621df513b)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetIkeAuthAlg")
    def reset_ike_auth_alg(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeAuthAlg", []))

    @jsii.member(jsii_name="resetIkeEncAlg")
    def reset_ike_enc_alg(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeEncAlg", []))

    @jsii.member(jsii_name="resetIkeLifetime")
    def reset_ike_lifetime(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeLifetime", []))

    @jsii.member(jsii_name="resetIkeMode")
    def reset_ike_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeMode", []))

    @jsii.member(jsii_name="resetIkePfs")
    def reset_ike_pfs(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkePfs", []))

    @jsii.member(jsii_name="resetIkeVersion")
    def reset_ike_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIkeVersion", []))

    @jsii.member(jsii_name="resetLocalId")
    def reset_local_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLocalId", []))

    @jsii.member(jsii_name="resetPsk")
    def reset_psk(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPsk", []))

    @jsii.member(jsii_name="resetRemoteId")
    def reset_remote_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRemoteId", []))

    @builtins.property
    @jsii.member(jsii_name="ikeAuthAlgInput")
    def ike_auth_alg_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ikeAuthAlgInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeEncAlgInput")
    def ike_enc_alg_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ikeEncAlgInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeLifetimeInput")
    def ike_lifetime_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ikeLifetimeInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeModeInput")
    def ike_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ikeModeInput"))

    @builtins.property
    @jsii.member(jsii_name="ikePfsInput")
    def ike_pfs_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ikePfsInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeVersionInput")
    def ike_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ikeVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="localIdInput")
    def local_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "localIdInput"))

    @builtins.property
    @jsii.member(jsii_name="pskInput")
    def psk_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "pskInput"))

    @builtins.property
    @jsii.member(jsii_name="remoteIdInput")
    def remote_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "remoteIdInput"))

    @builtins.property
    @jsii.member(jsii_name="ikeAuthAlg")
    def ike_auth_alg(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ikeAuthAlg"))

    @ike_auth_alg.setter
    def ike_auth_alg(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6d9ef4e052c7066b76972d3fb5b31950052012cba29994f83a69796404759ee9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikeAuthAlg", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ikeEncAlg")
    def ike_enc_alg(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ikeEncAlg"))

    @ike_enc_alg.setter
    def ike_enc_alg(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4d5aba60cef20565db03a68fd0d16457416b5a45907583c58a48bab67102a3f6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikeEncAlg", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ikeLifetime")
    def ike_lifetime(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ikeLifetime"))

    @ike_lifetime.setter
    def ike_lifetime(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__912ec6f544ee20d9071eacd3ef58ea04579d8ba3db5c63f2b9fe6fb6095dd85a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikeLifetime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ikeMode")
    def ike_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ikeMode"))

    @ike_mode.setter
    def ike_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c2943b73b6915a130a3569a70340cc4194d582cbb5c892b651cd3acf5e522aa8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikeMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ikePfs")
    def ike_pfs(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ikePfs"))

    @ike_pfs.setter
    def ike_pfs(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7dda88a804a58a6dec43b060355c7a658ed707bb6e35ec8e0dcd7351ea346b8d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikePfs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ikeVersion")
    def ike_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ikeVersion"))

    @ike_version.setter
    def ike_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d8583e19a47fa964d9875045264deef8b29eeb79923f1d72d8ed1a3ee3c3939)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ikeVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="localId")
    def local_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "localId"))

    @local_id.setter
    def local_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5d64a8567069d79bbd042bbf6ec79ad270f90549e55ab9569a537c3bde30b5e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "localId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="psk")
    def psk(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "psk"))

    @psk.setter
    def psk(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6c845c6b0341c538a0791f6eca7a33a0dbb1c2416e8d59f25f0c25c193671274)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "psk", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="remoteId")
    def remote_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "remoteId"))

    @remote_id.setter
    def remote_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3af5125c0fc00f86f0e552eecf09f5bbaf1014223f352c0cf814c11725e11b27)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "remoteId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig]:
        return typing.cast(typing.Optional[VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__268520af58171ff7a86440cd11fa54f0c3ab0a25d9ea937c2688aff374fca656)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig",
    jsii_struct_bases=[],
    name_mapping={
        "ipsec_auth_alg": "ipsecAuthAlg",
        "ipsec_enc_alg": "ipsecEncAlg",
        "ipsec_lifetime": "ipsecLifetime",
        "ipsec_pfs": "ipsecPfs",
    },
)
class VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig:
    def __init__(
        self,
        *,
        ipsec_auth_alg: typing.Optional[builtins.str] = None,
        ipsec_enc_alg: typing.Optional[builtins.str] = None,
        ipsec_lifetime: typing.Optional[jsii.Number] = None,
        ipsec_pfs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ipsec_auth_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_auth_alg VpnConnection#ipsec_auth_alg}.
        :param ipsec_enc_alg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_enc_alg VpnConnection#ipsec_enc_alg}.
        :param ipsec_lifetime: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_lifetime VpnConnection#ipsec_lifetime}.
        :param ipsec_pfs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_pfs VpnConnection#ipsec_pfs}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__af703d45291da1ed5a5fa2db8e211bfec5c7605ce3a20da4f88ff0562328dfac)
            check_type(argname="argument ipsec_auth_alg", value=ipsec_auth_alg, expected_type=type_hints["ipsec_auth_alg"])
            check_type(argname="argument ipsec_enc_alg", value=ipsec_enc_alg, expected_type=type_hints["ipsec_enc_alg"])
            check_type(argname="argument ipsec_lifetime", value=ipsec_lifetime, expected_type=type_hints["ipsec_lifetime"])
            check_type(argname="argument ipsec_pfs", value=ipsec_pfs, expected_type=type_hints["ipsec_pfs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ipsec_auth_alg is not None:
            self._values["ipsec_auth_alg"] = ipsec_auth_alg
        if ipsec_enc_alg is not None:
            self._values["ipsec_enc_alg"] = ipsec_enc_alg
        if ipsec_lifetime is not None:
            self._values["ipsec_lifetime"] = ipsec_lifetime
        if ipsec_pfs is not None:
            self._values["ipsec_pfs"] = ipsec_pfs

    @builtins.property
    def ipsec_auth_alg(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_auth_alg VpnConnection#ipsec_auth_alg}.'''
        result = self._values.get("ipsec_auth_alg")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ipsec_enc_alg(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_enc_alg VpnConnection#ipsec_enc_alg}.'''
        result = self._values.get("ipsec_enc_alg")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ipsec_lifetime(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_lifetime VpnConnection#ipsec_lifetime}.'''
        result = self._values.get("ipsec_lifetime")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ipsec_pfs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/vpn_connection#ipsec_pfs VpnConnection#ipsec_pfs}.'''
        result = self._values.get("ipsec_pfs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.vpnConnection.VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__32fc6f050028ca161eeb4aa387589333a51156a85e7a0626739f77ff127d43fa)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetIpsecAuthAlg")
    def reset_ipsec_auth_alg(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpsecAuthAlg", []))

    @jsii.member(jsii_name="resetIpsecEncAlg")
    def reset_ipsec_enc_alg(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpsecEncAlg", []))

    @jsii.member(jsii_name="resetIpsecLifetime")
    def reset_ipsec_lifetime(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpsecLifetime", []))

    @jsii.member(jsii_name="resetIpsecPfs")
    def reset_ipsec_pfs(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpsecPfs", []))

    @builtins.property
    @jsii.member(jsii_name="ipsecAuthAlgInput")
    def ipsec_auth_alg_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipsecAuthAlgInput"))

    @builtins.property
    @jsii.member(jsii_name="ipsecEncAlgInput")
    def ipsec_enc_alg_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipsecEncAlgInput"))

    @builtins.property
    @jsii.member(jsii_name="ipsecLifetimeInput")
    def ipsec_lifetime_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ipsecLifetimeInput"))

    @builtins.property
    @jsii.member(jsii_name="ipsecPfsInput")
    def ipsec_pfs_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipsecPfsInput"))

    @builtins.property
    @jsii.member(jsii_name="ipsecAuthAlg")
    def ipsec_auth_alg(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipsecAuthAlg"))

    @ipsec_auth_alg.setter
    def ipsec_auth_alg(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2f574646e8c963dac9a97c6a74220a0dfedecb83cf9e3de5169a401bd1eac8b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipsecAuthAlg", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipsecEncAlg")
    def ipsec_enc_alg(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipsecEncAlg"))

    @ipsec_enc_alg.setter
    def ipsec_enc_alg(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a7c8acf3954cebc31c22e904af1d606542ca61182cb7eab976d2a0704a5201eb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipsecEncAlg", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipsecLifetime")
    def ipsec_lifetime(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ipsecLifetime"))

    @ipsec_lifetime.setter
    def ipsec_lifetime(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9302acc631debcacc15f7b3426b8e4d7cbf5db9d644684e9e59dc8784ccdd512)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipsecLifetime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipsecPfs")
    def ipsec_pfs(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipsecPfs"))

    @ipsec_pfs.setter
    def ipsec_pfs(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ec1eb4463c86158792ef584e3bc7aaa0aa4962c4030c2c708c4f0eebe003fa62)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipsecPfs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig]:
        return typing.cast(typing.Optional[VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__349397e37eb5582433f57907204bb78ff063b67513de820414d532ea685a9650)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "VpnConnection",
    "VpnConnectionBgpConfig",
    "VpnConnectionBgpConfigOutputReference",
    "VpnConnectionConfig",
    "VpnConnectionHealthCheckConfig",
    "VpnConnectionHealthCheckConfigOutputReference",
    "VpnConnectionIkeConfig",
    "VpnConnectionIkeConfigOutputReference",
    "VpnConnectionIpsecConfig",
    "VpnConnectionIpsecConfigOutputReference",
    "VpnConnectionTimeouts",
    "VpnConnectionTimeoutsOutputReference",
    "VpnConnectionTunnelOptionsSpecification",
    "VpnConnectionTunnelOptionsSpecificationList",
    "VpnConnectionTunnelOptionsSpecificationOutputReference",
    "VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig",
    "VpnConnectionTunnelOptionsSpecificationTunnelBgpConfigOutputReference",
    "VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig",
    "VpnConnectionTunnelOptionsSpecificationTunnelIkeConfigOutputReference",
    "VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig",
    "VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfigOutputReference",
]

publication.publish()

def _typecheckingstub__4aeca460dd2feb747ece6b5d7883d3ff11498a8f4e348b0fd476611223ba2f0d(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    local_subnet: typing.Sequence[builtins.str],
    remote_subnet: typing.Sequence[builtins.str],
    vpn_gateway_id: builtins.str,
    auto_config_route: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    bgp_config: typing.Optional[typing.Union[VpnConnectionBgpConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    customer_gateway_id: typing.Optional[builtins.str] = None,
    effect_immediately: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enable_dpd: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enable_nat_traversal: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enable_tunnels_bgp: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    health_check_config: typing.Optional[typing.Union[VpnConnectionHealthCheckConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    ike_config: typing.Optional[typing.Union[VpnConnectionIkeConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    ipsec_config: typing.Optional[typing.Union[VpnConnectionIpsecConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    network_type: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    timeouts: typing.Optional[typing.Union[VpnConnectionTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
    tunnel_options_specification: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[VpnConnectionTunnelOptionsSpecification, typing.Dict[builtins.str, typing.Any]]]]] = None,
    vpn_connection_name: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__b9883c357d8ab424dd9f746d9c6615c73e56f37a23a4ceb81f3f79b77747be83(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__431ad09863014250a59afc9cf3577c920bb2f5f4a4cffebd7656fa10856e729f(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[VpnConnectionTunnelOptionsSpecification, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b2385afa69e04eb0913b9b0a656ad222db4c27a7538c4fb4c619701c72c026b(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5cc289072d688c09a5a6e869a5cc57c81f04081b1ed5d1b8fb6b40b0d59279ae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9b725f927381b4c46dbffdee45b7d3d1e602cac0e41412365d091a6db225fb7(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1fa7c314520f9d1811cbb22ebd8296d74a77a8765dfff22ef54a1101a91085b(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c360664e928cf6f66d5d9760e70825f52f2293235033f93d510b0d0e667391d5(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c6068b89bf116d3da0fbade99305fc7903be0b9397af286f7ef74efbe9503d5(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__740a07144bc51f6e7d76d1a1dd53e1637d689660cfc264f7d092cf1d9b9db1e2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c80cec6519582a55f6fd64e68c2a7d49f62287dbedb77bdf6b325bf224358e1(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f83134db0073e98ce3afd66a07f5ca04301b4f6c9e9876ba8b22c03c7aa730eb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f8524684cdcc031f9651fb009d062f3aa435d16eddea3e9ee956627bf474f1e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1cabe208ec57d9a752d9da5ef85193a1ddc8c58e32c8e2ed005e49043dfb704(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73182dacf180f3404b3974fb84882ea13c1f88e46464ee4367ea919d5c55e30f(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e053a60af00d6b005c3a8c25d8d985164d013912f0f0525d7f214c33d628a8a1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59636e14918f7229fee61337efe4b4ac5feb8db3c3231670c1e67c4b9e212ea3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0e38481ec5ca30cd68371e571db64e6d3f1017a9bbaf51bd95e0ab10d5d6573(
    *,
    enable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    local_asn: typing.Optional[builtins.str] = None,
    local_bgp_ip: typing.Optional[builtins.str] = None,
    tunnel_cidr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__966dec0aaa980a41fdee08d910fa754651c117589b0a58068fae2e0ba0518ff1(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8afa840bb19b6170dff9a7555d4e593194d8e8333fcac9772c265d2671a8576(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebccfa748268938d05f73f0a0f1c9519817991139b123161eb1bb0e1f01f5150(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2efc00228cb4c17ecc4670d40099e57a57825824c035ff5283be24040eaf0e1b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fda57be6dfb053cb57edfeb719500a09be765f4b92cbaad77b0a0000fc96a5c6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c3093edefa9348da0ebe2ea177619912fa2dc1b2067427f958b3237ea726adc(
    value: typing.Optional[VpnConnectionBgpConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84132c2590a9a5e1400c099b2d59a5d6e5e0519fb5df9aac7c685be1ac548841(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    local_subnet: typing.Sequence[builtins.str],
    remote_subnet: typing.Sequence[builtins.str],
    vpn_gateway_id: builtins.str,
    auto_config_route: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    bgp_config: typing.Optional[typing.Union[VpnConnectionBgpConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    customer_gateway_id: typing.Optional[builtins.str] = None,
    effect_immediately: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enable_dpd: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enable_nat_traversal: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enable_tunnels_bgp: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    health_check_config: typing.Optional[typing.Union[VpnConnectionHealthCheckConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    ike_config: typing.Optional[typing.Union[VpnConnectionIkeConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    ipsec_config: typing.Optional[typing.Union[VpnConnectionIpsecConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    network_type: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    timeouts: typing.Optional[typing.Union[VpnConnectionTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
    tunnel_options_specification: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[VpnConnectionTunnelOptionsSpecification, typing.Dict[builtins.str, typing.Any]]]]] = None,
    vpn_connection_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a5fb9d0e11ba73e3d27058cd7ba57c2c694842337a07c339217ac91e68a6f3a(
    *,
    dip: typing.Optional[builtins.str] = None,
    enable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    interval: typing.Optional[jsii.Number] = None,
    retry: typing.Optional[jsii.Number] = None,
    sip: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e057cbf09df440b3c2c4e6ed7df4ebb2906ffcbd471668fdd4d70f9b8c4e1a49(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ab98611360967e99a95b9fef64db5fdadf4ccc396148a8f3d551e44ceb66084(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ca5e3a76411a7de126e81ddda5a73532b92464e4409310a0d27bddeef50e21a(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a3cbe75bc92d7d44f0b71be19fda87d515aae4964f1ab82dc28a87e03a3eccc(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97f4a42f8d5e604a0e4feaf0971f200b2a918c8f94c3d9f41495efb123500fbc(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28ea419bfc28681bb99f32690a3af220fac5f89d3950cbf7c72d829f123f7f54(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63af9a26ad59727fcea7970ed6937f00f4d3b05f1fe4c070c2cad1d3ddbd4505(
    value: typing.Optional[VpnConnectionHealthCheckConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8563694091b45bede9291567359ba718aa183060b915d8c2c54db55893c5105d(
    *,
    ike_auth_alg: typing.Optional[builtins.str] = None,
    ike_enc_alg: typing.Optional[builtins.str] = None,
    ike_lifetime: typing.Optional[jsii.Number] = None,
    ike_local_id: typing.Optional[builtins.str] = None,
    ike_mode: typing.Optional[builtins.str] = None,
    ike_pfs: typing.Optional[builtins.str] = None,
    ike_remote_id: typing.Optional[builtins.str] = None,
    ike_version: typing.Optional[builtins.str] = None,
    psk: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41c18934b3964eda362abb2e67630277e2318b84e1a51b52c2589252902bd297(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80ce012759b6af7f80ed2dc3624e5ba655588c5d246f7f9469af24a6619cc850(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__054617e7ad2e347a4c3295e22964824b8795736af3e410b18369094cc1f35a98(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b002c1c0e45e7fb78b4d6639ddebf2d8622fe243f8cfc799e426c0039c3f386(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad27d69f8275c52f2a83151e5d691627c53dc6de74954770e6ef7ddecf9db530(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66b560ce1f79105686aa178b4f24a0e5db4332fb72d02c6e733e0f49a0ca632e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__041f8fd232b3244cc09f0a7fea4dcef2432440411ee9d3ea5528d2528dfacb6e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00dfdae71033ccbd98862252a3bb0796ca1318da00772acfeecfea7db459edc6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d28c76f8491f473de528d33ab76d1c071ead08cbf4a116121d0afd8549f6fe24(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae22996211e4cc4501806a24609d984abe5f6e6a366e68bbc0cae49473d0f9bb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e63f0fbf523e0d39f4bda4c57e3e9dc120bea55eda55e8d075faee1e249afe49(
    value: typing.Optional[VpnConnectionIkeConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9aeb7bde89fc4f961060f407dfba059bc86185e37a66106564474ff4e3d0f17(
    *,
    ipsec_auth_alg: typing.Optional[builtins.str] = None,
    ipsec_enc_alg: typing.Optional[builtins.str] = None,
    ipsec_lifetime: typing.Optional[jsii.Number] = None,
    ipsec_pfs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1bbd1d7d425666cca0ebc995397edfc215eaeef20c83df911d6c5152bc1b9383(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40028d7ba9fe994b83796a227c99cae1067dfb78f731e14bbe8f14e259a4aa99(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b3ef75deba445cd7d6731bb6527ff59f050002e82b40b4c3fc815437a2f131d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ada87c57d59bd94f4c26e81bb028830a783cafaf8f59ca1c81e3404fe372e6db(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9fa19f6e96fea9ec77a1e636a0cc8631ba1052ccc306adab211801457cf11427(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f09e70b4b9ea758234ff389fc3771d0d9f2188e260d5e2f2521adbc1c0f8c6f8(
    value: typing.Optional[VpnConnectionIpsecConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__446a5dd5cf242bcbbfcdbdb35ded6c43607be363395727ee586476ceaa5879d0(
    *,
    create: typing.Optional[builtins.str] = None,
    delete: typing.Optional[builtins.str] = None,
    update: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36db7e5e44bb811721195c1e6b2e675e90885d8cc4f3bba8d7c1abb53a9b8b26(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d02f976b95e68bf7d52d6bd815207d1dc3a2498c2505bb24d81788ee7981206(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b7a580fa66925470dff767bbc01a24a47721d54e6b4d4c8ff71f138ede66a97(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b95eadb1c5d4615ce0ce59b7ba12d9a760f9e740aa3b482f7fc82821ab19faa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea76a9dc81cf42dfd6cc82f7648b2ebffb9e21340c2146afbce14f7fdf15bdbc(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, VpnConnectionTimeouts]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62c3c49e4c2d6124406fb259a678e241e4898af28f3a734c6f26c08c5f13ca37(
    *,
    customer_gateway_id: typing.Optional[builtins.str] = None,
    enable_dpd: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enable_nat_traversal: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    role: typing.Optional[builtins.str] = None,
    tunnel_bgp_config: typing.Optional[typing.Union[VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    tunnel_ike_config: typing.Optional[typing.Union[VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    tunnel_ipsec_config: typing.Optional[typing.Union[VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5ee1296d4d59d6c535a23b9b84fdb22f7ae09c9d098e4d7c886895aa7934e74(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0eab0030291a3e27de2eef49358f734966bc61afeadbb6c8ee884027a1c37d63(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b556a38cae800ebdcb97f863f7e1a7e4a43c1a3782bfc0936dd6c597243722d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6aaa69efd9b4432b0a21c113b4f4d8af55fc3a071326b0b79ac5469cecfde27(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04399dd4ea1cb2835ec3972229636499a5eaa844fb7e887e313ea00b9f05a009(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70732dd2dc08959c0dd28f95e765d4e01ea9d8185d5917f8d7ec5969b7e7efeb(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[VpnConnectionTunnelOptionsSpecification]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8187ff3fc723d28f68d53cae7712a3113f2feda31814ae8e1f9a068a3aaedf39(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be1e3e2bd151d6a348942d991161629c5466a8443a4f32980d43668f039675ab(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44416021c6e9e848ace7767b4733409fd93b864c6a6e6aea0efde97f2a17539c(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b311e634c4ae6658cf4ba37d61d53ac75bdefb86dfa3c825fdbabef3461f02d1(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4eec3ea30b51851c5baad8b0b16ff4cbf3ca216b8fdb1379ae9962fc6b7f7fa0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca92b628e1164622fe9fdefa846a224187f4b6b4dc77b779000a5b8ab21c9a93(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, VpnConnectionTunnelOptionsSpecification]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99a0b54d96ebb5777066f84b541b0aaf9f7594de957709e01e4d82d3a3139ce1(
    *,
    local_asn: typing.Optional[builtins.str] = None,
    local_bgp_ip: typing.Optional[builtins.str] = None,
    tunnel_cidr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bb5e6c836587f93f37ca550fe43247365c1b472d09bcc9c28b995fe59efb8c4(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17f9d96edcf512d731d48dbef0618a2abeb253ac0560ea49e773cd63da4646f0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__412fe1e21eb1b3dcb51e21d4b1f5a1cf9075c48066dff9b0bd6fb4d3d706fe19(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75c24fcd4c873f32173529900460db2788c32b5fe6b645b6a6d2bb85ed86507c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c6ed99f0a6f45629bf3e7fefc3fefedcc23bdcf17f7a0f0daa4f186aa991279(
    value: typing.Optional[VpnConnectionTunnelOptionsSpecificationTunnelBgpConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea2734e53273fb5865f4edc1f327da2e8e4f9e7f5423a97cec355705877b6f8d(
    *,
    ike_auth_alg: typing.Optional[builtins.str] = None,
    ike_enc_alg: typing.Optional[builtins.str] = None,
    ike_lifetime: typing.Optional[jsii.Number] = None,
    ike_mode: typing.Optional[builtins.str] = None,
    ike_pfs: typing.Optional[builtins.str] = None,
    ike_version: typing.Optional[builtins.str] = None,
    local_id: typing.Optional[builtins.str] = None,
    psk: typing.Optional[builtins.str] = None,
    remote_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4a40f06e3bd258489789b4a412678f6e23b4ba991664d693c20d20621df513b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d9ef4e052c7066b76972d3fb5b31950052012cba29994f83a69796404759ee9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d5aba60cef20565db03a68fd0d16457416b5a45907583c58a48bab67102a3f6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__912ec6f544ee20d9071eacd3ef58ea04579d8ba3db5c63f2b9fe6fb6095dd85a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2943b73b6915a130a3569a70340cc4194d582cbb5c892b651cd3acf5e522aa8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7dda88a804a58a6dec43b060355c7a658ed707bb6e35ec8e0dcd7351ea346b8d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d8583e19a47fa964d9875045264deef8b29eeb79923f1d72d8ed1a3ee3c3939(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d64a8567069d79bbd042bbf6ec79ad270f90549e55ab9569a537c3bde30b5e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c845c6b0341c538a0791f6eca7a33a0dbb1c2416e8d59f25f0c25c193671274(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3af5125c0fc00f86f0e552eecf09f5bbaf1014223f352c0cf814c11725e11b27(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__268520af58171ff7a86440cd11fa54f0c3ab0a25d9ea937c2688aff374fca656(
    value: typing.Optional[VpnConnectionTunnelOptionsSpecificationTunnelIkeConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af703d45291da1ed5a5fa2db8e211bfec5c7605ce3a20da4f88ff0562328dfac(
    *,
    ipsec_auth_alg: typing.Optional[builtins.str] = None,
    ipsec_enc_alg: typing.Optional[builtins.str] = None,
    ipsec_lifetime: typing.Optional[jsii.Number] = None,
    ipsec_pfs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32fc6f050028ca161eeb4aa387589333a51156a85e7a0626739f77ff127d43fa(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f574646e8c963dac9a97c6a74220a0dfedecb83cf9e3de5169a401bd1eac8b5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7c8acf3954cebc31c22e904af1d606542ca61182cb7eab976d2a0704a5201eb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9302acc631debcacc15f7b3426b8e4d7cbf5db9d644684e9e59dc8784ccdd512(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec1eb4463c86158792ef584e3bc7aaa0aa4962c4030c2c708c4f0eebe003fa62(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__349397e37eb5582433f57907204bb78ff063b67513de820414d532ea685a9650(
    value: typing.Optional[VpnConnectionTunnelOptionsSpecificationTunnelIpsecConfig],
) -> None:
    """Type checking stubs"""
    pass
