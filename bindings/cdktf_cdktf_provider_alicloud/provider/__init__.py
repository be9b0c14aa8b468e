r'''
# `provider`

Refer to the Terraform Registry for docs: [`alicloud`](https://registry.terraform.io/providers/aliyun/alicloud/latest/docs).
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


class AlicloudProvider(
    _cdktf_9a9027ec.TerraformProvider,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.provider.AlicloudProvider",
):
    '''Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs alicloud}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        access_key: typing.Optional[builtins.str] = None,
        account_id: typing.Optional[builtins.str] = None,
        account_type: typing.Optional[builtins.str] = None,
        alias: typing.Optional[builtins.str] = None,
        assume_role: typing.Optional[typing.Union["AlicloudProviderAssumeRole", typing.Dict[builtins.str, typing.Any]]] = None,
        assume_role_with_oidc: typing.Optional[typing.Union["AlicloudProviderAssumeRoleWithOidc", typing.Dict[builtins.str, typing.Any]]] = None,
        client_connect_timeout: typing.Optional[jsii.Number] = None,
        client_read_timeout: typing.Optional[jsii.Number] = None,
        configuration_source: typing.Optional[builtins.str] = None,
        credentials_uri: typing.Optional[builtins.str] = None,
        ecs_role_name: typing.Optional[builtins.str] = None,
        endpoints: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AlicloudProviderEndpoints", typing.Dict[builtins.str, typing.Any]]]]] = None,
        fc: typing.Optional[builtins.str] = None,
        features: typing.Optional[typing.Union["AlicloudProviderFeatures", typing.Dict[builtins.str, typing.Any]]] = None,
        log_endpoint: typing.Optional[builtins.str] = None,
        max_retry_timeout: typing.Optional[jsii.Number] = None,
        mns_endpoint: typing.Optional[builtins.str] = None,
        ots_instance_name: typing.Optional[builtins.str] = None,
        profile: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        secret_key: typing.Optional[builtins.str] = None,
        secure_transport: typing.Optional[builtins.str] = None,
        security_token: typing.Optional[builtins.str] = None,
        security_transport: typing.Optional[builtins.str] = None,
        shared_credentials_file: typing.Optional[builtins.str] = None,
        sign_version: typing.Optional[typing.Union["AlicloudProviderSignVersion", typing.Dict[builtins.str, typing.Any]]] = None,
        skip_region_validation: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        source_ip: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs alicloud} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param access_key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#access_key AlicloudProvider#access_key}.
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#account_id AlicloudProvider#account_id}.
        :param account_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#account_type AlicloudProvider#account_type}.
        :param alias: Alias name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#alias AlicloudProvider#alias}
        :param assume_role: assume_role block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#assume_role AlicloudProvider#assume_role}
        :param assume_role_with_oidc: assume_role_with_oidc block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#assume_role_with_oidc AlicloudProvider#assume_role_with_oidc}
        :param client_connect_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#client_connect_timeout AlicloudProvider#client_connect_timeout}.
        :param client_read_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#client_read_timeout AlicloudProvider#client_read_timeout}.
        :param configuration_source: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#configuration_source AlicloudProvider#configuration_source}.
        :param credentials_uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#credentials_uri AlicloudProvider#credentials_uri}.
        :param ecs_role_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#ecs_role_name AlicloudProvider#ecs_role_name}.
        :param endpoints: endpoints block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#endpoints AlicloudProvider#endpoints}
        :param fc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#fc AlicloudProvider#fc}.
        :param features: features block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#features AlicloudProvider#features}
        :param log_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#log_endpoint AlicloudProvider#log_endpoint}.
        :param max_retry_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#max_retry_timeout AlicloudProvider#max_retry_timeout}.
        :param mns_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#mns_endpoint AlicloudProvider#mns_endpoint}.
        :param ots_instance_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#ots_instance_name AlicloudProvider#ots_instance_name}.
        :param profile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#profile AlicloudProvider#profile}.
        :param protocol: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#protocol AlicloudProvider#protocol}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#region AlicloudProvider#region}.
        :param secret_key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#secret_key AlicloudProvider#secret_key}.
        :param secure_transport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#secure_transport AlicloudProvider#secure_transport}.
        :param security_token: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#security_token AlicloudProvider#security_token}.
        :param security_transport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#security_transport AlicloudProvider#security_transport}.
        :param shared_credentials_file: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#shared_credentials_file AlicloudProvider#shared_credentials_file}.
        :param sign_version: sign_version block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#sign_version AlicloudProvider#sign_version}
        :param skip_region_validation: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#skip_region_validation AlicloudProvider#skip_region_validation}.
        :param source_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#source_ip AlicloudProvider#source_ip}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__21e9867851404dfde7a2303cec8c80cb56b6d598379b3e1aa680de7e84e2d326)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = AlicloudProviderConfig(
            access_key=access_key,
            account_id=account_id,
            account_type=account_type,
            alias=alias,
            assume_role=assume_role,
            assume_role_with_oidc=assume_role_with_oidc,
            client_connect_timeout=client_connect_timeout,
            client_read_timeout=client_read_timeout,
            configuration_source=configuration_source,
            credentials_uri=credentials_uri,
            ecs_role_name=ecs_role_name,
            endpoints=endpoints,
            fc=fc,
            features=features,
            log_endpoint=log_endpoint,
            max_retry_timeout=max_retry_timeout,
            mns_endpoint=mns_endpoint,
            ots_instance_name=ots_instance_name,
            profile=profile,
            protocol=protocol,
            region=region,
            secret_key=secret_key,
            secure_transport=secure_transport,
            security_token=security_token,
            security_transport=security_transport,
            shared_credentials_file=shared_credentials_file,
            sign_version=sign_version,
            skip_region_validation=skip_region_validation,
            source_ip=source_ip,
        )

        jsii.create(self.__class__, self, [scope, id, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a AlicloudProvider resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the AlicloudProvider to import.
        :param import_from_id: The id of the existing AlicloudProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the AlicloudProvider to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a31a4b5f6c127cddbc5bbe5ac8c7a90d5bc087270491dbfb6b694f817fd4144)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAccessKey")
    def reset_access_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccessKey", []))

    @jsii.member(jsii_name="resetAccountId")
    def reset_account_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccountId", []))

    @jsii.member(jsii_name="resetAccountType")
    def reset_account_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccountType", []))

    @jsii.member(jsii_name="resetAlias")
    def reset_alias(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAlias", []))

    @jsii.member(jsii_name="resetAssumeRole")
    def reset_assume_role(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumeRole", []))

    @jsii.member(jsii_name="resetAssumeRoleWithOidc")
    def reset_assume_role_with_oidc(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumeRoleWithOidc", []))

    @jsii.member(jsii_name="resetClientConnectTimeout")
    def reset_client_connect_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientConnectTimeout", []))

    @jsii.member(jsii_name="resetClientReadTimeout")
    def reset_client_read_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientReadTimeout", []))

    @jsii.member(jsii_name="resetConfigurationSource")
    def reset_configuration_source(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConfigurationSource", []))

    @jsii.member(jsii_name="resetCredentialsUri")
    def reset_credentials_uri(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCredentialsUri", []))

    @jsii.member(jsii_name="resetEcsRoleName")
    def reset_ecs_role_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEcsRoleName", []))

    @jsii.member(jsii_name="resetEndpoints")
    def reset_endpoints(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEndpoints", []))

    @jsii.member(jsii_name="resetFc")
    def reset_fc(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFc", []))

    @jsii.member(jsii_name="resetFeatures")
    def reset_features(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFeatures", []))

    @jsii.member(jsii_name="resetLogEndpoint")
    def reset_log_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLogEndpoint", []))

    @jsii.member(jsii_name="resetMaxRetryTimeout")
    def reset_max_retry_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxRetryTimeout", []))

    @jsii.member(jsii_name="resetMnsEndpoint")
    def reset_mns_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMnsEndpoint", []))

    @jsii.member(jsii_name="resetOtsInstanceName")
    def reset_ots_instance_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOtsInstanceName", []))

    @jsii.member(jsii_name="resetProfile")
    def reset_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProfile", []))

    @jsii.member(jsii_name="resetProtocol")
    def reset_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProtocol", []))

    @jsii.member(jsii_name="resetRegion")
    def reset_region(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRegion", []))

    @jsii.member(jsii_name="resetSecretKey")
    def reset_secret_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecretKey", []))

    @jsii.member(jsii_name="resetSecureTransport")
    def reset_secure_transport(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecureTransport", []))

    @jsii.member(jsii_name="resetSecurityToken")
    def reset_security_token(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityToken", []))

    @jsii.member(jsii_name="resetSecurityTransport")
    def reset_security_transport(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityTransport", []))

    @jsii.member(jsii_name="resetSharedCredentialsFile")
    def reset_shared_credentials_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSharedCredentialsFile", []))

    @jsii.member(jsii_name="resetSignVersion")
    def reset_sign_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSignVersion", []))

    @jsii.member(jsii_name="resetSkipRegionValidation")
    def reset_skip_region_validation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkipRegionValidation", []))

    @jsii.member(jsii_name="resetSourceIp")
    def reset_source_ip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSourceIp", []))

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
    @jsii.member(jsii_name="accessKeyInput")
    def access_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accessKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="accountIdInput")
    def account_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountIdInput"))

    @builtins.property
    @jsii.member(jsii_name="accountTypeInput")
    def account_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="aliasInput")
    def alias_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aliasInput"))

    @builtins.property
    @jsii.member(jsii_name="assumeRoleInput")
    def assume_role_input(self) -> typing.Optional["AlicloudProviderAssumeRole"]:
        return typing.cast(typing.Optional["AlicloudProviderAssumeRole"], jsii.get(self, "assumeRoleInput"))

    @builtins.property
    @jsii.member(jsii_name="assumeRoleWithOidcInput")
    def assume_role_with_oidc_input(
        self,
    ) -> typing.Optional["AlicloudProviderAssumeRoleWithOidc"]:
        return typing.cast(typing.Optional["AlicloudProviderAssumeRoleWithOidc"], jsii.get(self, "assumeRoleWithOidcInput"))

    @builtins.property
    @jsii.member(jsii_name="clientConnectTimeoutInput")
    def client_connect_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clientConnectTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="clientReadTimeoutInput")
    def client_read_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clientReadTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="configurationSourceInput")
    def configuration_source_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "configurationSourceInput"))

    @builtins.property
    @jsii.member(jsii_name="credentialsUriInput")
    def credentials_uri_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "credentialsUriInput"))

    @builtins.property
    @jsii.member(jsii_name="ecsRoleNameInput")
    def ecs_role_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ecsRoleNameInput"))

    @builtins.property
    @jsii.member(jsii_name="endpointsInput")
    def endpoints_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]], jsii.get(self, "endpointsInput"))

    @builtins.property
    @jsii.member(jsii_name="fcInput")
    def fc_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fcInput"))

    @builtins.property
    @jsii.member(jsii_name="featuresInput")
    def features_input(self) -> typing.Optional["AlicloudProviderFeatures"]:
        return typing.cast(typing.Optional["AlicloudProviderFeatures"], jsii.get(self, "featuresInput"))

    @builtins.property
    @jsii.member(jsii_name="logEndpointInput")
    def log_endpoint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "logEndpointInput"))

    @builtins.property
    @jsii.member(jsii_name="maxRetryTimeoutInput")
    def max_retry_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxRetryTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="mnsEndpointInput")
    def mns_endpoint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mnsEndpointInput"))

    @builtins.property
    @jsii.member(jsii_name="otsInstanceNameInput")
    def ots_instance_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "otsInstanceNameInput"))

    @builtins.property
    @jsii.member(jsii_name="profileInput")
    def profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "profileInput"))

    @builtins.property
    @jsii.member(jsii_name="protocolInput")
    def protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "protocolInput"))

    @builtins.property
    @jsii.member(jsii_name="regionInput")
    def region_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "regionInput"))

    @builtins.property
    @jsii.member(jsii_name="secretKeyInput")
    def secret_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secretKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="secureTransportInput")
    def secure_transport_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secureTransportInput"))

    @builtins.property
    @jsii.member(jsii_name="securityTokenInput")
    def security_token_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityTokenInput"))

    @builtins.property
    @jsii.member(jsii_name="securityTransportInput")
    def security_transport_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityTransportInput"))

    @builtins.property
    @jsii.member(jsii_name="sharedCredentialsFileInput")
    def shared_credentials_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sharedCredentialsFileInput"))

    @builtins.property
    @jsii.member(jsii_name="signVersionInput")
    def sign_version_input(self) -> typing.Optional["AlicloudProviderSignVersion"]:
        return typing.cast(typing.Optional["AlicloudProviderSignVersion"], jsii.get(self, "signVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="skipRegionValidationInput")
    def skip_region_validation_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "skipRegionValidationInput"))

    @builtins.property
    @jsii.member(jsii_name="sourceIpInput")
    def source_ip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sourceIpInput"))

    @builtins.property
    @jsii.member(jsii_name="accessKey")
    def access_key(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accessKey"))

    @access_key.setter
    def access_key(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab6e742c799bb2ff2100e371b80cbdf7688fcf6aaf39daf65ae68575a75ad937)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accessKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f36a0eaa1b89858584cf24a07a3b932f53ff7e3db74ad4abac1aefa0c6ab3202)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="accountType")
    def account_type(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountType"))

    @account_type.setter
    def account_type(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d807be337f91d56a8b75be029dd83f4c1061cc4478f81bf857c8b4c1b1e88758)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="alias")
    def alias(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "alias"))

    @alias.setter
    def alias(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e53b95df089b89b1efa5408d7d9ba7a33c026cc316254ad44f4e2daa37e2ae5e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "alias", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRole")
    def assume_role(self) -> typing.Optional["AlicloudProviderAssumeRole"]:
        return typing.cast(typing.Optional["AlicloudProviderAssumeRole"], jsii.get(self, "assumeRole"))

    @assume_role.setter
    def assume_role(self, value: typing.Optional["AlicloudProviderAssumeRole"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2f9bcfa285a5fadd56aeaae4b49dffd2d35417bae420ca7f0d65bb8c9b19e8ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleWithOidc")
    def assume_role_with_oidc(
        self,
    ) -> typing.Optional["AlicloudProviderAssumeRoleWithOidc"]:
        return typing.cast(typing.Optional["AlicloudProviderAssumeRoleWithOidc"], jsii.get(self, "assumeRoleWithOidc"))

    @assume_role_with_oidc.setter
    def assume_role_with_oidc(
        self,
        value: typing.Optional["AlicloudProviderAssumeRoleWithOidc"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__177b3be621445c3ff478f21ec068d975d684afeae2e3a47236767e80d14bdb84)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleWithOidc", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientConnectTimeout")
    def client_connect_timeout(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clientConnectTimeout"))

    @client_connect_timeout.setter
    def client_connect_timeout(self, value: typing.Optional[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__37cb3b41e1db6533e76fcf84edabe65033797d69f77cb9cfd73f8a92d7a30d4d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientConnectTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientReadTimeout")
    def client_read_timeout(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clientReadTimeout"))

    @client_read_timeout.setter
    def client_read_timeout(self, value: typing.Optional[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d2fbadb5e13eadd358dc2023324a500e3f01a4fe9f164c5342d8968e1daaf547)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientReadTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="configurationSource")
    def configuration_source(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "configurationSource"))

    @configuration_source.setter
    def configuration_source(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e6b72e202ea8792a1097a65db75de02fe0d1e32a0d101c82fc14c184fcd1315d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "configurationSource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="credentialsUri")
    def credentials_uri(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "credentialsUri"))

    @credentials_uri.setter
    def credentials_uri(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__54d6a4457b8e0e93c8612ce331fb595356a4cec29e28c1d2b1f5b826d84d4b5c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "credentialsUri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ecsRoleName")
    def ecs_role_name(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ecsRoleName"))

    @ecs_role_name.setter
    def ecs_role_name(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__887d8d79f99daf66e47babcc891631b592e98ef00fda13dc78d3e0b97a8b4aa4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ecsRoleName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="endpoints")
    def endpoints(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]], jsii.get(self, "endpoints"))

    @endpoints.setter
    def endpoints(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c36c5aed026b7bff1fb0ebbf0a5340053682e11fb09df285dc781ba8b2185de)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "endpoints", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fc")
    def fc(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fc"))

    @fc.setter
    def fc(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d26396286e1c9fb5fbaef3732fcf852db2a7b7dcaf801d2a5f7b5e579380c46)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fc", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="features")
    def features(self) -> typing.Optional["AlicloudProviderFeatures"]:
        return typing.cast(typing.Optional["AlicloudProviderFeatures"], jsii.get(self, "features"))

    @features.setter
    def features(self, value: typing.Optional["AlicloudProviderFeatures"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c7593b2f4c62360eb22e3fa645a82b5bcbead19645332d8e29dfdf53d748bbbe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "features", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="logEndpoint")
    def log_endpoint(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "logEndpoint"))

    @log_endpoint.setter
    def log_endpoint(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eba21b894b9834e376883d31ce3c9a29ad9091d8e8dacd6999ad5d535417b81c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "logEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxRetryTimeout")
    def max_retry_timeout(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxRetryTimeout"))

    @max_retry_timeout.setter
    def max_retry_timeout(self, value: typing.Optional[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7f4a2dc05fda890a5b1333a234e8b76220d3cf7d710cd8b2fa3a09a77962a7f7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxRetryTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mnsEndpoint")
    def mns_endpoint(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mnsEndpoint"))

    @mns_endpoint.setter
    def mns_endpoint(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d52a0221c3b70629f25097e9c8b1993bd007448275f7f3bb1f4690551734e658)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mnsEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="otsInstanceName")
    def ots_instance_name(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "otsInstanceName"))

    @ots_instance_name.setter
    def ots_instance_name(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4ece689f593d15460d876335a2b6b954d77d03f8d044237ee65d986850e2a0e8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "otsInstanceName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="profile")
    def profile(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "profile"))

    @profile.setter
    def profile(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__23952a28cefdaba72dd42df1fc76c94895a8ec3ccaaeea86cb60c7dced6f1287)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "profile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="protocol")
    def protocol(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "protocol"))

    @protocol.setter
    def protocol(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c8750b4733f2858fbb300c8a1e0d376927e9124b0ecc73f36cbb5206f72f3e17)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "protocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "region"))

    @region.setter
    def region(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4f01eca98066a0398ffffad3e5e56475a03aaf87dbd0e81f3532891b04c6bb7b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "region", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secretKey")
    def secret_key(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secretKey"))

    @secret_key.setter
    def secret_key(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b46705d868d28347f9a90892c379ed0b2973f3345fae32d65c1bd85ac8b50b0f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secretKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secureTransport")
    def secure_transport(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secureTransport"))

    @secure_transport.setter
    def secure_transport(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b94391719533b439914c2a831ffdee2f45942fe04c8f21d40213c7b9ad5ecc5c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secureTransport", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityToken")
    def security_token(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityToken"))

    @security_token.setter
    def security_token(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5202ec2071c447b55d90e98126544c09beff49f7cabc674a74a7948d509aa478)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityToken", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityTransport")
    def security_transport(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityTransport"))

    @security_transport.setter
    def security_transport(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5cc0a235a106189ff74fc919bf22cf4b8693fd14a7ce7ff6fbb1efb7170409e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityTransport", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sharedCredentialsFile")
    def shared_credentials_file(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sharedCredentialsFile"))

    @shared_credentials_file.setter
    def shared_credentials_file(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9dcc118dfc64b017ef604b4e5caa86ed5915807186097f6b4c24bdb5c17a78ac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sharedCredentialsFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signVersion")
    def sign_version(self) -> typing.Optional["AlicloudProviderSignVersion"]:
        return typing.cast(typing.Optional["AlicloudProviderSignVersion"], jsii.get(self, "signVersion"))

    @sign_version.setter
    def sign_version(
        self,
        value: typing.Optional["AlicloudProviderSignVersion"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c40047f8c76f644f3e7dd93cc7949d3e39f301121e304a3f0988de85788cba1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skipRegionValidation")
    def skip_region_validation(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "skipRegionValidation"))

    @skip_region_validation.setter
    def skip_region_validation(
        self,
        value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7dae5076ecc3d5ed4c53225801f7a08e5301fe42e50b67b48ac781b701bf6939)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipRegionValidation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sourceIp")
    def source_ip(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sourceIp"))

    @source_ip.setter
    def source_ip(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7bd916485ee0bf692e04fde156925751724405614e20e5ee645bd266dee14f1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sourceIp", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.provider.AlicloudProviderAssumeRole",
    jsii_struct_bases=[],
    name_mapping={
        "role_arn": "roleArn",
        "external_id": "externalId",
        "policy": "policy",
        "session_expiration": "sessionExpiration",
        "session_name": "sessionName",
    },
)
class AlicloudProviderAssumeRole:
    def __init__(
        self,
        *,
        role_arn: builtins.str,
        external_id: typing.Optional[builtins.str] = None,
        policy: typing.Optional[builtins.str] = None,
        session_expiration: typing.Optional[jsii.Number] = None,
        session_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#role_arn AlicloudProvider#role_arn}.
        :param external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#external_id AlicloudProvider#external_id}.
        :param policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#policy AlicloudProvider#policy}.
        :param session_expiration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#session_expiration AlicloudProvider#session_expiration}.
        :param session_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#session_name AlicloudProvider#session_name}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1cf74ef6c31d66989e6d1b812acb47a30c48eb6eb44f89dc8f3ee483d03924b9)
            check_type(argname="argument role_arn", value=role_arn, expected_type=type_hints["role_arn"])
            check_type(argname="argument external_id", value=external_id, expected_type=type_hints["external_id"])
            check_type(argname="argument policy", value=policy, expected_type=type_hints["policy"])
            check_type(argname="argument session_expiration", value=session_expiration, expected_type=type_hints["session_expiration"])
            check_type(argname="argument session_name", value=session_name, expected_type=type_hints["session_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "role_arn": role_arn,
        }
        if external_id is not None:
            self._values["external_id"] = external_id
        if policy is not None:
            self._values["policy"] = policy
        if session_expiration is not None:
            self._values["session_expiration"] = session_expiration
        if session_name is not None:
            self._values["session_name"] = session_name

    @builtins.property
    def role_arn(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#role_arn AlicloudProvider#role_arn}.'''
        result = self._values.get("role_arn")
        assert result is not None, "Required property 'role_arn' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def external_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#external_id AlicloudProvider#external_id}.'''
        result = self._values.get("external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def policy(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#policy AlicloudProvider#policy}.'''
        result = self._values.get("policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_expiration(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#session_expiration AlicloudProvider#session_expiration}.'''
        result = self._values.get("session_expiration")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def session_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#session_name AlicloudProvider#session_name}.'''
        result = self._values.get("session_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AlicloudProviderAssumeRole(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.provider.AlicloudProviderAssumeRoleWithOidc",
    jsii_struct_bases=[],
    name_mapping={
        "oidc_provider_arn": "oidcProviderArn",
        "oidc_token": "oidcToken",
        "oidc_token_file": "oidcTokenFile",
        "policy": "policy",
        "role_arn": "roleArn",
        "role_session_name": "roleSessionName",
        "session_expiration": "sessionExpiration",
    },
)
class AlicloudProviderAssumeRoleWithOidc:
    def __init__(
        self,
        *,
        oidc_provider_arn: typing.Optional[builtins.str] = None,
        oidc_token: typing.Optional[builtins.str] = None,
        oidc_token_file: typing.Optional[builtins.str] = None,
        policy: typing.Optional[builtins.str] = None,
        role_arn: typing.Optional[builtins.str] = None,
        role_session_name: typing.Optional[builtins.str] = None,
        session_expiration: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param oidc_provider_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#oidc_provider_arn AlicloudProvider#oidc_provider_arn}.
        :param oidc_token: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#oidc_token AlicloudProvider#oidc_token}.
        :param oidc_token_file: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#oidc_token_file AlicloudProvider#oidc_token_file}.
        :param policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#policy AlicloudProvider#policy}.
        :param role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#role_arn AlicloudProvider#role_arn}.
        :param role_session_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#role_session_name AlicloudProvider#role_session_name}.
        :param session_expiration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#session_expiration AlicloudProvider#session_expiration}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cf9e6c247a8c3f4b62cb4b65354ac2eadf5337b816d6fa7d58593fbf615b1de3)
            check_type(argname="argument oidc_provider_arn", value=oidc_provider_arn, expected_type=type_hints["oidc_provider_arn"])
            check_type(argname="argument oidc_token", value=oidc_token, expected_type=type_hints["oidc_token"])
            check_type(argname="argument oidc_token_file", value=oidc_token_file, expected_type=type_hints["oidc_token_file"])
            check_type(argname="argument policy", value=policy, expected_type=type_hints["policy"])
            check_type(argname="argument role_arn", value=role_arn, expected_type=type_hints["role_arn"])
            check_type(argname="argument role_session_name", value=role_session_name, expected_type=type_hints["role_session_name"])
            check_type(argname="argument session_expiration", value=session_expiration, expected_type=type_hints["session_expiration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if oidc_provider_arn is not None:
            self._values["oidc_provider_arn"] = oidc_provider_arn
        if oidc_token is not None:
            self._values["oidc_token"] = oidc_token
        if oidc_token_file is not None:
            self._values["oidc_token_file"] = oidc_token_file
        if policy is not None:
            self._values["policy"] = policy
        if role_arn is not None:
            self._values["role_arn"] = role_arn
        if role_session_name is not None:
            self._values["role_session_name"] = role_session_name
        if session_expiration is not None:
            self._values["session_expiration"] = session_expiration

    @builtins.property
    def oidc_provider_arn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#oidc_provider_arn AlicloudProvider#oidc_provider_arn}.'''
        result = self._values.get("oidc_provider_arn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oidc_token(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#oidc_token AlicloudProvider#oidc_token}.'''
        result = self._values.get("oidc_token")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oidc_token_file(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#oidc_token_file AlicloudProvider#oidc_token_file}.'''
        result = self._values.get("oidc_token_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def policy(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#policy AlicloudProvider#policy}.'''
        result = self._values.get("policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role_arn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#role_arn AlicloudProvider#role_arn}.'''
        result = self._values.get("role_arn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role_session_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#role_session_name AlicloudProvider#role_session_name}.'''
        result = self._values.get("role_session_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_expiration(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#session_expiration AlicloudProvider#session_expiration}.'''
        result = self._values.get("session_expiration")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AlicloudProviderAssumeRoleWithOidc(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.provider.AlicloudProviderConfig",
    jsii_struct_bases=[],
    name_mapping={
        "access_key": "accessKey",
        "account_id": "accountId",
        "account_type": "accountType",
        "alias": "alias",
        "assume_role": "assumeRole",
        "assume_role_with_oidc": "assumeRoleWithOidc",
        "client_connect_timeout": "clientConnectTimeout",
        "client_read_timeout": "clientReadTimeout",
        "configuration_source": "configurationSource",
        "credentials_uri": "credentialsUri",
        "ecs_role_name": "ecsRoleName",
        "endpoints": "endpoints",
        "fc": "fc",
        "features": "features",
        "log_endpoint": "logEndpoint",
        "max_retry_timeout": "maxRetryTimeout",
        "mns_endpoint": "mnsEndpoint",
        "ots_instance_name": "otsInstanceName",
        "profile": "profile",
        "protocol": "protocol",
        "region": "region",
        "secret_key": "secretKey",
        "secure_transport": "secureTransport",
        "security_token": "securityToken",
        "security_transport": "securityTransport",
        "shared_credentials_file": "sharedCredentialsFile",
        "sign_version": "signVersion",
        "skip_region_validation": "skipRegionValidation",
        "source_ip": "sourceIp",
    },
)
class AlicloudProviderConfig:
    def __init__(
        self,
        *,
        access_key: typing.Optional[builtins.str] = None,
        account_id: typing.Optional[builtins.str] = None,
        account_type: typing.Optional[builtins.str] = None,
        alias: typing.Optional[builtins.str] = None,
        assume_role: typing.Optional[typing.Union[AlicloudProviderAssumeRole, typing.Dict[builtins.str, typing.Any]]] = None,
        assume_role_with_oidc: typing.Optional[typing.Union[AlicloudProviderAssumeRoleWithOidc, typing.Dict[builtins.str, typing.Any]]] = None,
        client_connect_timeout: typing.Optional[jsii.Number] = None,
        client_read_timeout: typing.Optional[jsii.Number] = None,
        configuration_source: typing.Optional[builtins.str] = None,
        credentials_uri: typing.Optional[builtins.str] = None,
        ecs_role_name: typing.Optional[builtins.str] = None,
        endpoints: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AlicloudProviderEndpoints", typing.Dict[builtins.str, typing.Any]]]]] = None,
        fc: typing.Optional[builtins.str] = None,
        features: typing.Optional[typing.Union["AlicloudProviderFeatures", typing.Dict[builtins.str, typing.Any]]] = None,
        log_endpoint: typing.Optional[builtins.str] = None,
        max_retry_timeout: typing.Optional[jsii.Number] = None,
        mns_endpoint: typing.Optional[builtins.str] = None,
        ots_instance_name: typing.Optional[builtins.str] = None,
        profile: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        secret_key: typing.Optional[builtins.str] = None,
        secure_transport: typing.Optional[builtins.str] = None,
        security_token: typing.Optional[builtins.str] = None,
        security_transport: typing.Optional[builtins.str] = None,
        shared_credentials_file: typing.Optional[builtins.str] = None,
        sign_version: typing.Optional[typing.Union["AlicloudProviderSignVersion", typing.Dict[builtins.str, typing.Any]]] = None,
        skip_region_validation: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        source_ip: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param access_key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#access_key AlicloudProvider#access_key}.
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#account_id AlicloudProvider#account_id}.
        :param account_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#account_type AlicloudProvider#account_type}.
        :param alias: Alias name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#alias AlicloudProvider#alias}
        :param assume_role: assume_role block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#assume_role AlicloudProvider#assume_role}
        :param assume_role_with_oidc: assume_role_with_oidc block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#assume_role_with_oidc AlicloudProvider#assume_role_with_oidc}
        :param client_connect_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#client_connect_timeout AlicloudProvider#client_connect_timeout}.
        :param client_read_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#client_read_timeout AlicloudProvider#client_read_timeout}.
        :param configuration_source: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#configuration_source AlicloudProvider#configuration_source}.
        :param credentials_uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#credentials_uri AlicloudProvider#credentials_uri}.
        :param ecs_role_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#ecs_role_name AlicloudProvider#ecs_role_name}.
        :param endpoints: endpoints block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#endpoints AlicloudProvider#endpoints}
        :param fc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#fc AlicloudProvider#fc}.
        :param features: features block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#features AlicloudProvider#features}
        :param log_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#log_endpoint AlicloudProvider#log_endpoint}.
        :param max_retry_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#max_retry_timeout AlicloudProvider#max_retry_timeout}.
        :param mns_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#mns_endpoint AlicloudProvider#mns_endpoint}.
        :param ots_instance_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#ots_instance_name AlicloudProvider#ots_instance_name}.
        :param profile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#profile AlicloudProvider#profile}.
        :param protocol: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#protocol AlicloudProvider#protocol}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#region AlicloudProvider#region}.
        :param secret_key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#secret_key AlicloudProvider#secret_key}.
        :param secure_transport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#secure_transport AlicloudProvider#secure_transport}.
        :param security_token: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#security_token AlicloudProvider#security_token}.
        :param security_transport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#security_transport AlicloudProvider#security_transport}.
        :param shared_credentials_file: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#shared_credentials_file AlicloudProvider#shared_credentials_file}.
        :param sign_version: sign_version block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#sign_version AlicloudProvider#sign_version}
        :param skip_region_validation: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#skip_region_validation AlicloudProvider#skip_region_validation}.
        :param source_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#source_ip AlicloudProvider#source_ip}.
        '''
        if isinstance(assume_role, dict):
            assume_role = AlicloudProviderAssumeRole(**assume_role)
        if isinstance(assume_role_with_oidc, dict):
            assume_role_with_oidc = AlicloudProviderAssumeRoleWithOidc(**assume_role_with_oidc)
        if isinstance(features, dict):
            features = AlicloudProviderFeatures(**features)
        if isinstance(sign_version, dict):
            sign_version = AlicloudProviderSignVersion(**sign_version)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e8836faffaadae62e41eed9535c2607c48ebc33753c45d3c5b35ecac57ee54af)
            check_type(argname="argument access_key", value=access_key, expected_type=type_hints["access_key"])
            check_type(argname="argument account_id", value=account_id, expected_type=type_hints["account_id"])
            check_type(argname="argument account_type", value=account_type, expected_type=type_hints["account_type"])
            check_type(argname="argument alias", value=alias, expected_type=type_hints["alias"])
            check_type(argname="argument assume_role", value=assume_role, expected_type=type_hints["assume_role"])
            check_type(argname="argument assume_role_with_oidc", value=assume_role_with_oidc, expected_type=type_hints["assume_role_with_oidc"])
            check_type(argname="argument client_connect_timeout", value=client_connect_timeout, expected_type=type_hints["client_connect_timeout"])
            check_type(argname="argument client_read_timeout", value=client_read_timeout, expected_type=type_hints["client_read_timeout"])
            check_type(argname="argument configuration_source", value=configuration_source, expected_type=type_hints["configuration_source"])
            check_type(argname="argument credentials_uri", value=credentials_uri, expected_type=type_hints["credentials_uri"])
            check_type(argname="argument ecs_role_name", value=ecs_role_name, expected_type=type_hints["ecs_role_name"])
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument fc", value=fc, expected_type=type_hints["fc"])
            check_type(argname="argument features", value=features, expected_type=type_hints["features"])
            check_type(argname="argument log_endpoint", value=log_endpoint, expected_type=type_hints["log_endpoint"])
            check_type(argname="argument max_retry_timeout", value=max_retry_timeout, expected_type=type_hints["max_retry_timeout"])
            check_type(argname="argument mns_endpoint", value=mns_endpoint, expected_type=type_hints["mns_endpoint"])
            check_type(argname="argument ots_instance_name", value=ots_instance_name, expected_type=type_hints["ots_instance_name"])
            check_type(argname="argument profile", value=profile, expected_type=type_hints["profile"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument secret_key", value=secret_key, expected_type=type_hints["secret_key"])
            check_type(argname="argument secure_transport", value=secure_transport, expected_type=type_hints["secure_transport"])
            check_type(argname="argument security_token", value=security_token, expected_type=type_hints["security_token"])
            check_type(argname="argument security_transport", value=security_transport, expected_type=type_hints["security_transport"])
            check_type(argname="argument shared_credentials_file", value=shared_credentials_file, expected_type=type_hints["shared_credentials_file"])
            check_type(argname="argument sign_version", value=sign_version, expected_type=type_hints["sign_version"])
            check_type(argname="argument skip_region_validation", value=skip_region_validation, expected_type=type_hints["skip_region_validation"])
            check_type(argname="argument source_ip", value=source_ip, expected_type=type_hints["source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_key is not None:
            self._values["access_key"] = access_key
        if account_id is not None:
            self._values["account_id"] = account_id
        if account_type is not None:
            self._values["account_type"] = account_type
        if alias is not None:
            self._values["alias"] = alias
        if assume_role is not None:
            self._values["assume_role"] = assume_role
        if assume_role_with_oidc is not None:
            self._values["assume_role_with_oidc"] = assume_role_with_oidc
        if client_connect_timeout is not None:
            self._values["client_connect_timeout"] = client_connect_timeout
        if client_read_timeout is not None:
            self._values["client_read_timeout"] = client_read_timeout
        if configuration_source is not None:
            self._values["configuration_source"] = configuration_source
        if credentials_uri is not None:
            self._values["credentials_uri"] = credentials_uri
        if ecs_role_name is not None:
            self._values["ecs_role_name"] = ecs_role_name
        if endpoints is not None:
            self._values["endpoints"] = endpoints
        if fc is not None:
            self._values["fc"] = fc
        if features is not None:
            self._values["features"] = features
        if log_endpoint is not None:
            self._values["log_endpoint"] = log_endpoint
        if max_retry_timeout is not None:
            self._values["max_retry_timeout"] = max_retry_timeout
        if mns_endpoint is not None:
            self._values["mns_endpoint"] = mns_endpoint
        if ots_instance_name is not None:
            self._values["ots_instance_name"] = ots_instance_name
        if profile is not None:
            self._values["profile"] = profile
        if protocol is not None:
            self._values["protocol"] = protocol
        if region is not None:
            self._values["region"] = region
        if secret_key is not None:
            self._values["secret_key"] = secret_key
        if secure_transport is not None:
            self._values["secure_transport"] = secure_transport
        if security_token is not None:
            self._values["security_token"] = security_token
        if security_transport is not None:
            self._values["security_transport"] = security_transport
        if shared_credentials_file is not None:
            self._values["shared_credentials_file"] = shared_credentials_file
        if sign_version is not None:
            self._values["sign_version"] = sign_version
        if skip_region_validation is not None:
            self._values["skip_region_validation"] = skip_region_validation
        if source_ip is not None:
            self._values["source_ip"] = source_ip

    @builtins.property
    def access_key(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#access_key AlicloudProvider#access_key}.'''
        result = self._values.get("access_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def account_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#account_id AlicloudProvider#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def account_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#account_type AlicloudProvider#account_type}.'''
        result = self._values.get("account_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def alias(self) -> typing.Optional[builtins.str]:
        '''Alias name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#alias AlicloudProvider#alias}
        '''
        result = self._values.get("alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role(self) -> typing.Optional[AlicloudProviderAssumeRole]:
        '''assume_role block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#assume_role AlicloudProvider#assume_role}
        '''
        result = self._values.get("assume_role")
        return typing.cast(typing.Optional[AlicloudProviderAssumeRole], result)

    @builtins.property
    def assume_role_with_oidc(
        self,
    ) -> typing.Optional[AlicloudProviderAssumeRoleWithOidc]:
        '''assume_role_with_oidc block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#assume_role_with_oidc AlicloudProvider#assume_role_with_oidc}
        '''
        result = self._values.get("assume_role_with_oidc")
        return typing.cast(typing.Optional[AlicloudProviderAssumeRoleWithOidc], result)

    @builtins.property
    def client_connect_timeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#client_connect_timeout AlicloudProvider#client_connect_timeout}.'''
        result = self._values.get("client_connect_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def client_read_timeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#client_read_timeout AlicloudProvider#client_read_timeout}.'''
        result = self._values.get("client_read_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def configuration_source(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#configuration_source AlicloudProvider#configuration_source}.'''
        result = self._values.get("configuration_source")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credentials_uri(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#credentials_uri AlicloudProvider#credentials_uri}.'''
        result = self._values.get("credentials_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ecs_role_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#ecs_role_name AlicloudProvider#ecs_role_name}.'''
        result = self._values.get("ecs_role_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def endpoints(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]]:
        '''endpoints block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#endpoints AlicloudProvider#endpoints}
        '''
        result = self._values.get("endpoints")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]], result)

    @builtins.property
    def fc(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#fc AlicloudProvider#fc}.'''
        result = self._values.get("fc")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def features(self) -> typing.Optional["AlicloudProviderFeatures"]:
        '''features block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#features AlicloudProvider#features}
        '''
        result = self._values.get("features")
        return typing.cast(typing.Optional["AlicloudProviderFeatures"], result)

    @builtins.property
    def log_endpoint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#log_endpoint AlicloudProvider#log_endpoint}.'''
        result = self._values.get("log_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_retry_timeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#max_retry_timeout AlicloudProvider#max_retry_timeout}.'''
        result = self._values.get("max_retry_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mns_endpoint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#mns_endpoint AlicloudProvider#mns_endpoint}.'''
        result = self._values.get("mns_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ots_instance_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#ots_instance_name AlicloudProvider#ots_instance_name}.'''
        result = self._values.get("ots_instance_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def profile(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#profile AlicloudProvider#profile}.'''
        result = self._values.get("profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#protocol AlicloudProvider#protocol}.'''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#region AlicloudProvider#region}.'''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_key(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#secret_key AlicloudProvider#secret_key}.'''
        result = self._values.get("secret_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secure_transport(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#secure_transport AlicloudProvider#secure_transport}.'''
        result = self._values.get("secure_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_token(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#security_token AlicloudProvider#security_token}.'''
        result = self._values.get("security_token")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_transport(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#security_transport AlicloudProvider#security_transport}.'''
        result = self._values.get("security_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shared_credentials_file(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#shared_credentials_file AlicloudProvider#shared_credentials_file}.'''
        result = self._values.get("shared_credentials_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sign_version(self) -> typing.Optional["AlicloudProviderSignVersion"]:
        '''sign_version block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#sign_version AlicloudProvider#sign_version}
        '''
        result = self._values.get("sign_version")
        return typing.cast(typing.Optional["AlicloudProviderSignVersion"], result)

    @builtins.property
    def skip_region_validation(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#skip_region_validation AlicloudProvider#skip_region_validation}.'''
        result = self._values.get("skip_region_validation")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def source_ip(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#source_ip AlicloudProvider#source_ip}.'''
        result = self._values.get("source_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AlicloudProviderConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.provider.AlicloudProviderEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "cms": "cms",
        "kms": "kms",
        "oss": "oss",
        "ram": "ram",
        "sts": "sts",
        "vpc": "vpc",
    },
)
class AlicloudProviderEndpoints:
    def __init__(
        self,
        *,
        cms: typing.Optional[builtins.str] = None,
        kms: typing.Optional[builtins.str] = None,
        oss: typing.Optional[builtins.str] = None,
        ram: typing.Optional[builtins.str] = None,
        sts: typing.Optional[builtins.str] = None,
        vpc: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cms: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#cms AlicloudProvider#cms}.
        :param kms: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#kms AlicloudProvider#kms}.
        :param oss: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#oss AlicloudProvider#oss}.
        :param ram: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#ram AlicloudProvider#ram}.
        :param sts: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#sts AlicloudProvider#sts}.
        :param vpc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#vpc AlicloudProvider#vpc}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5234e3172e4de16cd419a7921d5b2243bde3194fd4623fed681cc3073da75c87)
            check_type(argname="argument cms", value=cms, expected_type=type_hints["cms"])
            check_type(argname="argument kms", value=kms, expected_type=type_hints["kms"])
            check_type(argname="argument oss", value=oss, expected_type=type_hints["oss"])
            check_type(argname="argument ram", value=ram, expected_type=type_hints["ram"])
            check_type(argname="argument sts", value=sts, expected_type=type_hints["sts"])
            check_type(argname="argument vpc", value=vpc, expected_type=type_hints["vpc"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cms is not None:
            self._values["cms"] = cms
        if kms is not None:
            self._values["kms"] = kms
        if oss is not None:
            self._values["oss"] = oss
        if ram is not None:
            self._values["ram"] = ram
        if sts is not None:
            self._values["sts"] = sts
        if vpc is not None:
            self._values["vpc"] = vpc

    @builtins.property
    def cms(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#cms AlicloudProvider#cms}.'''
        result = self._values.get("cms")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kms(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#kms AlicloudProvider#kms}.'''
        result = self._values.get("kms")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oss(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#oss AlicloudProvider#oss}.'''
        result = self._values.get("oss")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ram(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#ram AlicloudProvider#ram}.'''
        result = self._values.get("ram")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sts(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#sts AlicloudProvider#sts}.'''
        result = self._values.get("sts")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vpc(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#vpc AlicloudProvider#vpc}.'''
        result = self._values.get("vpc")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AlicloudProviderEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.provider.AlicloudProviderFeatures",
    jsii_struct_bases=[],
    name_mapping={"ecs_instance": "ecsInstance"},
)
class AlicloudProviderFeatures:
    def __init__(
        self,
        *,
        ecs_instance: typing.Optional[typing.Union["AlicloudProviderFeaturesEcsInstance", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param ecs_instance: ecs_instance block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#ecs_instance AlicloudProvider#ecs_instance}
        '''
        if isinstance(ecs_instance, dict):
            ecs_instance = AlicloudProviderFeaturesEcsInstance(**ecs_instance)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6056eea1cc0278b8e2471c7ce33d1e15e945ecf14278ca1bd324c39d4d735ee3)
            check_type(argname="argument ecs_instance", value=ecs_instance, expected_type=type_hints["ecs_instance"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ecs_instance is not None:
            self._values["ecs_instance"] = ecs_instance

    @builtins.property
    def ecs_instance(self) -> typing.Optional["AlicloudProviderFeaturesEcsInstance"]:
        '''ecs_instance block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#ecs_instance AlicloudProvider#ecs_instance}
        '''
        result = self._values.get("ecs_instance")
        return typing.cast(typing.Optional["AlicloudProviderFeaturesEcsInstance"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AlicloudProviderFeatures(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.provider.AlicloudProviderFeaturesEcsInstance",
    jsii_struct_bases=[],
    name_mapping={"replace_on_image_update": "replaceOnImageUpdate"},
)
class AlicloudProviderFeaturesEcsInstance:
    def __init__(
        self,
        *,
        replace_on_image_update: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param replace_on_image_update: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#replace_on_image_update AlicloudProvider#replace_on_image_update}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f25431065c0ca6273fde20ff9c2afbebf0ec521738fd210e6a6a7019ebb6c7c3)
            check_type(argname="argument replace_on_image_update", value=replace_on_image_update, expected_type=type_hints["replace_on_image_update"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if replace_on_image_update is not None:
            self._values["replace_on_image_update"] = replace_on_image_update

    @builtins.property
    def replace_on_image_update(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#replace_on_image_update AlicloudProvider#replace_on_image_update}.'''
        result = self._values.get("replace_on_image_update")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AlicloudProviderFeaturesEcsInstance(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.provider.AlicloudProviderSignVersion",
    jsii_struct_bases=[],
    name_mapping={"oss": "oss", "sls": "sls"},
)
class AlicloudProviderSignVersion:
    def __init__(
        self,
        *,
        oss: typing.Optional[builtins.str] = None,
        sls: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param oss: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#oss AlicloudProvider#oss}.
        :param sls: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#sls AlicloudProvider#sls}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a62d87b7b036a120bc2f7fc41fe972e10358dc01244c55904b4a116aac83ea5d)
            check_type(argname="argument oss", value=oss, expected_type=type_hints["oss"])
            check_type(argname="argument sls", value=sls, expected_type=type_hints["sls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if oss is not None:
            self._values["oss"] = oss
        if sls is not None:
            self._values["sls"] = sls

    @builtins.property
    def oss(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#oss AlicloudProvider#oss}.'''
        result = self._values.get("oss")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sls(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs#sls AlicloudProvider#sls}.'''
        result = self._values.get("sls")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AlicloudProviderSignVersion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "AlicloudProvider",
    "AlicloudProviderAssumeRole",
    "AlicloudProviderAssumeRoleWithOidc",
    "AlicloudProviderConfig",
    "AlicloudProviderEndpoints",
    "AlicloudProviderFeatures",
    "AlicloudProviderFeaturesEcsInstance",
    "AlicloudProviderSignVersion",
]

publication.publish()

def _typecheckingstub__21e9867851404dfde7a2303cec8c80cb56b6d598379b3e1aa680de7e84e2d326(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    access_key: typing.Optional[builtins.str] = None,
    account_id: typing.Optional[builtins.str] = None,
    account_type: typing.Optional[builtins.str] = None,
    alias: typing.Optional[builtins.str] = None,
    assume_role: typing.Optional[typing.Union[AlicloudProviderAssumeRole, typing.Dict[builtins.str, typing.Any]]] = None,
    assume_role_with_oidc: typing.Optional[typing.Union[AlicloudProviderAssumeRoleWithOidc, typing.Dict[builtins.str, typing.Any]]] = None,
    client_connect_timeout: typing.Optional[jsii.Number] = None,
    client_read_timeout: typing.Optional[jsii.Number] = None,
    configuration_source: typing.Optional[builtins.str] = None,
    credentials_uri: typing.Optional[builtins.str] = None,
    ecs_role_name: typing.Optional[builtins.str] = None,
    endpoints: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AlicloudProviderEndpoints, typing.Dict[builtins.str, typing.Any]]]]] = None,
    fc: typing.Optional[builtins.str] = None,
    features: typing.Optional[typing.Union[AlicloudProviderFeatures, typing.Dict[builtins.str, typing.Any]]] = None,
    log_endpoint: typing.Optional[builtins.str] = None,
    max_retry_timeout: typing.Optional[jsii.Number] = None,
    mns_endpoint: typing.Optional[builtins.str] = None,
    ots_instance_name: typing.Optional[builtins.str] = None,
    profile: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
    secret_key: typing.Optional[builtins.str] = None,
    secure_transport: typing.Optional[builtins.str] = None,
    security_token: typing.Optional[builtins.str] = None,
    security_transport: typing.Optional[builtins.str] = None,
    shared_credentials_file: typing.Optional[builtins.str] = None,
    sign_version: typing.Optional[typing.Union[AlicloudProviderSignVersion, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_region_validation: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    source_ip: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a31a4b5f6c127cddbc5bbe5ac8c7a90d5bc087270491dbfb6b694f817fd4144(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab6e742c799bb2ff2100e371b80cbdf7688fcf6aaf39daf65ae68575a75ad937(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f36a0eaa1b89858584cf24a07a3b932f53ff7e3db74ad4abac1aefa0c6ab3202(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d807be337f91d56a8b75be029dd83f4c1061cc4478f81bf857c8b4c1b1e88758(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e53b95df089b89b1efa5408d7d9ba7a33c026cc316254ad44f4e2daa37e2ae5e(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f9bcfa285a5fadd56aeaae4b49dffd2d35417bae420ca7f0d65bb8c9b19e8ff(
    value: typing.Optional[AlicloudProviderAssumeRole],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__177b3be621445c3ff478f21ec068d975d684afeae2e3a47236767e80d14bdb84(
    value: typing.Optional[AlicloudProviderAssumeRoleWithOidc],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37cb3b41e1db6533e76fcf84edabe65033797d69f77cb9cfd73f8a92d7a30d4d(
    value: typing.Optional[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2fbadb5e13eadd358dc2023324a500e3f01a4fe9f164c5342d8968e1daaf547(
    value: typing.Optional[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6b72e202ea8792a1097a65db75de02fe0d1e32a0d101c82fc14c184fcd1315d(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54d6a4457b8e0e93c8612ce331fb595356a4cec29e28c1d2b1f5b826d84d4b5c(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__887d8d79f99daf66e47babcc891631b592e98ef00fda13dc78d3e0b97a8b4aa4(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c36c5aed026b7bff1fb0ebbf0a5340053682e11fb09df285dc781ba8b2185de(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AlicloudProviderEndpoints]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d26396286e1c9fb5fbaef3732fcf852db2a7b7dcaf801d2a5f7b5e579380c46(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7593b2f4c62360eb22e3fa645a82b5bcbead19645332d8e29dfdf53d748bbbe(
    value: typing.Optional[AlicloudProviderFeatures],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eba21b894b9834e376883d31ce3c9a29ad9091d8e8dacd6999ad5d535417b81c(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f4a2dc05fda890a5b1333a234e8b76220d3cf7d710cd8b2fa3a09a77962a7f7(
    value: typing.Optional[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d52a0221c3b70629f25097e9c8b1993bd007448275f7f3bb1f4690551734e658(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ece689f593d15460d876335a2b6b954d77d03f8d044237ee65d986850e2a0e8(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23952a28cefdaba72dd42df1fc76c94895a8ec3ccaaeea86cb60c7dced6f1287(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8750b4733f2858fbb300c8a1e0d376927e9124b0ecc73f36cbb5206f72f3e17(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f01eca98066a0398ffffad3e5e56475a03aaf87dbd0e81f3532891b04c6bb7b(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b46705d868d28347f9a90892c379ed0b2973f3345fae32d65c1bd85ac8b50b0f(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b94391719533b439914c2a831ffdee2f45942fe04c8f21d40213c7b9ad5ecc5c(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5202ec2071c447b55d90e98126544c09beff49f7cabc674a74a7948d509aa478(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5cc0a235a106189ff74fc919bf22cf4b8693fd14a7ce7ff6fbb1efb7170409e1(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9dcc118dfc64b017ef604b4e5caa86ed5915807186097f6b4c24bdb5c17a78ac(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c40047f8c76f644f3e7dd93cc7949d3e39f301121e304a3f0988de85788cba1(
    value: typing.Optional[AlicloudProviderSignVersion],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7dae5076ecc3d5ed4c53225801f7a08e5301fe42e50b67b48ac781b701bf6939(
    value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7bd916485ee0bf692e04fde156925751724405614e20e5ee645bd266dee14f1(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cf74ef6c31d66989e6d1b812acb47a30c48eb6eb44f89dc8f3ee483d03924b9(
    *,
    role_arn: builtins.str,
    external_id: typing.Optional[builtins.str] = None,
    policy: typing.Optional[builtins.str] = None,
    session_expiration: typing.Optional[jsii.Number] = None,
    session_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf9e6c247a8c3f4b62cb4b65354ac2eadf5337b816d6fa7d58593fbf615b1de3(
    *,
    oidc_provider_arn: typing.Optional[builtins.str] = None,
    oidc_token: typing.Optional[builtins.str] = None,
    oidc_token_file: typing.Optional[builtins.str] = None,
    policy: typing.Optional[builtins.str] = None,
    role_arn: typing.Optional[builtins.str] = None,
    role_session_name: typing.Optional[builtins.str] = None,
    session_expiration: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8836faffaadae62e41eed9535c2607c48ebc33753c45d3c5b35ecac57ee54af(
    *,
    access_key: typing.Optional[builtins.str] = None,
    account_id: typing.Optional[builtins.str] = None,
    account_type: typing.Optional[builtins.str] = None,
    alias: typing.Optional[builtins.str] = None,
    assume_role: typing.Optional[typing.Union[AlicloudProviderAssumeRole, typing.Dict[builtins.str, typing.Any]]] = None,
    assume_role_with_oidc: typing.Optional[typing.Union[AlicloudProviderAssumeRoleWithOidc, typing.Dict[builtins.str, typing.Any]]] = None,
    client_connect_timeout: typing.Optional[jsii.Number] = None,
    client_read_timeout: typing.Optional[jsii.Number] = None,
    configuration_source: typing.Optional[builtins.str] = None,
    credentials_uri: typing.Optional[builtins.str] = None,
    ecs_role_name: typing.Optional[builtins.str] = None,
    endpoints: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AlicloudProviderEndpoints, typing.Dict[builtins.str, typing.Any]]]]] = None,
    fc: typing.Optional[builtins.str] = None,
    features: typing.Optional[typing.Union[AlicloudProviderFeatures, typing.Dict[builtins.str, typing.Any]]] = None,
    log_endpoint: typing.Optional[builtins.str] = None,
    max_retry_timeout: typing.Optional[jsii.Number] = None,
    mns_endpoint: typing.Optional[builtins.str] = None,
    ots_instance_name: typing.Optional[builtins.str] = None,
    profile: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
    secret_key: typing.Optional[builtins.str] = None,
    secure_transport: typing.Optional[builtins.str] = None,
    security_token: typing.Optional[builtins.str] = None,
    security_transport: typing.Optional[builtins.str] = None,
    shared_credentials_file: typing.Optional[builtins.str] = None,
    sign_version: typing.Optional[typing.Union[AlicloudProviderSignVersion, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_region_validation: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    source_ip: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5234e3172e4de16cd419a7921d5b2243bde3194fd4623fed681cc3073da75c87(
    *,
    cms: typing.Optional[builtins.str] = None,
    kms: typing.Optional[builtins.str] = None,
    oss: typing.Optional[builtins.str] = None,
    ram: typing.Optional[builtins.str] = None,
    sts: typing.Optional[builtins.str] = None,
    vpc: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6056eea1cc0278b8e2471c7ce33d1e15e945ecf14278ca1bd324c39d4d735ee3(
    *,
    ecs_instance: typing.Optional[typing.Union[AlicloudProviderFeaturesEcsInstance, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f25431065c0ca6273fde20ff9c2afbebf0ec521738fd210e6a6a7019ebb6c7c3(
    *,
    replace_on_image_update: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a62d87b7b036a120bc2f7fc41fe972e10358dc01244c55904b4a116aac83ea5d(
    *,
    oss: typing.Optional[builtins.str] = None,
    sls: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
