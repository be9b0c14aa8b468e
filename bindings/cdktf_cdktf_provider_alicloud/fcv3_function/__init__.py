r'''
# `alicloud_fcv3_function`

Refer to the Terraform Registry for docs: [`alicloud_fcv3_function`](https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function).
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


class Fcv3Function(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3Function",
):
    '''Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function alicloud_fcv3_function}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        handler: builtins.str,
        runtime: builtins.str,
        code: typing.Optional[typing.Union["Fcv3FunctionCode", typing.Dict[builtins.str, typing.Any]]] = None,
        cpu: typing.Optional[jsii.Number] = None,
        custom_container_config: typing.Optional[typing.Union["Fcv3FunctionCustomContainerConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        custom_dns: typing.Optional[typing.Union["Fcv3FunctionCustomDns", typing.Dict[builtins.str, typing.Any]]] = None,
        custom_runtime_config: typing.Optional[typing.Union["Fcv3FunctionCustomRuntimeConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        description: typing.Optional[builtins.str] = None,
        disk_size: typing.Optional[jsii.Number] = None,
        environment_variables: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        function_name: typing.Optional[builtins.str] = None,
        gpu_config: typing.Optional[typing.Union["Fcv3FunctionGpuConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[jsii.Number] = None,
        instance_concurrency: typing.Optional[jsii.Number] = None,
        instance_isolation_mode: typing.Optional[builtins.str] = None,
        instance_lifecycle_config: typing.Optional[typing.Union["Fcv3FunctionInstanceLifecycleConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        internet_access: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        invocation_restriction: typing.Optional[typing.Union["Fcv3FunctionInvocationRestriction", typing.Dict[builtins.str, typing.Any]]] = None,
        layers: typing.Optional[typing.Sequence[builtins.str]] = None,
        log_config: typing.Optional[typing.Union["Fcv3FunctionLogConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        memory_size: typing.Optional[jsii.Number] = None,
        nas_config: typing.Optional[typing.Union["Fcv3FunctionNasConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        oss_mount_config: typing.Optional[typing.Union["Fcv3FunctionOssMountConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_group_id: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        session_affinity: typing.Optional[builtins.str] = None,
        session_affinity_config: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        timeout: typing.Optional[jsii.Number] = None,
        timeouts: typing.Optional[typing.Union["Fcv3FunctionTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
        vpc_config: typing.Optional[typing.Union["Fcv3FunctionVpcConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function alicloud_fcv3_function} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param handler: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#handler Fcv3Function#handler}.
        :param runtime: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#runtime Fcv3Function#runtime}.
        :param code: code block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#code Fcv3Function#code}
        :param cpu: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#cpu Fcv3Function#cpu}.
        :param custom_container_config: custom_container_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#custom_container_config Fcv3Function#custom_container_config}
        :param custom_dns: custom_dns block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#custom_dns Fcv3Function#custom_dns}
        :param custom_runtime_config: custom_runtime_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#custom_runtime_config Fcv3Function#custom_runtime_config}
        :param description: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#description Fcv3Function#description}.
        :param disk_size: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#disk_size Fcv3Function#disk_size}.
        :param environment_variables: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#environment_variables Fcv3Function#environment_variables}.
        :param function_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#function_name Fcv3Function#function_name}.
        :param gpu_config: gpu_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#gpu_config Fcv3Function#gpu_config}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#id Fcv3Function#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param idle_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#idle_timeout Fcv3Function#idle_timeout}.
        :param instance_concurrency: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#instance_concurrency Fcv3Function#instance_concurrency}.
        :param instance_isolation_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#instance_isolation_mode Fcv3Function#instance_isolation_mode}.
        :param instance_lifecycle_config: instance_lifecycle_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#instance_lifecycle_config Fcv3Function#instance_lifecycle_config}
        :param internet_access: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#internet_access Fcv3Function#internet_access}.
        :param invocation_restriction: invocation_restriction block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#invocation_restriction Fcv3Function#invocation_restriction}
        :param layers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#layers Fcv3Function#layers}.
        :param log_config: log_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#log_config Fcv3Function#log_config}
        :param memory_size: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#memory_size Fcv3Function#memory_size}.
        :param nas_config: nas_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#nas_config Fcv3Function#nas_config}
        :param oss_mount_config: oss_mount_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#oss_mount_config Fcv3Function#oss_mount_config}
        :param resource_group_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#resource_group_id Fcv3Function#resource_group_id}.
        :param role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#role Fcv3Function#role}.
        :param session_affinity: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#session_affinity Fcv3Function#session_affinity}.
        :param session_affinity_config: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#session_affinity_config Fcv3Function#session_affinity_config}.
        :param tags: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#tags Fcv3Function#tags}.
        :param timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout Fcv3Function#timeout}.
        :param timeouts: timeouts block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeouts Fcv3Function#timeouts}
        :param vpc_config: vpc_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#vpc_config Fcv3Function#vpc_config}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__30c9e8c41ade4671552a738814f82b66198650ccb06d5dafdd296a5c7613460f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = Fcv3FunctionConfig(
            handler=handler,
            runtime=runtime,
            code=code,
            cpu=cpu,
            custom_container_config=custom_container_config,
            custom_dns=custom_dns,
            custom_runtime_config=custom_runtime_config,
            description=description,
            disk_size=disk_size,
            environment_variables=environment_variables,
            function_name=function_name,
            gpu_config=gpu_config,
            id=id,
            idle_timeout=idle_timeout,
            instance_concurrency=instance_concurrency,
            instance_isolation_mode=instance_isolation_mode,
            instance_lifecycle_config=instance_lifecycle_config,
            internet_access=internet_access,
            invocation_restriction=invocation_restriction,
            layers=layers,
            log_config=log_config,
            memory_size=memory_size,
            nas_config=nas_config,
            oss_mount_config=oss_mount_config,
            resource_group_id=resource_group_id,
            role=role,
            session_affinity=session_affinity,
            session_affinity_config=session_affinity_config,
            tags=tags,
            timeout=timeout,
            timeouts=timeouts,
            vpc_config=vpc_config,
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
        '''Generates CDKTF code for importing a Fcv3Function resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Fcv3Function to import.
        :param import_from_id: The id of the existing Fcv3Function that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Fcv3Function to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__47c78bdf21628f6c6aed4c63d47c937dc786dab00d476cb822c7aa383b5f9ffa)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putCode")
    def put_code(
        self,
        *,
        checksum: typing.Optional[builtins.str] = None,
        oss_bucket_name: typing.Optional[builtins.str] = None,
        oss_object_name: typing.Optional[builtins.str] = None,
        zip_file: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param checksum: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#checksum Fcv3Function#checksum}.
        :param oss_bucket_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#oss_bucket_name Fcv3Function#oss_bucket_name}.
        :param oss_object_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#oss_object_name Fcv3Function#oss_object_name}.
        :param zip_file: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#zip_file Fcv3Function#zip_file}.
        '''
        value = Fcv3FunctionCode(
            checksum=checksum,
            oss_bucket_name=oss_bucket_name,
            oss_object_name=oss_object_name,
            zip_file=zip_file,
        )

        return typing.cast(None, jsii.invoke(self, "putCode", [value]))

    @jsii.member(jsii_name="putCustomContainerConfig")
    def put_custom_container_config(
        self,
        *,
        acceleration_type: typing.Optional[builtins.str] = None,
        acr_instance_id: typing.Optional[builtins.str] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        entrypoint: typing.Optional[typing.Sequence[builtins.str]] = None,
        health_check_config: typing.Optional[typing.Union["Fcv3FunctionCustomContainerConfigHealthCheckConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        image: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param acceleration_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#acceleration_type Fcv3Function#acceleration_type}.
        :param acr_instance_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#acr_instance_id Fcv3Function#acr_instance_id}.
        :param command: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#command Fcv3Function#command}.
        :param entrypoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#entrypoint Fcv3Function#entrypoint}.
        :param health_check_config: health_check_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#health_check_config Fcv3Function#health_check_config}
        :param image: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#image Fcv3Function#image}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#port Fcv3Function#port}.
        '''
        value = Fcv3FunctionCustomContainerConfig(
            acceleration_type=acceleration_type,
            acr_instance_id=acr_instance_id,
            command=command,
            entrypoint=entrypoint,
            health_check_config=health_check_config,
            image=image,
            port=port,
        )

        return typing.cast(None, jsii.invoke(self, "putCustomContainerConfig", [value]))

    @jsii.member(jsii_name="putCustomDns")
    def put_custom_dns(
        self,
        *,
        dns_options: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["Fcv3FunctionCustomDnsDnsOptions", typing.Dict[builtins.str, typing.Any]]]]] = None,
        name_servers: typing.Optional[typing.Sequence[builtins.str]] = None,
        searches: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param dns_options: dns_options block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#dns_options Fcv3Function#dns_options}
        :param name_servers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#name_servers Fcv3Function#name_servers}.
        :param searches: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#searches Fcv3Function#searches}.
        '''
        value = Fcv3FunctionCustomDns(
            dns_options=dns_options, name_servers=name_servers, searches=searches
        )

        return typing.cast(None, jsii.invoke(self, "putCustomDns", [value]))

    @jsii.member(jsii_name="putCustomRuntimeConfig")
    def put_custom_runtime_config(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        health_check_config: typing.Optional[typing.Union["Fcv3FunctionCustomRuntimeConfigHealthCheckConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param args: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#args Fcv3Function#args}.
        :param command: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#command Fcv3Function#command}.
        :param health_check_config: health_check_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#health_check_config Fcv3Function#health_check_config}
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#port Fcv3Function#port}.
        '''
        value = Fcv3FunctionCustomRuntimeConfig(
            args=args,
            command=command,
            health_check_config=health_check_config,
            port=port,
        )

        return typing.cast(None, jsii.invoke(self, "putCustomRuntimeConfig", [value]))

    @jsii.member(jsii_name="putGpuConfig")
    def put_gpu_config(
        self,
        *,
        gpu_memory_size: typing.Optional[jsii.Number] = None,
        gpu_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gpu_memory_size: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#gpu_memory_size Fcv3Function#gpu_memory_size}.
        :param gpu_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#gpu_type Fcv3Function#gpu_type}.
        '''
        value = Fcv3FunctionGpuConfig(
            gpu_memory_size=gpu_memory_size, gpu_type=gpu_type
        )

        return typing.cast(None, jsii.invoke(self, "putGpuConfig", [value]))

    @jsii.member(jsii_name="putInstanceLifecycleConfig")
    def put_instance_lifecycle_config(
        self,
        *,
        initializer: typing.Optional[typing.Union["Fcv3FunctionInstanceLifecycleConfigInitializer", typing.Dict[builtins.str, typing.Any]]] = None,
        pre_stop: typing.Optional[typing.Union["Fcv3FunctionInstanceLifecycleConfigPreStop", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param initializer: initializer block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#initializer Fcv3Function#initializer}
        :param pre_stop: pre_stop block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#pre_stop Fcv3Function#pre_stop}
        '''
        value = Fcv3FunctionInstanceLifecycleConfig(
            initializer=initializer, pre_stop=pre_stop
        )

        return typing.cast(None, jsii.invoke(self, "putInstanceLifecycleConfig", [value]))

    @jsii.member(jsii_name="putInvocationRestriction")
    def put_invocation_restriction(
        self,
        *,
        disable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        reason: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param disable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#disable Fcv3Function#disable}.
        :param reason: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#reason Fcv3Function#reason}.
        '''
        value = Fcv3FunctionInvocationRestriction(disable=disable, reason=reason)

        return typing.cast(None, jsii.invoke(self, "putInvocationRestriction", [value]))

    @jsii.member(jsii_name="putLogConfig")
    def put_log_config(
        self,
        *,
        enable_instance_metrics: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_request_metrics: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        log_begin_rule: typing.Optional[builtins.str] = None,
        logstore: typing.Optional[builtins.str] = None,
        project: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param enable_instance_metrics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#enable_instance_metrics Fcv3Function#enable_instance_metrics}.
        :param enable_request_metrics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#enable_request_metrics Fcv3Function#enable_request_metrics}.
        :param log_begin_rule: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#log_begin_rule Fcv3Function#log_begin_rule}.
        :param logstore: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#logstore Fcv3Function#logstore}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#project Fcv3Function#project}.
        '''
        value = Fcv3FunctionLogConfig(
            enable_instance_metrics=enable_instance_metrics,
            enable_request_metrics=enable_request_metrics,
            log_begin_rule=log_begin_rule,
            logstore=logstore,
            project=project,
        )

        return typing.cast(None, jsii.invoke(self, "putLogConfig", [value]))

    @jsii.member(jsii_name="putNasConfig")
    def put_nas_config(
        self,
        *,
        group_id: typing.Optional[jsii.Number] = None,
        mount_points: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["Fcv3FunctionNasConfigMountPoints", typing.Dict[builtins.str, typing.Any]]]]] = None,
        user_id: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param group_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#group_id Fcv3Function#group_id}.
        :param mount_points: mount_points block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#mount_points Fcv3Function#mount_points}
        :param user_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#user_id Fcv3Function#user_id}.
        '''
        value = Fcv3FunctionNasConfig(
            group_id=group_id, mount_points=mount_points, user_id=user_id
        )

        return typing.cast(None, jsii.invoke(self, "putNasConfig", [value]))

    @jsii.member(jsii_name="putOssMountConfig")
    def put_oss_mount_config(
        self,
        *,
        mount_points: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["Fcv3FunctionOssMountConfigMountPoints", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param mount_points: mount_points block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#mount_points Fcv3Function#mount_points}
        '''
        value = Fcv3FunctionOssMountConfig(mount_points=mount_points)

        return typing.cast(None, jsii.invoke(self, "putOssMountConfig", [value]))

    @jsii.member(jsii_name="putTimeouts")
    def put_timeouts(
        self,
        *,
        create: typing.Optional[builtins.str] = None,
        delete: typing.Optional[builtins.str] = None,
        update: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param create: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#create Fcv3Function#create}.
        :param delete: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#delete Fcv3Function#delete}.
        :param update: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#update Fcv3Function#update}.
        '''
        value = Fcv3FunctionTimeouts(create=create, delete=delete, update=update)

        return typing.cast(None, jsii.invoke(self, "putTimeouts", [value]))

    @jsii.member(jsii_name="putVpcConfig")
    def put_vpc_config(
        self,
        *,
        security_group_id: typing.Optional[builtins.str] = None,
        vpc_id: typing.Optional[builtins.str] = None,
        vswitch_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param security_group_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#security_group_id Fcv3Function#security_group_id}.
        :param vpc_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#vpc_id Fcv3Function#vpc_id}.
        :param vswitch_ids: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#vswitch_ids Fcv3Function#vswitch_ids}.
        '''
        value = Fcv3FunctionVpcConfig(
            security_group_id=security_group_id, vpc_id=vpc_id, vswitch_ids=vswitch_ids
        )

        return typing.cast(None, jsii.invoke(self, "putVpcConfig", [value]))

    @jsii.member(jsii_name="resetCode")
    def reset_code(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCode", []))

    @jsii.member(jsii_name="resetCpu")
    def reset_cpu(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCpu", []))

    @jsii.member(jsii_name="resetCustomContainerConfig")
    def reset_custom_container_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCustomContainerConfig", []))

    @jsii.member(jsii_name="resetCustomDns")
    def reset_custom_dns(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCustomDns", []))

    @jsii.member(jsii_name="resetCustomRuntimeConfig")
    def reset_custom_runtime_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCustomRuntimeConfig", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetDiskSize")
    def reset_disk_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDiskSize", []))

    @jsii.member(jsii_name="resetEnvironmentVariables")
    def reset_environment_variables(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnvironmentVariables", []))

    @jsii.member(jsii_name="resetFunctionName")
    def reset_function_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFunctionName", []))

    @jsii.member(jsii_name="resetGpuConfig")
    def reset_gpu_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGpuConfig", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIdleTimeout")
    def reset_idle_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIdleTimeout", []))

    @jsii.member(jsii_name="resetInstanceConcurrency")
    def reset_instance_concurrency(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInstanceConcurrency", []))

    @jsii.member(jsii_name="resetInstanceIsolationMode")
    def reset_instance_isolation_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInstanceIsolationMode", []))

    @jsii.member(jsii_name="resetInstanceLifecycleConfig")
    def reset_instance_lifecycle_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInstanceLifecycleConfig", []))

    @jsii.member(jsii_name="resetInternetAccess")
    def reset_internet_access(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInternetAccess", []))

    @jsii.member(jsii_name="resetInvocationRestriction")
    def reset_invocation_restriction(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInvocationRestriction", []))

    @jsii.member(jsii_name="resetLayers")
    def reset_layers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLayers", []))

    @jsii.member(jsii_name="resetLogConfig")
    def reset_log_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLogConfig", []))

    @jsii.member(jsii_name="resetMemorySize")
    def reset_memory_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMemorySize", []))

    @jsii.member(jsii_name="resetNasConfig")
    def reset_nas_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNasConfig", []))

    @jsii.member(jsii_name="resetOssMountConfig")
    def reset_oss_mount_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOssMountConfig", []))

    @jsii.member(jsii_name="resetResourceGroupId")
    def reset_resource_group_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResourceGroupId", []))

    @jsii.member(jsii_name="resetRole")
    def reset_role(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRole", []))

    @jsii.member(jsii_name="resetSessionAffinity")
    def reset_session_affinity(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSessionAffinity", []))

    @jsii.member(jsii_name="resetSessionAffinityConfig")
    def reset_session_affinity_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSessionAffinityConfig", []))

    @jsii.member(jsii_name="resetTags")
    def reset_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTags", []))

    @jsii.member(jsii_name="resetTimeout")
    def reset_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeout", []))

    @jsii.member(jsii_name="resetTimeouts")
    def reset_timeouts(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeouts", []))

    @jsii.member(jsii_name="resetVpcConfig")
    def reset_vpc_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVpcConfig", []))

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
    @jsii.member(jsii_name="code")
    def code(self) -> "Fcv3FunctionCodeOutputReference":
        return typing.cast("Fcv3FunctionCodeOutputReference", jsii.get(self, "code"))

    @builtins.property
    @jsii.member(jsii_name="codeSize")
    def code_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "codeSize"))

    @builtins.property
    @jsii.member(jsii_name="createTime")
    def create_time(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "createTime"))

    @builtins.property
    @jsii.member(jsii_name="customContainerConfig")
    def custom_container_config(
        self,
    ) -> "Fcv3FunctionCustomContainerConfigOutputReference":
        return typing.cast("Fcv3FunctionCustomContainerConfigOutputReference", jsii.get(self, "customContainerConfig"))

    @builtins.property
    @jsii.member(jsii_name="customDns")
    def custom_dns(self) -> "Fcv3FunctionCustomDnsOutputReference":
        return typing.cast("Fcv3FunctionCustomDnsOutputReference", jsii.get(self, "customDns"))

    @builtins.property
    @jsii.member(jsii_name="customRuntimeConfig")
    def custom_runtime_config(self) -> "Fcv3FunctionCustomRuntimeConfigOutputReference":
        return typing.cast("Fcv3FunctionCustomRuntimeConfigOutputReference", jsii.get(self, "customRuntimeConfig"))

    @builtins.property
    @jsii.member(jsii_name="functionArn")
    def function_arn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "functionArn"))

    @builtins.property
    @jsii.member(jsii_name="functionId")
    def function_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "functionId"))

    @builtins.property
    @jsii.member(jsii_name="gpuConfig")
    def gpu_config(self) -> "Fcv3FunctionGpuConfigOutputReference":
        return typing.cast("Fcv3FunctionGpuConfigOutputReference", jsii.get(self, "gpuConfig"))

    @builtins.property
    @jsii.member(jsii_name="instanceLifecycleConfig")
    def instance_lifecycle_config(
        self,
    ) -> "Fcv3FunctionInstanceLifecycleConfigOutputReference":
        return typing.cast("Fcv3FunctionInstanceLifecycleConfigOutputReference", jsii.get(self, "instanceLifecycleConfig"))

    @builtins.property
    @jsii.member(jsii_name="invocationRestriction")
    def invocation_restriction(
        self,
    ) -> "Fcv3FunctionInvocationRestrictionOutputReference":
        return typing.cast("Fcv3FunctionInvocationRestrictionOutputReference", jsii.get(self, "invocationRestriction"))

    @builtins.property
    @jsii.member(jsii_name="lastModifiedTime")
    def last_modified_time(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lastModifiedTime"))

    @builtins.property
    @jsii.member(jsii_name="lastUpdateStatus")
    def last_update_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lastUpdateStatus"))

    @builtins.property
    @jsii.member(jsii_name="lastUpdateStatusReason")
    def last_update_status_reason(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lastUpdateStatusReason"))

    @builtins.property
    @jsii.member(jsii_name="lastUpdateStatusReasonCode")
    def last_update_status_reason_code(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lastUpdateStatusReasonCode"))

    @builtins.property
    @jsii.member(jsii_name="logConfig")
    def log_config(self) -> "Fcv3FunctionLogConfigOutputReference":
        return typing.cast("Fcv3FunctionLogConfigOutputReference", jsii.get(self, "logConfig"))

    @builtins.property
    @jsii.member(jsii_name="nasConfig")
    def nas_config(self) -> "Fcv3FunctionNasConfigOutputReference":
        return typing.cast("Fcv3FunctionNasConfigOutputReference", jsii.get(self, "nasConfig"))

    @builtins.property
    @jsii.member(jsii_name="ossMountConfig")
    def oss_mount_config(self) -> "Fcv3FunctionOssMountConfigOutputReference":
        return typing.cast("Fcv3FunctionOssMountConfigOutputReference", jsii.get(self, "ossMountConfig"))

    @builtins.property
    @jsii.member(jsii_name="state")
    def state(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "state"))

    @builtins.property
    @jsii.member(jsii_name="stateReason")
    def state_reason(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "stateReason"))

    @builtins.property
    @jsii.member(jsii_name="stateReasonCode")
    def state_reason_code(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "stateReasonCode"))

    @builtins.property
    @jsii.member(jsii_name="timeouts")
    def timeouts(self) -> "Fcv3FunctionTimeoutsOutputReference":
        return typing.cast("Fcv3FunctionTimeoutsOutputReference", jsii.get(self, "timeouts"))

    @builtins.property
    @jsii.member(jsii_name="tracingConfig")
    def tracing_config(self) -> "Fcv3FunctionTracingConfigList":
        return typing.cast("Fcv3FunctionTracingConfigList", jsii.get(self, "tracingConfig"))

    @builtins.property
    @jsii.member(jsii_name="vpcConfig")
    def vpc_config(self) -> "Fcv3FunctionVpcConfigOutputReference":
        return typing.cast("Fcv3FunctionVpcConfigOutputReference", jsii.get(self, "vpcConfig"))

    @builtins.property
    @jsii.member(jsii_name="codeInput")
    def code_input(self) -> typing.Optional["Fcv3FunctionCode"]:
        return typing.cast(typing.Optional["Fcv3FunctionCode"], jsii.get(self, "codeInput"))

    @builtins.property
    @jsii.member(jsii_name="cpuInput")
    def cpu_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "cpuInput"))

    @builtins.property
    @jsii.member(jsii_name="customContainerConfigInput")
    def custom_container_config_input(
        self,
    ) -> typing.Optional["Fcv3FunctionCustomContainerConfig"]:
        return typing.cast(typing.Optional["Fcv3FunctionCustomContainerConfig"], jsii.get(self, "customContainerConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="customDnsInput")
    def custom_dns_input(self) -> typing.Optional["Fcv3FunctionCustomDns"]:
        return typing.cast(typing.Optional["Fcv3FunctionCustomDns"], jsii.get(self, "customDnsInput"))

    @builtins.property
    @jsii.member(jsii_name="customRuntimeConfigInput")
    def custom_runtime_config_input(
        self,
    ) -> typing.Optional["Fcv3FunctionCustomRuntimeConfig"]:
        return typing.cast(typing.Optional["Fcv3FunctionCustomRuntimeConfig"], jsii.get(self, "customRuntimeConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="diskSizeInput")
    def disk_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "diskSizeInput"))

    @builtins.property
    @jsii.member(jsii_name="environmentVariablesInput")
    def environment_variables_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "environmentVariablesInput"))

    @builtins.property
    @jsii.member(jsii_name="functionNameInput")
    def function_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "functionNameInput"))

    @builtins.property
    @jsii.member(jsii_name="gpuConfigInput")
    def gpu_config_input(self) -> typing.Optional["Fcv3FunctionGpuConfig"]:
        return typing.cast(typing.Optional["Fcv3FunctionGpuConfig"], jsii.get(self, "gpuConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="handlerInput")
    def handler_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "handlerInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="idleTimeoutInput")
    def idle_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "idleTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="instanceConcurrencyInput")
    def instance_concurrency_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "instanceConcurrencyInput"))

    @builtins.property
    @jsii.member(jsii_name="instanceIsolationModeInput")
    def instance_isolation_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "instanceIsolationModeInput"))

    @builtins.property
    @jsii.member(jsii_name="instanceLifecycleConfigInput")
    def instance_lifecycle_config_input(
        self,
    ) -> typing.Optional["Fcv3FunctionInstanceLifecycleConfig"]:
        return typing.cast(typing.Optional["Fcv3FunctionInstanceLifecycleConfig"], jsii.get(self, "instanceLifecycleConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="internetAccessInput")
    def internet_access_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "internetAccessInput"))

    @builtins.property
    @jsii.member(jsii_name="invocationRestrictionInput")
    def invocation_restriction_input(
        self,
    ) -> typing.Optional["Fcv3FunctionInvocationRestriction"]:
        return typing.cast(typing.Optional["Fcv3FunctionInvocationRestriction"], jsii.get(self, "invocationRestrictionInput"))

    @builtins.property
    @jsii.member(jsii_name="layersInput")
    def layers_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "layersInput"))

    @builtins.property
    @jsii.member(jsii_name="logConfigInput")
    def log_config_input(self) -> typing.Optional["Fcv3FunctionLogConfig"]:
        return typing.cast(typing.Optional["Fcv3FunctionLogConfig"], jsii.get(self, "logConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="memorySizeInput")
    def memory_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "memorySizeInput"))

    @builtins.property
    @jsii.member(jsii_name="nasConfigInput")
    def nas_config_input(self) -> typing.Optional["Fcv3FunctionNasConfig"]:
        return typing.cast(typing.Optional["Fcv3FunctionNasConfig"], jsii.get(self, "nasConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="ossMountConfigInput")
    def oss_mount_config_input(self) -> typing.Optional["Fcv3FunctionOssMountConfig"]:
        return typing.cast(typing.Optional["Fcv3FunctionOssMountConfig"], jsii.get(self, "ossMountConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="resourceGroupIdInput")
    def resource_group_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "resourceGroupIdInput"))

    @builtins.property
    @jsii.member(jsii_name="roleInput")
    def role_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "roleInput"))

    @builtins.property
    @jsii.member(jsii_name="runtimeInput")
    def runtime_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "runtimeInput"))

    @builtins.property
    @jsii.member(jsii_name="sessionAffinityConfigInput")
    def session_affinity_config_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sessionAffinityConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="sessionAffinityInput")
    def session_affinity_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sessionAffinityInput"))

    @builtins.property
    @jsii.member(jsii_name="tagsInput")
    def tags_input(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "tagsInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutInput")
    def timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutsInput")
    def timeouts_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "Fcv3FunctionTimeouts"]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "Fcv3FunctionTimeouts"]], jsii.get(self, "timeoutsInput"))

    @builtins.property
    @jsii.member(jsii_name="vpcConfigInput")
    def vpc_config_input(self) -> typing.Optional["Fcv3FunctionVpcConfig"]:
        return typing.cast(typing.Optional["Fcv3FunctionVpcConfig"], jsii.get(self, "vpcConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="cpu")
    def cpu(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "cpu"))

    @cpu.setter
    def cpu(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1cd173dcfd12209b4058dc2f36fb11a08ee9a137e4723b3c6c96d49589416369)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cpu", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e432f2663b3fb444d243f2d569f35eefd99c435059a306fe72955ac71bfa7b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="diskSize")
    def disk_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "diskSize"))

    @disk_size.setter
    def disk_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2be74cec69a0d10a852d4c5aa33087ae61290311197f271c6a38e5e7de9a2f7c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "diskSize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environmentVariables")
    def environment_variables(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "environmentVariables"))

    @environment_variables.setter
    def environment_variables(
        self,
        value: typing.Mapping[builtins.str, builtins.str],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dfd5b5c74cea65c2c8b5abe0a9a66335426c848a8b506696dcfc4b89a1c59897)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environmentVariables", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="functionName")
    def function_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "functionName"))

    @function_name.setter
    def function_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__41215576b645633509e18cfc34442aeec513b54cd8d8f90709c4583ec6660ee6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "functionName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="handler")
    def handler(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "handler"))

    @handler.setter
    def handler(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b0c29d1162bda23e51477aaf5bfc65baa77e9f90df406abafd107481c0f3a918)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "handler", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c907146d94686f0e05826e0e9a31c9e7ca1616de758338090dffc19bbe1136e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="idleTimeout")
    def idle_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "idleTimeout"))

    @idle_timeout.setter
    def idle_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__75f182af00ab839b02c7c638d51bab7d3255605a8fe5e59cbd2c0b18e65627b8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "idleTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="instanceConcurrency")
    def instance_concurrency(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "instanceConcurrency"))

    @instance_concurrency.setter
    def instance_concurrency(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__86896268c90a06eec3037b862b1b987ca979e28e3d453ea2efefe954399857bb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "instanceConcurrency", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="instanceIsolationMode")
    def instance_isolation_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "instanceIsolationMode"))

    @instance_isolation_mode.setter
    def instance_isolation_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__569c5297f9988ebb15828b4ce624add1742a1b3d64c69f098417f1648c16ea74)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "instanceIsolationMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internetAccess")
    def internet_access(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "internetAccess"))

    @internet_access.setter
    def internet_access(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99fe807aeff644ffdb54bd211f2bb252e0eb25f2d21edbfb96141af8854ada24)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internetAccess", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="layers")
    def layers(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "layers"))

    @layers.setter
    def layers(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9199abc142363d047c209b80f85d7b81bfcd770697d869bfb1e968b8ef8e66af)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "layers", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="memorySize")
    def memory_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "memorySize"))

    @memory_size.setter
    def memory_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__192e491178ece0f9cf12b32f57f29b5cd5d6a8bcf20067b4947c64b20a2daae6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "memorySize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="resourceGroupId")
    def resource_group_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resourceGroupId"))

    @resource_group_id.setter
    def resource_group_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b72edf26ad71b3afcd3f3a824ab0ab01ca08009bd625cdefc65acc8ff0361130)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "resourceGroupId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="role")
    def role(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "role"))

    @role.setter
    def role(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84a85c817089839ed7fe98c714de55cdc23581b125386daf6806bd5c525f6824)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "role", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="runtime")
    def runtime(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "runtime"))

    @runtime.setter
    def runtime(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__123b982ec15bca608f1ff644fcc467a685e450b84349f7f89fe91ddd5d06f9a2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runtime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sessionAffinity")
    def session_affinity(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sessionAffinity"))

    @session_affinity.setter
    def session_affinity(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6c0702daab280953ce8ef29182d0017eaf6ba020763beed04193d2ce12eb8bf1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sessionAffinity", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sessionAffinityConfig")
    def session_affinity_config(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sessionAffinityConfig"))

    @session_affinity_config.setter
    def session_affinity_config(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fce3782eb6f4073ac30c1c5a071fc24a0906b3744b64e5e065918d5d5c317463)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sessionAffinityConfig", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tags")
    def tags(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "tags"))

    @tags.setter
    def tags(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__31e44f9948b6fa07981ba847b003fcd1c9d7c9f50626efc87144c81532b52015)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeout")
    def timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "timeout"))

    @timeout.setter
    def timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a46a5cf22a759bd578cc9d1941b252674de5c5e306c17bc50726b62f520d1a0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeout", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCode",
    jsii_struct_bases=[],
    name_mapping={
        "checksum": "checksum",
        "oss_bucket_name": "ossBucketName",
        "oss_object_name": "ossObjectName",
        "zip_file": "zipFile",
    },
)
class Fcv3FunctionCode:
    def __init__(
        self,
        *,
        checksum: typing.Optional[builtins.str] = None,
        oss_bucket_name: typing.Optional[builtins.str] = None,
        oss_object_name: typing.Optional[builtins.str] = None,
        zip_file: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param checksum: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#checksum Fcv3Function#checksum}.
        :param oss_bucket_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#oss_bucket_name Fcv3Function#oss_bucket_name}.
        :param oss_object_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#oss_object_name Fcv3Function#oss_object_name}.
        :param zip_file: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#zip_file Fcv3Function#zip_file}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__90c671e3d764ff58afb3d2ad19f0b8debf05954a6d5d797a8a5a0cde13e28cde)
            check_type(argname="argument checksum", value=checksum, expected_type=type_hints["checksum"])
            check_type(argname="argument oss_bucket_name", value=oss_bucket_name, expected_type=type_hints["oss_bucket_name"])
            check_type(argname="argument oss_object_name", value=oss_object_name, expected_type=type_hints["oss_object_name"])
            check_type(argname="argument zip_file", value=zip_file, expected_type=type_hints["zip_file"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if checksum is not None:
            self._values["checksum"] = checksum
        if oss_bucket_name is not None:
            self._values["oss_bucket_name"] = oss_bucket_name
        if oss_object_name is not None:
            self._values["oss_object_name"] = oss_object_name
        if zip_file is not None:
            self._values["zip_file"] = zip_file

    @builtins.property
    def checksum(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#checksum Fcv3Function#checksum}.'''
        result = self._values.get("checksum")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oss_bucket_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#oss_bucket_name Fcv3Function#oss_bucket_name}.'''
        result = self._values.get("oss_bucket_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oss_object_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#oss_object_name Fcv3Function#oss_object_name}.'''
        result = self._values.get("oss_object_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def zip_file(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#zip_file Fcv3Function#zip_file}.'''
        result = self._values.get("zip_file")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionCode(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionCodeOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCodeOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__1fa9a679c0b2d6d466b0070a5c918a9fd9e04bab788edb53c6855afbfe658c65)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetChecksum")
    def reset_checksum(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChecksum", []))

    @jsii.member(jsii_name="resetOssBucketName")
    def reset_oss_bucket_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOssBucketName", []))

    @jsii.member(jsii_name="resetOssObjectName")
    def reset_oss_object_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOssObjectName", []))

    @jsii.member(jsii_name="resetZipFile")
    def reset_zip_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetZipFile", []))

    @builtins.property
    @jsii.member(jsii_name="checksumInput")
    def checksum_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "checksumInput"))

    @builtins.property
    @jsii.member(jsii_name="ossBucketNameInput")
    def oss_bucket_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ossBucketNameInput"))

    @builtins.property
    @jsii.member(jsii_name="ossObjectNameInput")
    def oss_object_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ossObjectNameInput"))

    @builtins.property
    @jsii.member(jsii_name="zipFileInput")
    def zip_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "zipFileInput"))

    @builtins.property
    @jsii.member(jsii_name="checksum")
    def checksum(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "checksum"))

    @checksum.setter
    def checksum(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__099eb9ec0e73eb121aa69cc7809219ca4324f983520b12de77c7a936ef1ccd7a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "checksum", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ossBucketName")
    def oss_bucket_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ossBucketName"))

    @oss_bucket_name.setter
    def oss_bucket_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__34746e39dc1bcefdefe842de021189b251e5e02941f7622e48a9e3c06166a907)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ossBucketName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ossObjectName")
    def oss_object_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ossObjectName"))

    @oss_object_name.setter
    def oss_object_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aace10ae3d428a75615b2186a0cfd1b010ec78d1a755b941ec99af1ad745e1ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ossObjectName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="zipFile")
    def zip_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "zipFile"))

    @zip_file.setter
    def zip_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1c40b01c8eb6b7ae090a32821e5eb76cf1276c140d4d3bfcc29bd7d14a2fadf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "zipFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[Fcv3FunctionCode]:
        return typing.cast(typing.Optional[Fcv3FunctionCode], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[Fcv3FunctionCode]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__320bdcb3e614fc3ee1585d0955b258c24cc014065e6c36d87a6772a199ea14c8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "handler": "handler",
        "runtime": "runtime",
        "code": "code",
        "cpu": "cpu",
        "custom_container_config": "customContainerConfig",
        "custom_dns": "customDns",
        "custom_runtime_config": "customRuntimeConfig",
        "description": "description",
        "disk_size": "diskSize",
        "environment_variables": "environmentVariables",
        "function_name": "functionName",
        "gpu_config": "gpuConfig",
        "id": "id",
        "idle_timeout": "idleTimeout",
        "instance_concurrency": "instanceConcurrency",
        "instance_isolation_mode": "instanceIsolationMode",
        "instance_lifecycle_config": "instanceLifecycleConfig",
        "internet_access": "internetAccess",
        "invocation_restriction": "invocationRestriction",
        "layers": "layers",
        "log_config": "logConfig",
        "memory_size": "memorySize",
        "nas_config": "nasConfig",
        "oss_mount_config": "ossMountConfig",
        "resource_group_id": "resourceGroupId",
        "role": "role",
        "session_affinity": "sessionAffinity",
        "session_affinity_config": "sessionAffinityConfig",
        "tags": "tags",
        "timeout": "timeout",
        "timeouts": "timeouts",
        "vpc_config": "vpcConfig",
    },
)
class Fcv3FunctionConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        handler: builtins.str,
        runtime: builtins.str,
        code: typing.Optional[typing.Union[Fcv3FunctionCode, typing.Dict[builtins.str, typing.Any]]] = None,
        cpu: typing.Optional[jsii.Number] = None,
        custom_container_config: typing.Optional[typing.Union["Fcv3FunctionCustomContainerConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        custom_dns: typing.Optional[typing.Union["Fcv3FunctionCustomDns", typing.Dict[builtins.str, typing.Any]]] = None,
        custom_runtime_config: typing.Optional[typing.Union["Fcv3FunctionCustomRuntimeConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        description: typing.Optional[builtins.str] = None,
        disk_size: typing.Optional[jsii.Number] = None,
        environment_variables: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        function_name: typing.Optional[builtins.str] = None,
        gpu_config: typing.Optional[typing.Union["Fcv3FunctionGpuConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        idle_timeout: typing.Optional[jsii.Number] = None,
        instance_concurrency: typing.Optional[jsii.Number] = None,
        instance_isolation_mode: typing.Optional[builtins.str] = None,
        instance_lifecycle_config: typing.Optional[typing.Union["Fcv3FunctionInstanceLifecycleConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        internet_access: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        invocation_restriction: typing.Optional[typing.Union["Fcv3FunctionInvocationRestriction", typing.Dict[builtins.str, typing.Any]]] = None,
        layers: typing.Optional[typing.Sequence[builtins.str]] = None,
        log_config: typing.Optional[typing.Union["Fcv3FunctionLogConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        memory_size: typing.Optional[jsii.Number] = None,
        nas_config: typing.Optional[typing.Union["Fcv3FunctionNasConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        oss_mount_config: typing.Optional[typing.Union["Fcv3FunctionOssMountConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_group_id: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        session_affinity: typing.Optional[builtins.str] = None,
        session_affinity_config: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        timeout: typing.Optional[jsii.Number] = None,
        timeouts: typing.Optional[typing.Union["Fcv3FunctionTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
        vpc_config: typing.Optional[typing.Union["Fcv3FunctionVpcConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param handler: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#handler Fcv3Function#handler}.
        :param runtime: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#runtime Fcv3Function#runtime}.
        :param code: code block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#code Fcv3Function#code}
        :param cpu: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#cpu Fcv3Function#cpu}.
        :param custom_container_config: custom_container_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#custom_container_config Fcv3Function#custom_container_config}
        :param custom_dns: custom_dns block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#custom_dns Fcv3Function#custom_dns}
        :param custom_runtime_config: custom_runtime_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#custom_runtime_config Fcv3Function#custom_runtime_config}
        :param description: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#description Fcv3Function#description}.
        :param disk_size: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#disk_size Fcv3Function#disk_size}.
        :param environment_variables: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#environment_variables Fcv3Function#environment_variables}.
        :param function_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#function_name Fcv3Function#function_name}.
        :param gpu_config: gpu_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#gpu_config Fcv3Function#gpu_config}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#id Fcv3Function#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param idle_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#idle_timeout Fcv3Function#idle_timeout}.
        :param instance_concurrency: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#instance_concurrency Fcv3Function#instance_concurrency}.
        :param instance_isolation_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#instance_isolation_mode Fcv3Function#instance_isolation_mode}.
        :param instance_lifecycle_config: instance_lifecycle_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#instance_lifecycle_config Fcv3Function#instance_lifecycle_config}
        :param internet_access: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#internet_access Fcv3Function#internet_access}.
        :param invocation_restriction: invocation_restriction block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#invocation_restriction Fcv3Function#invocation_restriction}
        :param layers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#layers Fcv3Function#layers}.
        :param log_config: log_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#log_config Fcv3Function#log_config}
        :param memory_size: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#memory_size Fcv3Function#memory_size}.
        :param nas_config: nas_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#nas_config Fcv3Function#nas_config}
        :param oss_mount_config: oss_mount_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#oss_mount_config Fcv3Function#oss_mount_config}
        :param resource_group_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#resource_group_id Fcv3Function#resource_group_id}.
        :param role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#role Fcv3Function#role}.
        :param session_affinity: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#session_affinity Fcv3Function#session_affinity}.
        :param session_affinity_config: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#session_affinity_config Fcv3Function#session_affinity_config}.
        :param tags: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#tags Fcv3Function#tags}.
        :param timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout Fcv3Function#timeout}.
        :param timeouts: timeouts block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeouts Fcv3Function#timeouts}
        :param vpc_config: vpc_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#vpc_config Fcv3Function#vpc_config}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(code, dict):
            code = Fcv3FunctionCode(**code)
        if isinstance(custom_container_config, dict):
            custom_container_config = Fcv3FunctionCustomContainerConfig(**custom_container_config)
        if isinstance(custom_dns, dict):
            custom_dns = Fcv3FunctionCustomDns(**custom_dns)
        if isinstance(custom_runtime_config, dict):
            custom_runtime_config = Fcv3FunctionCustomRuntimeConfig(**custom_runtime_config)
        if isinstance(gpu_config, dict):
            gpu_config = Fcv3FunctionGpuConfig(**gpu_config)
        if isinstance(instance_lifecycle_config, dict):
            instance_lifecycle_config = Fcv3FunctionInstanceLifecycleConfig(**instance_lifecycle_config)
        if isinstance(invocation_restriction, dict):
            invocation_restriction = Fcv3FunctionInvocationRestriction(**invocation_restriction)
        if isinstance(log_config, dict):
            log_config = Fcv3FunctionLogConfig(**log_config)
        if isinstance(nas_config, dict):
            nas_config = Fcv3FunctionNasConfig(**nas_config)
        if isinstance(oss_mount_config, dict):
            oss_mount_config = Fcv3FunctionOssMountConfig(**oss_mount_config)
        if isinstance(timeouts, dict):
            timeouts = Fcv3FunctionTimeouts(**timeouts)
        if isinstance(vpc_config, dict):
            vpc_config = Fcv3FunctionVpcConfig(**vpc_config)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__464e82b592d245239ca37808dd53a37c150962e618a97dce633bfab1feb954aa)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument handler", value=handler, expected_type=type_hints["handler"])
            check_type(argname="argument runtime", value=runtime, expected_type=type_hints["runtime"])
            check_type(argname="argument code", value=code, expected_type=type_hints["code"])
            check_type(argname="argument cpu", value=cpu, expected_type=type_hints["cpu"])
            check_type(argname="argument custom_container_config", value=custom_container_config, expected_type=type_hints["custom_container_config"])
            check_type(argname="argument custom_dns", value=custom_dns, expected_type=type_hints["custom_dns"])
            check_type(argname="argument custom_runtime_config", value=custom_runtime_config, expected_type=type_hints["custom_runtime_config"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument disk_size", value=disk_size, expected_type=type_hints["disk_size"])
            check_type(argname="argument environment_variables", value=environment_variables, expected_type=type_hints["environment_variables"])
            check_type(argname="argument function_name", value=function_name, expected_type=type_hints["function_name"])
            check_type(argname="argument gpu_config", value=gpu_config, expected_type=type_hints["gpu_config"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument idle_timeout", value=idle_timeout, expected_type=type_hints["idle_timeout"])
            check_type(argname="argument instance_concurrency", value=instance_concurrency, expected_type=type_hints["instance_concurrency"])
            check_type(argname="argument instance_isolation_mode", value=instance_isolation_mode, expected_type=type_hints["instance_isolation_mode"])
            check_type(argname="argument instance_lifecycle_config", value=instance_lifecycle_config, expected_type=type_hints["instance_lifecycle_config"])
            check_type(argname="argument internet_access", value=internet_access, expected_type=type_hints["internet_access"])
            check_type(argname="argument invocation_restriction", value=invocation_restriction, expected_type=type_hints["invocation_restriction"])
            check_type(argname="argument layers", value=layers, expected_type=type_hints["layers"])
            check_type(argname="argument log_config", value=log_config, expected_type=type_hints["log_config"])
            check_type(argname="argument memory_size", value=memory_size, expected_type=type_hints["memory_size"])
            check_type(argname="argument nas_config", value=nas_config, expected_type=type_hints["nas_config"])
            check_type(argname="argument oss_mount_config", value=oss_mount_config, expected_type=type_hints["oss_mount_config"])
            check_type(argname="argument resource_group_id", value=resource_group_id, expected_type=type_hints["resource_group_id"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument session_affinity", value=session_affinity, expected_type=type_hints["session_affinity"])
            check_type(argname="argument session_affinity_config", value=session_affinity_config, expected_type=type_hints["session_affinity_config"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
            check_type(argname="argument vpc_config", value=vpc_config, expected_type=type_hints["vpc_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "handler": handler,
            "runtime": runtime,
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
        if code is not None:
            self._values["code"] = code
        if cpu is not None:
            self._values["cpu"] = cpu
        if custom_container_config is not None:
            self._values["custom_container_config"] = custom_container_config
        if custom_dns is not None:
            self._values["custom_dns"] = custom_dns
        if custom_runtime_config is not None:
            self._values["custom_runtime_config"] = custom_runtime_config
        if description is not None:
            self._values["description"] = description
        if disk_size is not None:
            self._values["disk_size"] = disk_size
        if environment_variables is not None:
            self._values["environment_variables"] = environment_variables
        if function_name is not None:
            self._values["function_name"] = function_name
        if gpu_config is not None:
            self._values["gpu_config"] = gpu_config
        if id is not None:
            self._values["id"] = id
        if idle_timeout is not None:
            self._values["idle_timeout"] = idle_timeout
        if instance_concurrency is not None:
            self._values["instance_concurrency"] = instance_concurrency
        if instance_isolation_mode is not None:
            self._values["instance_isolation_mode"] = instance_isolation_mode
        if instance_lifecycle_config is not None:
            self._values["instance_lifecycle_config"] = instance_lifecycle_config
        if internet_access is not None:
            self._values["internet_access"] = internet_access
        if invocation_restriction is not None:
            self._values["invocation_restriction"] = invocation_restriction
        if layers is not None:
            self._values["layers"] = layers
        if log_config is not None:
            self._values["log_config"] = log_config
        if memory_size is not None:
            self._values["memory_size"] = memory_size
        if nas_config is not None:
            self._values["nas_config"] = nas_config
        if oss_mount_config is not None:
            self._values["oss_mount_config"] = oss_mount_config
        if resource_group_id is not None:
            self._values["resource_group_id"] = resource_group_id
        if role is not None:
            self._values["role"] = role
        if session_affinity is not None:
            self._values["session_affinity"] = session_affinity
        if session_affinity_config is not None:
            self._values["session_affinity_config"] = session_affinity_config
        if tags is not None:
            self._values["tags"] = tags
        if timeout is not None:
            self._values["timeout"] = timeout
        if timeouts is not None:
            self._values["timeouts"] = timeouts
        if vpc_config is not None:
            self._values["vpc_config"] = vpc_config

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
    def handler(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#handler Fcv3Function#handler}.'''
        result = self._values.get("handler")
        assert result is not None, "Required property 'handler' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def runtime(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#runtime Fcv3Function#runtime}.'''
        result = self._values.get("runtime")
        assert result is not None, "Required property 'runtime' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def code(self) -> typing.Optional[Fcv3FunctionCode]:
        '''code block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#code Fcv3Function#code}
        '''
        result = self._values.get("code")
        return typing.cast(typing.Optional[Fcv3FunctionCode], result)

    @builtins.property
    def cpu(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#cpu Fcv3Function#cpu}.'''
        result = self._values.get("cpu")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def custom_container_config(
        self,
    ) -> typing.Optional["Fcv3FunctionCustomContainerConfig"]:
        '''custom_container_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#custom_container_config Fcv3Function#custom_container_config}
        '''
        result = self._values.get("custom_container_config")
        return typing.cast(typing.Optional["Fcv3FunctionCustomContainerConfig"], result)

    @builtins.property
    def custom_dns(self) -> typing.Optional["Fcv3FunctionCustomDns"]:
        '''custom_dns block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#custom_dns Fcv3Function#custom_dns}
        '''
        result = self._values.get("custom_dns")
        return typing.cast(typing.Optional["Fcv3FunctionCustomDns"], result)

    @builtins.property
    def custom_runtime_config(
        self,
    ) -> typing.Optional["Fcv3FunctionCustomRuntimeConfig"]:
        '''custom_runtime_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#custom_runtime_config Fcv3Function#custom_runtime_config}
        '''
        result = self._values.get("custom_runtime_config")
        return typing.cast(typing.Optional["Fcv3FunctionCustomRuntimeConfig"], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#description Fcv3Function#description}.'''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def disk_size(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#disk_size Fcv3Function#disk_size}.'''
        result = self._values.get("disk_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def environment_variables(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#environment_variables Fcv3Function#environment_variables}.'''
        result = self._values.get("environment_variables")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def function_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#function_name Fcv3Function#function_name}.'''
        result = self._values.get("function_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gpu_config(self) -> typing.Optional["Fcv3FunctionGpuConfig"]:
        '''gpu_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#gpu_config Fcv3Function#gpu_config}
        '''
        result = self._values.get("gpu_config")
        return typing.cast(typing.Optional["Fcv3FunctionGpuConfig"], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#id Fcv3Function#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def idle_timeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#idle_timeout Fcv3Function#idle_timeout}.'''
        result = self._values.get("idle_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def instance_concurrency(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#instance_concurrency Fcv3Function#instance_concurrency}.'''
        result = self._values.get("instance_concurrency")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def instance_isolation_mode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#instance_isolation_mode Fcv3Function#instance_isolation_mode}.'''
        result = self._values.get("instance_isolation_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def instance_lifecycle_config(
        self,
    ) -> typing.Optional["Fcv3FunctionInstanceLifecycleConfig"]:
        '''instance_lifecycle_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#instance_lifecycle_config Fcv3Function#instance_lifecycle_config}
        '''
        result = self._values.get("instance_lifecycle_config")
        return typing.cast(typing.Optional["Fcv3FunctionInstanceLifecycleConfig"], result)

    @builtins.property
    def internet_access(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#internet_access Fcv3Function#internet_access}.'''
        result = self._values.get("internet_access")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def invocation_restriction(
        self,
    ) -> typing.Optional["Fcv3FunctionInvocationRestriction"]:
        '''invocation_restriction block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#invocation_restriction Fcv3Function#invocation_restriction}
        '''
        result = self._values.get("invocation_restriction")
        return typing.cast(typing.Optional["Fcv3FunctionInvocationRestriction"], result)

    @builtins.property
    def layers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#layers Fcv3Function#layers}.'''
        result = self._values.get("layers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def log_config(self) -> typing.Optional["Fcv3FunctionLogConfig"]:
        '''log_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#log_config Fcv3Function#log_config}
        '''
        result = self._values.get("log_config")
        return typing.cast(typing.Optional["Fcv3FunctionLogConfig"], result)

    @builtins.property
    def memory_size(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#memory_size Fcv3Function#memory_size}.'''
        result = self._values.get("memory_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def nas_config(self) -> typing.Optional["Fcv3FunctionNasConfig"]:
        '''nas_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#nas_config Fcv3Function#nas_config}
        '''
        result = self._values.get("nas_config")
        return typing.cast(typing.Optional["Fcv3FunctionNasConfig"], result)

    @builtins.property
    def oss_mount_config(self) -> typing.Optional["Fcv3FunctionOssMountConfig"]:
        '''oss_mount_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#oss_mount_config Fcv3Function#oss_mount_config}
        '''
        result = self._values.get("oss_mount_config")
        return typing.cast(typing.Optional["Fcv3FunctionOssMountConfig"], result)

    @builtins.property
    def resource_group_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#resource_group_id Fcv3Function#resource_group_id}.'''
        result = self._values.get("resource_group_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#role Fcv3Function#role}.'''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_affinity(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#session_affinity Fcv3Function#session_affinity}.'''
        result = self._values.get("session_affinity")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_affinity_config(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#session_affinity_config Fcv3Function#session_affinity_config}.'''
        result = self._values.get("session_affinity_config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#tags Fcv3Function#tags}.'''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def timeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout Fcv3Function#timeout}.'''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeouts(self) -> typing.Optional["Fcv3FunctionTimeouts"]:
        '''timeouts block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeouts Fcv3Function#timeouts}
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["Fcv3FunctionTimeouts"], result)

    @builtins.property
    def vpc_config(self) -> typing.Optional["Fcv3FunctionVpcConfig"]:
        '''vpc_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#vpc_config Fcv3Function#vpc_config}
        '''
        result = self._values.get("vpc_config")
        return typing.cast(typing.Optional["Fcv3FunctionVpcConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomContainerConfig",
    jsii_struct_bases=[],
    name_mapping={
        "acceleration_type": "accelerationType",
        "acr_instance_id": "acrInstanceId",
        "command": "command",
        "entrypoint": "entrypoint",
        "health_check_config": "healthCheckConfig",
        "image": "image",
        "port": "port",
    },
)
class Fcv3FunctionCustomContainerConfig:
    def __init__(
        self,
        *,
        acceleration_type: typing.Optional[builtins.str] = None,
        acr_instance_id: typing.Optional[builtins.str] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        entrypoint: typing.Optional[typing.Sequence[builtins.str]] = None,
        health_check_config: typing.Optional[typing.Union["Fcv3FunctionCustomContainerConfigHealthCheckConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        image: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param acceleration_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#acceleration_type Fcv3Function#acceleration_type}.
        :param acr_instance_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#acr_instance_id Fcv3Function#acr_instance_id}.
        :param command: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#command Fcv3Function#command}.
        :param entrypoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#entrypoint Fcv3Function#entrypoint}.
        :param health_check_config: health_check_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#health_check_config Fcv3Function#health_check_config}
        :param image: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#image Fcv3Function#image}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#port Fcv3Function#port}.
        '''
        if isinstance(health_check_config, dict):
            health_check_config = Fcv3FunctionCustomContainerConfigHealthCheckConfig(**health_check_config)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84b5be59ee4245c92d22b12a9da5ec82580fa629876ee29dd1cf92474a852626)
            check_type(argname="argument acceleration_type", value=acceleration_type, expected_type=type_hints["acceleration_type"])
            check_type(argname="argument acr_instance_id", value=acr_instance_id, expected_type=type_hints["acr_instance_id"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument entrypoint", value=entrypoint, expected_type=type_hints["entrypoint"])
            check_type(argname="argument health_check_config", value=health_check_config, expected_type=type_hints["health_check_config"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if acceleration_type is not None:
            self._values["acceleration_type"] = acceleration_type
        if acr_instance_id is not None:
            self._values["acr_instance_id"] = acr_instance_id
        if command is not None:
            self._values["command"] = command
        if entrypoint is not None:
            self._values["entrypoint"] = entrypoint
        if health_check_config is not None:
            self._values["health_check_config"] = health_check_config
        if image is not None:
            self._values["image"] = image
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def acceleration_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#acceleration_type Fcv3Function#acceleration_type}.'''
        result = self._values.get("acceleration_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def acr_instance_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#acr_instance_id Fcv3Function#acr_instance_id}.'''
        result = self._values.get("acr_instance_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#command Fcv3Function#command}.'''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def entrypoint(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#entrypoint Fcv3Function#entrypoint}.'''
        result = self._values.get("entrypoint")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def health_check_config(
        self,
    ) -> typing.Optional["Fcv3FunctionCustomContainerConfigHealthCheckConfig"]:
        '''health_check_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#health_check_config Fcv3Function#health_check_config}
        '''
        result = self._values.get("health_check_config")
        return typing.cast(typing.Optional["Fcv3FunctionCustomContainerConfigHealthCheckConfig"], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#image Fcv3Function#image}.'''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#port Fcv3Function#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionCustomContainerConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomContainerConfigAccelerationInfo",
    jsii_struct_bases=[],
    name_mapping={},
)
class Fcv3FunctionCustomContainerConfigAccelerationInfo:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionCustomContainerConfigAccelerationInfo(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionCustomContainerConfigAccelerationInfoList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomContainerConfigAccelerationInfoList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0a2266b378750b0a72d10fa7adc25a30b08dadf16bff1b0cb811de6d44c2fd0d)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "Fcv3FunctionCustomContainerConfigAccelerationInfoOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__747037422a4b79ab5a528fb079a7b86254121c05b30ce3cf747f4da39c258543)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("Fcv3FunctionCustomContainerConfigAccelerationInfoOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__17605bb82b04f6207d07e951025b91827af24aa83fdff0d7ab6bcda62aba16b3)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5f6a43e994334738a5058cad4e4fb89fdf3eb2381be1d90cfb03b777bc3eebb3)
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
            type_hints = typing.get_type_hints(_typecheckingstub__9eef38e6f7776a69e8e0e9e8d8facc51284fe7141c73928c40d734dd10d3cdcd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class Fcv3FunctionCustomContainerConfigAccelerationInfoOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomContainerConfigAccelerationInfoOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__90782c0710417f9f00ae257440c1477ed3f2e9db9739bd987115a488655f33f7)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[Fcv3FunctionCustomContainerConfigAccelerationInfo]:
        return typing.cast(typing.Optional[Fcv3FunctionCustomContainerConfigAccelerationInfo], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[Fcv3FunctionCustomContainerConfigAccelerationInfo],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4d3cbe4a34573179ae49a55ace047b5535d56f53ea42bbe81e82b16c5226ff59)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomContainerConfigHealthCheckConfig",
    jsii_struct_bases=[],
    name_mapping={
        "failure_threshold": "failureThreshold",
        "http_get_url": "httpGetUrl",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "timeout_seconds": "timeoutSeconds",
    },
)
class Fcv3FunctionCustomContainerConfigHealthCheckConfig:
    def __init__(
        self,
        *,
        failure_threshold: typing.Optional[jsii.Number] = None,
        http_get_url: typing.Optional[builtins.str] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param failure_threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#failure_threshold Fcv3Function#failure_threshold}.
        :param http_get_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#http_get_url Fcv3Function#http_get_url}.
        :param initial_delay_seconds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#initial_delay_seconds Fcv3Function#initial_delay_seconds}.
        :param period_seconds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#period_seconds Fcv3Function#period_seconds}.
        :param success_threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#success_threshold Fcv3Function#success_threshold}.
        :param timeout_seconds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout_seconds Fcv3Function#timeout_seconds}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__237d638a6b46a375c7108230890c0c41ebe29ef2826a519ccee5ea7c6a6af0f3)
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument http_get_url", value=http_get_url, expected_type=type_hints["http_get_url"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if http_get_url is not None:
            self._values["http_get_url"] = http_get_url
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#failure_threshold Fcv3Function#failure_threshold}.'''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_get_url(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#http_get_url Fcv3Function#http_get_url}.'''
        result = self._values.get("http_get_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#initial_delay_seconds Fcv3Function#initial_delay_seconds}.'''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#period_seconds Fcv3Function#period_seconds}.'''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#success_threshold Fcv3Function#success_threshold}.'''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout_seconds Fcv3Function#timeout_seconds}.'''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionCustomContainerConfigHealthCheckConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionCustomContainerConfigHealthCheckConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomContainerConfigHealthCheckConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__8c13c89eec26e028cfa178c6752c305b8e5f4de466e021d555d3109aeff6b525)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetFailureThreshold")
    def reset_failure_threshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFailureThreshold", []))

    @jsii.member(jsii_name="resetHttpGetUrl")
    def reset_http_get_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHttpGetUrl", []))

    @jsii.member(jsii_name="resetInitialDelaySeconds")
    def reset_initial_delay_seconds(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInitialDelaySeconds", []))

    @jsii.member(jsii_name="resetPeriodSeconds")
    def reset_period_seconds(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPeriodSeconds", []))

    @jsii.member(jsii_name="resetSuccessThreshold")
    def reset_success_threshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSuccessThreshold", []))

    @jsii.member(jsii_name="resetTimeoutSeconds")
    def reset_timeout_seconds(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeoutSeconds", []))

    @builtins.property
    @jsii.member(jsii_name="failureThresholdInput")
    def failure_threshold_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "failureThresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="httpGetUrlInput")
    def http_get_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "httpGetUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="initialDelaySecondsInput")
    def initial_delay_seconds_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "initialDelaySecondsInput"))

    @builtins.property
    @jsii.member(jsii_name="periodSecondsInput")
    def period_seconds_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "periodSecondsInput"))

    @builtins.property
    @jsii.member(jsii_name="successThresholdInput")
    def success_threshold_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "successThresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutSecondsInput")
    def timeout_seconds_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeoutSecondsInput"))

    @builtins.property
    @jsii.member(jsii_name="failureThreshold")
    def failure_threshold(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "failureThreshold"))

    @failure_threshold.setter
    def failure_threshold(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ff8f18ad399dc9b1b10a84b628c4dc94f6bc01bf2b0146632a83050d3cede81b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "failureThreshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="httpGetUrl")
    def http_get_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "httpGetUrl"))

    @http_get_url.setter
    def http_get_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d1982daac7b85ccaad5b92b1d1589cfbb9374b094dd0a2866b6242a2f1a4642)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "httpGetUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="initialDelaySeconds")
    def initial_delay_seconds(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "initialDelaySeconds"))

    @initial_delay_seconds.setter
    def initial_delay_seconds(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__04be4ac59e7365c34e3ccb9199ccc14fe5f59f18f72c9c1dda6971dd7ed822e2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "initialDelaySeconds", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="periodSeconds")
    def period_seconds(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "periodSeconds"))

    @period_seconds.setter
    def period_seconds(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5b03e1d33a1062ae3ce40062ec9aa42620581e3af4d6744bc9789a1fa49566dc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "periodSeconds", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="successThreshold")
    def success_threshold(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "successThreshold"))

    @success_threshold.setter
    def success_threshold(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e52a44a62ce2a1a456ff26f32c19adb73311152a78e8a57bc0f589b111fed8b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "successThreshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeoutSeconds")
    def timeout_seconds(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "timeoutSeconds"))

    @timeout_seconds.setter
    def timeout_seconds(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6239a479b00c441c3199497d123ab425f88042c8ea9e91bb21090cf8fbda358c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeoutSeconds", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[Fcv3FunctionCustomContainerConfigHealthCheckConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionCustomContainerConfigHealthCheckConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[Fcv3FunctionCustomContainerConfigHealthCheckConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__924748b5a34deb4b53cf667884b8815133240a2fd940284635d7a7ab9ef72bf5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class Fcv3FunctionCustomContainerConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomContainerConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__9d5ea069fbf15c8995f12d71a0eb339a463e7981eee06436bbf9740c88d5c5ae)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putHealthCheckConfig")
    def put_health_check_config(
        self,
        *,
        failure_threshold: typing.Optional[jsii.Number] = None,
        http_get_url: typing.Optional[builtins.str] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param failure_threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#failure_threshold Fcv3Function#failure_threshold}.
        :param http_get_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#http_get_url Fcv3Function#http_get_url}.
        :param initial_delay_seconds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#initial_delay_seconds Fcv3Function#initial_delay_seconds}.
        :param period_seconds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#period_seconds Fcv3Function#period_seconds}.
        :param success_threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#success_threshold Fcv3Function#success_threshold}.
        :param timeout_seconds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout_seconds Fcv3Function#timeout_seconds}.
        '''
        value = Fcv3FunctionCustomContainerConfigHealthCheckConfig(
            failure_threshold=failure_threshold,
            http_get_url=http_get_url,
            initial_delay_seconds=initial_delay_seconds,
            period_seconds=period_seconds,
            success_threshold=success_threshold,
            timeout_seconds=timeout_seconds,
        )

        return typing.cast(None, jsii.invoke(self, "putHealthCheckConfig", [value]))

    @jsii.member(jsii_name="resetAccelerationType")
    def reset_acceleration_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccelerationType", []))

    @jsii.member(jsii_name="resetAcrInstanceId")
    def reset_acr_instance_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAcrInstanceId", []))

    @jsii.member(jsii_name="resetCommand")
    def reset_command(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCommand", []))

    @jsii.member(jsii_name="resetEntrypoint")
    def reset_entrypoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEntrypoint", []))

    @jsii.member(jsii_name="resetHealthCheckConfig")
    def reset_health_check_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthCheckConfig", []))

    @jsii.member(jsii_name="resetImage")
    def reset_image(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetImage", []))

    @jsii.member(jsii_name="resetPort")
    def reset_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPort", []))

    @builtins.property
    @jsii.member(jsii_name="accelerationInfo")
    def acceleration_info(
        self,
    ) -> Fcv3FunctionCustomContainerConfigAccelerationInfoList:
        return typing.cast(Fcv3FunctionCustomContainerConfigAccelerationInfoList, jsii.get(self, "accelerationInfo"))

    @builtins.property
    @jsii.member(jsii_name="healthCheckConfig")
    def health_check_config(
        self,
    ) -> Fcv3FunctionCustomContainerConfigHealthCheckConfigOutputReference:
        return typing.cast(Fcv3FunctionCustomContainerConfigHealthCheckConfigOutputReference, jsii.get(self, "healthCheckConfig"))

    @builtins.property
    @jsii.member(jsii_name="resolvedImageUri")
    def resolved_image_uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resolvedImageUri"))

    @builtins.property
    @jsii.member(jsii_name="accelerationTypeInput")
    def acceleration_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accelerationTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="acrInstanceIdInput")
    def acr_instance_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "acrInstanceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="commandInput")
    def command_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "commandInput"))

    @builtins.property
    @jsii.member(jsii_name="entrypointInput")
    def entrypoint_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "entrypointInput"))

    @builtins.property
    @jsii.member(jsii_name="healthCheckConfigInput")
    def health_check_config_input(
        self,
    ) -> typing.Optional[Fcv3FunctionCustomContainerConfigHealthCheckConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionCustomContainerConfigHealthCheckConfig], jsii.get(self, "healthCheckConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="imageInput")
    def image_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "imageInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="accelerationType")
    def acceleration_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accelerationType"))

    @acceleration_type.setter
    def acceleration_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5ae4147448d4c6991174bfd3e14eae2588ffafc112d3a2e332db7d044bf1d82a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accelerationType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="acrInstanceId")
    def acr_instance_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "acrInstanceId"))

    @acr_instance_id.setter
    def acr_instance_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e2cd02577c43ca1f8d2ddbed61c4ef510dd4b865c81e68c46cf2eae5a48daf61)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "acrInstanceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="command")
    def command(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "command"))

    @command.setter
    def command(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ac079e94631bffa4cb26d5f9dac5cd5420384ed0a814dbac80ed5bad95fa029)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "command", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="entrypoint")
    def entrypoint(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "entrypoint"))

    @entrypoint.setter
    def entrypoint(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ca939364ba4af20d6c4ee5534d1a9e3c0b67e6557989b6b1e086314f0b2b96a9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "entrypoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="image")
    def image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "image"))

    @image.setter
    def image(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__04c9aa8bdaaf381dbb9817f533fe13c962d3d0f97746f4f2202b7855f4b62d54)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "image", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dad26a1911a6b6fc2eab16783194d45da4b81c7e3c0e9b6a9f02ceb0ef20bc2c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[Fcv3FunctionCustomContainerConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionCustomContainerConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[Fcv3FunctionCustomContainerConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d02dbd89cef98ef49a037e14830522ac9c45e5d4a982dce310138fcb1f834532)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomDns",
    jsii_struct_bases=[],
    name_mapping={
        "dns_options": "dnsOptions",
        "name_servers": "nameServers",
        "searches": "searches",
    },
)
class Fcv3FunctionCustomDns:
    def __init__(
        self,
        *,
        dns_options: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["Fcv3FunctionCustomDnsDnsOptions", typing.Dict[builtins.str, typing.Any]]]]] = None,
        name_servers: typing.Optional[typing.Sequence[builtins.str]] = None,
        searches: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param dns_options: dns_options block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#dns_options Fcv3Function#dns_options}
        :param name_servers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#name_servers Fcv3Function#name_servers}.
        :param searches: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#searches Fcv3Function#searches}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7087ec6200659dad6c7df2bd8ef3f96c19ba7f101b1dffeadd935fc5f9d65d8f)
            check_type(argname="argument dns_options", value=dns_options, expected_type=type_hints["dns_options"])
            check_type(argname="argument name_servers", value=name_servers, expected_type=type_hints["name_servers"])
            check_type(argname="argument searches", value=searches, expected_type=type_hints["searches"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if dns_options is not None:
            self._values["dns_options"] = dns_options
        if name_servers is not None:
            self._values["name_servers"] = name_servers
        if searches is not None:
            self._values["searches"] = searches

    @builtins.property
    def dns_options(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["Fcv3FunctionCustomDnsDnsOptions"]]]:
        '''dns_options block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#dns_options Fcv3Function#dns_options}
        '''
        result = self._values.get("dns_options")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["Fcv3FunctionCustomDnsDnsOptions"]]], result)

    @builtins.property
    def name_servers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#name_servers Fcv3Function#name_servers}.'''
        result = self._values.get("name_servers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def searches(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#searches Fcv3Function#searches}.'''
        result = self._values.get("searches")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionCustomDns(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomDnsDnsOptions",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class Fcv3FunctionCustomDnsDnsOptions:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#name Fcv3Function#name}.
        :param value: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#value Fcv3Function#value}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5c5dd60bf3d51dd0235a3b2928b546433448d29b8e117ca1c20e4e5f4df1bfa8)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#name Fcv3Function#name}.'''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#value Fcv3Function#value}.'''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionCustomDnsDnsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionCustomDnsDnsOptionsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomDnsDnsOptionsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__41d9a3ae1a650d44a630cfc7f1831e9b0e7c620485c19084fddf976196fc5244)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "Fcv3FunctionCustomDnsDnsOptionsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__796e19cbc80d887845e60f8a6fff482d52268c603308307e13974accc738e03e)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("Fcv3FunctionCustomDnsDnsOptionsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4dd4a5bfe08feaa9453466acc992d29dfe8ffa9efd29d5948c26c8df4dc206a9)
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
            type_hints = typing.get_type_hints(_typecheckingstub__29c6b6fcc8d29712320104db8381266d4810993245eb971e4fc4c41fff10cd0e)
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
            type_hints = typing.get_type_hints(_typecheckingstub__4ffa8212a4f27e81b6a8d2429e4570bb2c73284ab45674d8a20e6a00899071c3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionCustomDnsDnsOptions]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionCustomDnsDnsOptions]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionCustomDnsDnsOptions]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6927b5cfe1ba75c76603eef34950ba57e4b506d12ba6ccb16aad550145a0aa73)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class Fcv3FunctionCustomDnsDnsOptionsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomDnsDnsOptionsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__660f2f4bda478863d12e7a0dfb6d6f60893da4e0097cfbe0210dd8ac68b89486)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetName")
    def reset_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetName", []))

    @jsii.member(jsii_name="resetValue")
    def reset_value(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetValue", []))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="valueInput")
    def value_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "valueInput"))

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4412dc21e835ab5d649957867a0b924bede0b7ff41762f6c73ab87c15ffd2818)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "value"))

    @value.setter
    def value(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c5596b03458a41eb494e32ab449360373d6d0823fa86e1cfc3d2fa7524173e09)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "value", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionCustomDnsDnsOptions]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionCustomDnsDnsOptions]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionCustomDnsDnsOptions]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__15ac20c3526d1baa07ae1f91c0687d96a6e61fbc37a5aa0914bc2be612737e41)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class Fcv3FunctionCustomDnsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomDnsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__096b87bcf7874aa8fc7f19612290a8ef104a6b86c1214165f691c34b1004a138)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putDnsOptions")
    def put_dns_options(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[Fcv3FunctionCustomDnsDnsOptions, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__395a9f8b9bb6c20633d1468ccb983263c347059f187d2138f5dae630b4a5c317)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putDnsOptions", [value]))

    @jsii.member(jsii_name="resetDnsOptions")
    def reset_dns_options(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDnsOptions", []))

    @jsii.member(jsii_name="resetNameServers")
    def reset_name_servers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNameServers", []))

    @jsii.member(jsii_name="resetSearches")
    def reset_searches(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSearches", []))

    @builtins.property
    @jsii.member(jsii_name="dnsOptions")
    def dns_options(self) -> Fcv3FunctionCustomDnsDnsOptionsList:
        return typing.cast(Fcv3FunctionCustomDnsDnsOptionsList, jsii.get(self, "dnsOptions"))

    @builtins.property
    @jsii.member(jsii_name="dnsOptionsInput")
    def dns_options_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionCustomDnsDnsOptions]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionCustomDnsDnsOptions]]], jsii.get(self, "dnsOptionsInput"))

    @builtins.property
    @jsii.member(jsii_name="nameServersInput")
    def name_servers_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "nameServersInput"))

    @builtins.property
    @jsii.member(jsii_name="searchesInput")
    def searches_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "searchesInput"))

    @builtins.property
    @jsii.member(jsii_name="nameServers")
    def name_servers(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "nameServers"))

    @name_servers.setter
    def name_servers(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84f9166eb4269e11c113a01ca02e9c6219c8a56cbdbafd12de797d8695f2bdc1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "nameServers", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="searches")
    def searches(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "searches"))

    @searches.setter
    def searches(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5dc71f4ba4a2c0b316689074d58b72a2b85475a27c7f3a88c816237579953c25)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "searches", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[Fcv3FunctionCustomDns]:
        return typing.cast(typing.Optional[Fcv3FunctionCustomDns], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[Fcv3FunctionCustomDns]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1c52c7ebbe1cd85f591657dd07ee4f397cbaf3b2859862e540e7f924a3e9b935)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomRuntimeConfig",
    jsii_struct_bases=[],
    name_mapping={
        "args": "args",
        "command": "command",
        "health_check_config": "healthCheckConfig",
        "port": "port",
    },
)
class Fcv3FunctionCustomRuntimeConfig:
    def __init__(
        self,
        *,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        health_check_config: typing.Optional[typing.Union["Fcv3FunctionCustomRuntimeConfigHealthCheckConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param args: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#args Fcv3Function#args}.
        :param command: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#command Fcv3Function#command}.
        :param health_check_config: health_check_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#health_check_config Fcv3Function#health_check_config}
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#port Fcv3Function#port}.
        '''
        if isinstance(health_check_config, dict):
            health_check_config = Fcv3FunctionCustomRuntimeConfigHealthCheckConfig(**health_check_config)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__19f9c5391ab298369f40ebec9bee07c5c5a52f02f1a5dc79745f072bee3c7889)
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument health_check_config", value=health_check_config, expected_type=type_hints["health_check_config"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if health_check_config is not None:
            self._values["health_check_config"] = health_check_config
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#args Fcv3Function#args}.'''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#command Fcv3Function#command}.'''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def health_check_config(
        self,
    ) -> typing.Optional["Fcv3FunctionCustomRuntimeConfigHealthCheckConfig"]:
        '''health_check_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#health_check_config Fcv3Function#health_check_config}
        '''
        result = self._values.get("health_check_config")
        return typing.cast(typing.Optional["Fcv3FunctionCustomRuntimeConfigHealthCheckConfig"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#port Fcv3Function#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionCustomRuntimeConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomRuntimeConfigHealthCheckConfig",
    jsii_struct_bases=[],
    name_mapping={
        "failure_threshold": "failureThreshold",
        "http_get_url": "httpGetUrl",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "timeout_seconds": "timeoutSeconds",
    },
)
class Fcv3FunctionCustomRuntimeConfigHealthCheckConfig:
    def __init__(
        self,
        *,
        failure_threshold: typing.Optional[jsii.Number] = None,
        http_get_url: typing.Optional[builtins.str] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param failure_threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#failure_threshold Fcv3Function#failure_threshold}.
        :param http_get_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#http_get_url Fcv3Function#http_get_url}.
        :param initial_delay_seconds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#initial_delay_seconds Fcv3Function#initial_delay_seconds}.
        :param period_seconds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#period_seconds Fcv3Function#period_seconds}.
        :param success_threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#success_threshold Fcv3Function#success_threshold}.
        :param timeout_seconds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout_seconds Fcv3Function#timeout_seconds}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__62584cbd489f4b0357ec01c4fbce448990153ab7bdf289cc09395a2fb3dc013e)
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument http_get_url", value=http_get_url, expected_type=type_hints["http_get_url"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if http_get_url is not None:
            self._values["http_get_url"] = http_get_url
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#failure_threshold Fcv3Function#failure_threshold}.'''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def http_get_url(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#http_get_url Fcv3Function#http_get_url}.'''
        result = self._values.get("http_get_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#initial_delay_seconds Fcv3Function#initial_delay_seconds}.'''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#period_seconds Fcv3Function#period_seconds}.'''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#success_threshold Fcv3Function#success_threshold}.'''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout_seconds Fcv3Function#timeout_seconds}.'''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionCustomRuntimeConfigHealthCheckConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionCustomRuntimeConfigHealthCheckConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomRuntimeConfigHealthCheckConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e82b29d0c8877dd2554316a445658d8c7e1d08eb52a4471127b505909462a5c6)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetFailureThreshold")
    def reset_failure_threshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFailureThreshold", []))

    @jsii.member(jsii_name="resetHttpGetUrl")
    def reset_http_get_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHttpGetUrl", []))

    @jsii.member(jsii_name="resetInitialDelaySeconds")
    def reset_initial_delay_seconds(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInitialDelaySeconds", []))

    @jsii.member(jsii_name="resetPeriodSeconds")
    def reset_period_seconds(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPeriodSeconds", []))

    @jsii.member(jsii_name="resetSuccessThreshold")
    def reset_success_threshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSuccessThreshold", []))

    @jsii.member(jsii_name="resetTimeoutSeconds")
    def reset_timeout_seconds(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeoutSeconds", []))

    @builtins.property
    @jsii.member(jsii_name="failureThresholdInput")
    def failure_threshold_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "failureThresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="httpGetUrlInput")
    def http_get_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "httpGetUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="initialDelaySecondsInput")
    def initial_delay_seconds_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "initialDelaySecondsInput"))

    @builtins.property
    @jsii.member(jsii_name="periodSecondsInput")
    def period_seconds_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "periodSecondsInput"))

    @builtins.property
    @jsii.member(jsii_name="successThresholdInput")
    def success_threshold_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "successThresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutSecondsInput")
    def timeout_seconds_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeoutSecondsInput"))

    @builtins.property
    @jsii.member(jsii_name="failureThreshold")
    def failure_threshold(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "failureThreshold"))

    @failure_threshold.setter
    def failure_threshold(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8412608f5e6dc7109b1d252b5170451e1266f6fc15e161522a387aa4eef9fd1f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "failureThreshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="httpGetUrl")
    def http_get_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "httpGetUrl"))

    @http_get_url.setter
    def http_get_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c2541efcde3c6b1e0037c4466a22b1ab823799e29accdc946f309bf03ceb157b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "httpGetUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="initialDelaySeconds")
    def initial_delay_seconds(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "initialDelaySeconds"))

    @initial_delay_seconds.setter
    def initial_delay_seconds(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7c9f7ba3d9f31307870f769001aeaf32d7acae055a8f52aa5bf22397721615bb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "initialDelaySeconds", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="periodSeconds")
    def period_seconds(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "periodSeconds"))

    @period_seconds.setter
    def period_seconds(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4883b0ea3ae366562475d00e4c1288ae7e370c12873fb8e943dc9d32e8c02822)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "periodSeconds", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="successThreshold")
    def success_threshold(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "successThreshold"))

    @success_threshold.setter
    def success_threshold(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a2c0aba042729a36283eec51a957a63fd043e4bee9b835b8bf91c7e78e2df88c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "successThreshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeoutSeconds")
    def timeout_seconds(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "timeoutSeconds"))

    @timeout_seconds.setter
    def timeout_seconds(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5754bb4d9d34093a00877d075016066d28d599a82857a2941422306778db4653)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeoutSeconds", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[Fcv3FunctionCustomRuntimeConfigHealthCheckConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionCustomRuntimeConfigHealthCheckConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[Fcv3FunctionCustomRuntimeConfigHealthCheckConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__91a44b3a2df056daad226d6a2f5b92f810be475a4cbf8d36406b686e0ae03e65)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class Fcv3FunctionCustomRuntimeConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionCustomRuntimeConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__529fe4f41ddb00b56619fab5402b9cf08aa9b390134b907bdf74cfcd963ca621)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putHealthCheckConfig")
    def put_health_check_config(
        self,
        *,
        failure_threshold: typing.Optional[jsii.Number] = None,
        http_get_url: typing.Optional[builtins.str] = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param failure_threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#failure_threshold Fcv3Function#failure_threshold}.
        :param http_get_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#http_get_url Fcv3Function#http_get_url}.
        :param initial_delay_seconds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#initial_delay_seconds Fcv3Function#initial_delay_seconds}.
        :param period_seconds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#period_seconds Fcv3Function#period_seconds}.
        :param success_threshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#success_threshold Fcv3Function#success_threshold}.
        :param timeout_seconds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout_seconds Fcv3Function#timeout_seconds}.
        '''
        value = Fcv3FunctionCustomRuntimeConfigHealthCheckConfig(
            failure_threshold=failure_threshold,
            http_get_url=http_get_url,
            initial_delay_seconds=initial_delay_seconds,
            period_seconds=period_seconds,
            success_threshold=success_threshold,
            timeout_seconds=timeout_seconds,
        )

        return typing.cast(None, jsii.invoke(self, "putHealthCheckConfig", [value]))

    @jsii.member(jsii_name="resetArgs")
    def reset_args(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetArgs", []))

    @jsii.member(jsii_name="resetCommand")
    def reset_command(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCommand", []))

    @jsii.member(jsii_name="resetHealthCheckConfig")
    def reset_health_check_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthCheckConfig", []))

    @jsii.member(jsii_name="resetPort")
    def reset_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPort", []))

    @builtins.property
    @jsii.member(jsii_name="healthCheckConfig")
    def health_check_config(
        self,
    ) -> Fcv3FunctionCustomRuntimeConfigHealthCheckConfigOutputReference:
        return typing.cast(Fcv3FunctionCustomRuntimeConfigHealthCheckConfigOutputReference, jsii.get(self, "healthCheckConfig"))

    @builtins.property
    @jsii.member(jsii_name="argsInput")
    def args_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "argsInput"))

    @builtins.property
    @jsii.member(jsii_name="commandInput")
    def command_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "commandInput"))

    @builtins.property
    @jsii.member(jsii_name="healthCheckConfigInput")
    def health_check_config_input(
        self,
    ) -> typing.Optional[Fcv3FunctionCustomRuntimeConfigHealthCheckConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionCustomRuntimeConfigHealthCheckConfig], jsii.get(self, "healthCheckConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="args")
    def args(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "args"))

    @args.setter
    def args(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f12713d9bf860b7203b354e32ce2587b808f94a9c18d2b16eaec0979fcda500)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "args", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="command")
    def command(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "command"))

    @command.setter
    def command(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3221bd948d4b141bc147586931db51a9e24790667638bd5c66ec03e1afc60ef6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "command", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e53e9878db6b40832d284c72c9f775828357059f1ba9674a8e095fb29f7c29a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[Fcv3FunctionCustomRuntimeConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionCustomRuntimeConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[Fcv3FunctionCustomRuntimeConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c5636ea8ef64d774771043d58627ed7c1714f38e5fbeb6ac2cb939b2486e7e3c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionGpuConfig",
    jsii_struct_bases=[],
    name_mapping={"gpu_memory_size": "gpuMemorySize", "gpu_type": "gpuType"},
)
class Fcv3FunctionGpuConfig:
    def __init__(
        self,
        *,
        gpu_memory_size: typing.Optional[jsii.Number] = None,
        gpu_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gpu_memory_size: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#gpu_memory_size Fcv3Function#gpu_memory_size}.
        :param gpu_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#gpu_type Fcv3Function#gpu_type}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c04540d17b0948e9ebba48d439c1ed7531fb77a770197f1cd422ad51aa68e4b6)
            check_type(argname="argument gpu_memory_size", value=gpu_memory_size, expected_type=type_hints["gpu_memory_size"])
            check_type(argname="argument gpu_type", value=gpu_type, expected_type=type_hints["gpu_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gpu_memory_size is not None:
            self._values["gpu_memory_size"] = gpu_memory_size
        if gpu_type is not None:
            self._values["gpu_type"] = gpu_type

    @builtins.property
    def gpu_memory_size(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#gpu_memory_size Fcv3Function#gpu_memory_size}.'''
        result = self._values.get("gpu_memory_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def gpu_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#gpu_type Fcv3Function#gpu_type}.'''
        result = self._values.get("gpu_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionGpuConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionGpuConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionGpuConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__515e5c3216794bb1012deb9d8b3102caa0d5987dda161f4f4fcd4889001a59dd)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetGpuMemorySize")
    def reset_gpu_memory_size(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGpuMemorySize", []))

    @jsii.member(jsii_name="resetGpuType")
    def reset_gpu_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGpuType", []))

    @builtins.property
    @jsii.member(jsii_name="gpuMemorySizeInput")
    def gpu_memory_size_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "gpuMemorySizeInput"))

    @builtins.property
    @jsii.member(jsii_name="gpuTypeInput")
    def gpu_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "gpuTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="gpuMemorySize")
    def gpu_memory_size(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "gpuMemorySize"))

    @gpu_memory_size.setter
    def gpu_memory_size(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aabf1f9b7757c23758ddf937482cd345bed39fff0fb13bcefc9aa5ebe0732084)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gpuMemorySize", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gpuType")
    def gpu_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "gpuType"))

    @gpu_type.setter
    def gpu_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a0331aeff1a8717c822c712d4e6f4f6f26e7a30a96582bcc2592e3825c7f2e4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gpuType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[Fcv3FunctionGpuConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionGpuConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[Fcv3FunctionGpuConfig]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9651244543982d0d9698060382c399a01a45764eae2a75d0552eed849f0efc37)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionInstanceLifecycleConfig",
    jsii_struct_bases=[],
    name_mapping={"initializer": "initializer", "pre_stop": "preStop"},
)
class Fcv3FunctionInstanceLifecycleConfig:
    def __init__(
        self,
        *,
        initializer: typing.Optional[typing.Union["Fcv3FunctionInstanceLifecycleConfigInitializer", typing.Dict[builtins.str, typing.Any]]] = None,
        pre_stop: typing.Optional[typing.Union["Fcv3FunctionInstanceLifecycleConfigPreStop", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param initializer: initializer block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#initializer Fcv3Function#initializer}
        :param pre_stop: pre_stop block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#pre_stop Fcv3Function#pre_stop}
        '''
        if isinstance(initializer, dict):
            initializer = Fcv3FunctionInstanceLifecycleConfigInitializer(**initializer)
        if isinstance(pre_stop, dict):
            pre_stop = Fcv3FunctionInstanceLifecycleConfigPreStop(**pre_stop)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__65b6b84d77968dd963b7be0a0a908f4db1e1a6ff581e40d9a993879c19666ab0)
            check_type(argname="argument initializer", value=initializer, expected_type=type_hints["initializer"])
            check_type(argname="argument pre_stop", value=pre_stop, expected_type=type_hints["pre_stop"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if initializer is not None:
            self._values["initializer"] = initializer
        if pre_stop is not None:
            self._values["pre_stop"] = pre_stop

    @builtins.property
    def initializer(
        self,
    ) -> typing.Optional["Fcv3FunctionInstanceLifecycleConfigInitializer"]:
        '''initializer block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#initializer Fcv3Function#initializer}
        '''
        result = self._values.get("initializer")
        return typing.cast(typing.Optional["Fcv3FunctionInstanceLifecycleConfigInitializer"], result)

    @builtins.property
    def pre_stop(self) -> typing.Optional["Fcv3FunctionInstanceLifecycleConfigPreStop"]:
        '''pre_stop block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#pre_stop Fcv3Function#pre_stop}
        '''
        result = self._values.get("pre_stop")
        return typing.cast(typing.Optional["Fcv3FunctionInstanceLifecycleConfigPreStop"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionInstanceLifecycleConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionInstanceLifecycleConfigInitializer",
    jsii_struct_bases=[],
    name_mapping={"command": "command", "handler": "handler", "timeout": "timeout"},
)
class Fcv3FunctionInstanceLifecycleConfigInitializer:
    def __init__(
        self,
        *,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        handler: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param command: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#command Fcv3Function#command}.
        :param handler: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#handler Fcv3Function#handler}.
        :param timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout Fcv3Function#timeout}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__885abf0e00b8b77de54bddfcd9560a964b24c20c2eb4a8ee83bbddd6b9353027)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument handler", value=handler, expected_type=type_hints["handler"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if command is not None:
            self._values["command"] = command
        if handler is not None:
            self._values["handler"] = handler
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#command Fcv3Function#command}.'''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def handler(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#handler Fcv3Function#handler}.'''
        result = self._values.get("handler")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout Fcv3Function#timeout}.'''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionInstanceLifecycleConfigInitializer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionInstanceLifecycleConfigInitializerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionInstanceLifecycleConfigInitializerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f3b0f4d4821a4e5606f29d93044a6f0242ca03b085e5d57fcdbe72299ba3f94b)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetCommand")
    def reset_command(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCommand", []))

    @jsii.member(jsii_name="resetHandler")
    def reset_handler(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHandler", []))

    @jsii.member(jsii_name="resetTimeout")
    def reset_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeout", []))

    @builtins.property
    @jsii.member(jsii_name="commandInput")
    def command_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "commandInput"))

    @builtins.property
    @jsii.member(jsii_name="handlerInput")
    def handler_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "handlerInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutInput")
    def timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="command")
    def command(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "command"))

    @command.setter
    def command(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fa364f5f927d602e41d8e7e97ff0ef5f0b4a7c207c8aaa9800c23c8eaa62bb01)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "command", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="handler")
    def handler(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "handler"))

    @handler.setter
    def handler(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4d36d2b4279aba41423cfd2ae1c4eb95c179f9fe6bac226d2723ede794146a18)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "handler", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeout")
    def timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "timeout"))

    @timeout.setter
    def timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b0a46b5539a5767752ff89178eca71d9590ff575ad0dfdda21dbcbe1828d7913)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[Fcv3FunctionInstanceLifecycleConfigInitializer]:
        return typing.cast(typing.Optional[Fcv3FunctionInstanceLifecycleConfigInitializer], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[Fcv3FunctionInstanceLifecycleConfigInitializer],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__772e54c44c175395681222a6f0b89c9a9c2a6ff659a139ae0becfeec6674a452)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class Fcv3FunctionInstanceLifecycleConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionInstanceLifecycleConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__5dad1617d14f002557017b30df642eb5b23882183710dde08b72fd8ea58e1f96)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putInitializer")
    def put_initializer(
        self,
        *,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        handler: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param command: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#command Fcv3Function#command}.
        :param handler: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#handler Fcv3Function#handler}.
        :param timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout Fcv3Function#timeout}.
        '''
        value = Fcv3FunctionInstanceLifecycleConfigInitializer(
            command=command, handler=handler, timeout=timeout
        )

        return typing.cast(None, jsii.invoke(self, "putInitializer", [value]))

    @jsii.member(jsii_name="putPreStop")
    def put_pre_stop(
        self,
        *,
        handler: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param handler: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#handler Fcv3Function#handler}.
        :param timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout Fcv3Function#timeout}.
        '''
        value = Fcv3FunctionInstanceLifecycleConfigPreStop(
            handler=handler, timeout=timeout
        )

        return typing.cast(None, jsii.invoke(self, "putPreStop", [value]))

    @jsii.member(jsii_name="resetInitializer")
    def reset_initializer(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInitializer", []))

    @jsii.member(jsii_name="resetPreStop")
    def reset_pre_stop(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPreStop", []))

    @builtins.property
    @jsii.member(jsii_name="initializer")
    def initializer(
        self,
    ) -> Fcv3FunctionInstanceLifecycleConfigInitializerOutputReference:
        return typing.cast(Fcv3FunctionInstanceLifecycleConfigInitializerOutputReference, jsii.get(self, "initializer"))

    @builtins.property
    @jsii.member(jsii_name="preStop")
    def pre_stop(self) -> "Fcv3FunctionInstanceLifecycleConfigPreStopOutputReference":
        return typing.cast("Fcv3FunctionInstanceLifecycleConfigPreStopOutputReference", jsii.get(self, "preStop"))

    @builtins.property
    @jsii.member(jsii_name="initializerInput")
    def initializer_input(
        self,
    ) -> typing.Optional[Fcv3FunctionInstanceLifecycleConfigInitializer]:
        return typing.cast(typing.Optional[Fcv3FunctionInstanceLifecycleConfigInitializer], jsii.get(self, "initializerInput"))

    @builtins.property
    @jsii.member(jsii_name="preStopInput")
    def pre_stop_input(
        self,
    ) -> typing.Optional["Fcv3FunctionInstanceLifecycleConfigPreStop"]:
        return typing.cast(typing.Optional["Fcv3FunctionInstanceLifecycleConfigPreStop"], jsii.get(self, "preStopInput"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[Fcv3FunctionInstanceLifecycleConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionInstanceLifecycleConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[Fcv3FunctionInstanceLifecycleConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ec3a54f764043a564b7e23db26e08ce03ef9e985f55b3d1880a82da6093e7c1d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionInstanceLifecycleConfigPreStop",
    jsii_struct_bases=[],
    name_mapping={"handler": "handler", "timeout": "timeout"},
)
class Fcv3FunctionInstanceLifecycleConfigPreStop:
    def __init__(
        self,
        *,
        handler: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param handler: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#handler Fcv3Function#handler}.
        :param timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout Fcv3Function#timeout}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__43970c87864100c0f8b4a5bdaa4e19916721ba6fe08d258e3a27ecd584ff8d3a)
            check_type(argname="argument handler", value=handler, expected_type=type_hints["handler"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if handler is not None:
            self._values["handler"] = handler
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def handler(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#handler Fcv3Function#handler}.'''
        result = self._values.get("handler")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#timeout Fcv3Function#timeout}.'''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionInstanceLifecycleConfigPreStop(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionInstanceLifecycleConfigPreStopOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionInstanceLifecycleConfigPreStopOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b01ecde8d9c264c5bf0e2c6e62e7579b5ebc0d48f7ebe7182116a11b8dc14bb2)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetHandler")
    def reset_handler(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHandler", []))

    @jsii.member(jsii_name="resetTimeout")
    def reset_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeout", []))

    @builtins.property
    @jsii.member(jsii_name="handlerInput")
    def handler_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "handlerInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutInput")
    def timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="handler")
    def handler(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "handler"))

    @handler.setter
    def handler(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7fdbdd9ac2efe1cf3eda0957c2e4cb484470ec98a67d810a61df2c171f383062)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "handler", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeout")
    def timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "timeout"))

    @timeout.setter
    def timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5b706b242769c8581290ec1f9b5232c33b444ccc1999f82c830aa54c364d3d99)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[Fcv3FunctionInstanceLifecycleConfigPreStop]:
        return typing.cast(typing.Optional[Fcv3FunctionInstanceLifecycleConfigPreStop], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[Fcv3FunctionInstanceLifecycleConfigPreStop],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__630a40bf72d853a8b75531feccd5f90ddc4cea39ffe2e5f9131535a56ea80ab7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionInvocationRestriction",
    jsii_struct_bases=[],
    name_mapping={"disable": "disable", "reason": "reason"},
)
class Fcv3FunctionInvocationRestriction:
    def __init__(
        self,
        *,
        disable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        reason: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param disable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#disable Fcv3Function#disable}.
        :param reason: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#reason Fcv3Function#reason}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e68e8ad6927b1e442078a2a422a62b549424709fc38a9792150d504a62aa64e)
            check_type(argname="argument disable", value=disable, expected_type=type_hints["disable"])
            check_type(argname="argument reason", value=reason, expected_type=type_hints["reason"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if disable is not None:
            self._values["disable"] = disable
        if reason is not None:
            self._values["reason"] = reason

    @builtins.property
    def disable(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#disable Fcv3Function#disable}.'''
        result = self._values.get("disable")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def reason(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#reason Fcv3Function#reason}.'''
        result = self._values.get("reason")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionInvocationRestriction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionInvocationRestrictionOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionInvocationRestrictionOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0338cd2c89128175119a7deabf1b47498d4f80b4ab1623743544dbafeb1fe817)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetDisable")
    def reset_disable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDisable", []))

    @jsii.member(jsii_name="resetReason")
    def reset_reason(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReason", []))

    @builtins.property
    @jsii.member(jsii_name="lastModifiedTime")
    def last_modified_time(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lastModifiedTime"))

    @builtins.property
    @jsii.member(jsii_name="disableInput")
    def disable_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "disableInput"))

    @builtins.property
    @jsii.member(jsii_name="reasonInput")
    def reason_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "reasonInput"))

    @builtins.property
    @jsii.member(jsii_name="disable")
    def disable(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "disable"))

    @disable.setter
    def disable(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__de542251c870dbae8ba22e1815382067fbb6bbb0519bb3e874c2eb4fbdcafebb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "disable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="reason")
    def reason(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "reason"))

    @reason.setter
    def reason(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f8787b77e548a97713dc875824e8b02b548c64122a105704c64fc2b4dbc32f75)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "reason", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[Fcv3FunctionInvocationRestriction]:
        return typing.cast(typing.Optional[Fcv3FunctionInvocationRestriction], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[Fcv3FunctionInvocationRestriction],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bb2edc82584199576d55013a62b073f4951f392ce5deefe828453335fc22087a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionLogConfig",
    jsii_struct_bases=[],
    name_mapping={
        "enable_instance_metrics": "enableInstanceMetrics",
        "enable_request_metrics": "enableRequestMetrics",
        "log_begin_rule": "logBeginRule",
        "logstore": "logstore",
        "project": "project",
    },
)
class Fcv3FunctionLogConfig:
    def __init__(
        self,
        *,
        enable_instance_metrics: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        enable_request_metrics: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        log_begin_rule: typing.Optional[builtins.str] = None,
        logstore: typing.Optional[builtins.str] = None,
        project: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param enable_instance_metrics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#enable_instance_metrics Fcv3Function#enable_instance_metrics}.
        :param enable_request_metrics: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#enable_request_metrics Fcv3Function#enable_request_metrics}.
        :param log_begin_rule: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#log_begin_rule Fcv3Function#log_begin_rule}.
        :param logstore: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#logstore Fcv3Function#logstore}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#project Fcv3Function#project}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8d7ea83f6cff39ebf65efdaf956078bb0c34c1915d6e9491abb59a7e2bff7a5b)
            check_type(argname="argument enable_instance_metrics", value=enable_instance_metrics, expected_type=type_hints["enable_instance_metrics"])
            check_type(argname="argument enable_request_metrics", value=enable_request_metrics, expected_type=type_hints["enable_request_metrics"])
            check_type(argname="argument log_begin_rule", value=log_begin_rule, expected_type=type_hints["log_begin_rule"])
            check_type(argname="argument logstore", value=logstore, expected_type=type_hints["logstore"])
            check_type(argname="argument project", value=project, expected_type=type_hints["project"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enable_instance_metrics is not None:
            self._values["enable_instance_metrics"] = enable_instance_metrics
        if enable_request_metrics is not None:
            self._values["enable_request_metrics"] = enable_request_metrics
        if log_begin_rule is not None:
            self._values["log_begin_rule"] = log_begin_rule
        if logstore is not None:
            self._values["logstore"] = logstore
        if project is not None:
            self._values["project"] = project

    @builtins.property
    def enable_instance_metrics(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#enable_instance_metrics Fcv3Function#enable_instance_metrics}.'''
        result = self._values.get("enable_instance_metrics")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def enable_request_metrics(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#enable_request_metrics Fcv3Function#enable_request_metrics}.'''
        result = self._values.get("enable_request_metrics")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def log_begin_rule(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#log_begin_rule Fcv3Function#log_begin_rule}.'''
        result = self._values.get("log_begin_rule")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logstore(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#logstore Fcv3Function#logstore}.'''
        result = self._values.get("logstore")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def project(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#project Fcv3Function#project}.'''
        result = self._values.get("project")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionLogConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionLogConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionLogConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__674f607e47c8a2fc3a2112c4967b5600502adfc3c33d8da00b7be5fcfdc3f6c9)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetEnableInstanceMetrics")
    def reset_enable_instance_metrics(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableInstanceMetrics", []))

    @jsii.member(jsii_name="resetEnableRequestMetrics")
    def reset_enable_request_metrics(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableRequestMetrics", []))

    @jsii.member(jsii_name="resetLogBeginRule")
    def reset_log_begin_rule(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLogBeginRule", []))

    @jsii.member(jsii_name="resetLogstore")
    def reset_logstore(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLogstore", []))

    @jsii.member(jsii_name="resetProject")
    def reset_project(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProject", []))

    @builtins.property
    @jsii.member(jsii_name="enableInstanceMetricsInput")
    def enable_instance_metrics_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableInstanceMetricsInput"))

    @builtins.property
    @jsii.member(jsii_name="enableRequestMetricsInput")
    def enable_request_metrics_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableRequestMetricsInput"))

    @builtins.property
    @jsii.member(jsii_name="logBeginRuleInput")
    def log_begin_rule_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "logBeginRuleInput"))

    @builtins.property
    @jsii.member(jsii_name="logstoreInput")
    def logstore_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "logstoreInput"))

    @builtins.property
    @jsii.member(jsii_name="projectInput")
    def project_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectInput"))

    @builtins.property
    @jsii.member(jsii_name="enableInstanceMetrics")
    def enable_instance_metrics(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableInstanceMetrics"))

    @enable_instance_metrics.setter
    def enable_instance_metrics(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a815b1d085957509e473f8a562e38b3715d8c48069ae61a930e6b68c40874c2a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableInstanceMetrics", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enableRequestMetrics")
    def enable_request_metrics(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableRequestMetrics"))

    @enable_request_metrics.setter
    def enable_request_metrics(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__937b95994f393ba5418a492aaf3b4f6fd8cce6ffd23dd86d013c12d4b71fc1a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableRequestMetrics", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="logBeginRule")
    def log_begin_rule(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "logBeginRule"))

    @log_begin_rule.setter
    def log_begin_rule(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4c7dcb1453251bab0c9920ca530ded47d1be2b5d0980b3aa28080e8b4a1cbe40)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "logBeginRule", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="logstore")
    def logstore(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "logstore"))

    @logstore.setter
    def logstore(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6de9dc81d968509495713e91a23bb5ff211afeed8af857769e1bdf4768fb9273)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "logstore", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @project.setter
    def project(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d5cc5d92d7cd01cc3a1f804ec510e3d6c9f1b4bb7cb599dc18d907875e70f3e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "project", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[Fcv3FunctionLogConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionLogConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[Fcv3FunctionLogConfig]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5031cf74f36e4c67b97757aae79f357adb07f89f2a0a76e234109402f0536683)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionNasConfig",
    jsii_struct_bases=[],
    name_mapping={
        "group_id": "groupId",
        "mount_points": "mountPoints",
        "user_id": "userId",
    },
)
class Fcv3FunctionNasConfig:
    def __init__(
        self,
        *,
        group_id: typing.Optional[jsii.Number] = None,
        mount_points: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["Fcv3FunctionNasConfigMountPoints", typing.Dict[builtins.str, typing.Any]]]]] = None,
        user_id: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param group_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#group_id Fcv3Function#group_id}.
        :param mount_points: mount_points block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#mount_points Fcv3Function#mount_points}
        :param user_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#user_id Fcv3Function#user_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fc20da4950e8fbf518fa8523be5e59349d5120e1eab2f652bc09c377d325d916)
            check_type(argname="argument group_id", value=group_id, expected_type=type_hints["group_id"])
            check_type(argname="argument mount_points", value=mount_points, expected_type=type_hints["mount_points"])
            check_type(argname="argument user_id", value=user_id, expected_type=type_hints["user_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if group_id is not None:
            self._values["group_id"] = group_id
        if mount_points is not None:
            self._values["mount_points"] = mount_points
        if user_id is not None:
            self._values["user_id"] = user_id

    @builtins.property
    def group_id(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#group_id Fcv3Function#group_id}.'''
        result = self._values.get("group_id")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mount_points(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["Fcv3FunctionNasConfigMountPoints"]]]:
        '''mount_points block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#mount_points Fcv3Function#mount_points}
        '''
        result = self._values.get("mount_points")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["Fcv3FunctionNasConfigMountPoints"]]], result)

    @builtins.property
    def user_id(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#user_id Fcv3Function#user_id}.'''
        result = self._values.get("user_id")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionNasConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionNasConfigMountPoints",
    jsii_struct_bases=[],
    name_mapping={
        "enable_tls": "enableTls",
        "mount_dir": "mountDir",
        "server_addr": "serverAddr",
    },
)
class Fcv3FunctionNasConfigMountPoints:
    def __init__(
        self,
        *,
        enable_tls: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mount_dir: typing.Optional[builtins.str] = None,
        server_addr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param enable_tls: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#enable_tls Fcv3Function#enable_tls}.
        :param mount_dir: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#mount_dir Fcv3Function#mount_dir}.
        :param server_addr: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#server_addr Fcv3Function#server_addr}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d29d8671b558b04cd0b26aba1e350251c8edf3dc38af6c14360b89d65cdbcd83)
            check_type(argname="argument enable_tls", value=enable_tls, expected_type=type_hints["enable_tls"])
            check_type(argname="argument mount_dir", value=mount_dir, expected_type=type_hints["mount_dir"])
            check_type(argname="argument server_addr", value=server_addr, expected_type=type_hints["server_addr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enable_tls is not None:
            self._values["enable_tls"] = enable_tls
        if mount_dir is not None:
            self._values["mount_dir"] = mount_dir
        if server_addr is not None:
            self._values["server_addr"] = server_addr

    @builtins.property
    def enable_tls(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#enable_tls Fcv3Function#enable_tls}.'''
        result = self._values.get("enable_tls")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mount_dir(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#mount_dir Fcv3Function#mount_dir}.'''
        result = self._values.get("mount_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_addr(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#server_addr Fcv3Function#server_addr}.'''
        result = self._values.get("server_addr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionNasConfigMountPoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionNasConfigMountPointsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionNasConfigMountPointsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__53275cf938ab358ffbe48a67869072c37c32f0be49c3141595eeabf7e0076b57)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "Fcv3FunctionNasConfigMountPointsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1e080c1b1b844bbd6daed4091f282d2cb42e40eee6e1b8e00fb05237bfc3aa3e)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("Fcv3FunctionNasConfigMountPointsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0a84757b3fbd3e8d33cef009b110ba83579c46a1db66dce892ca9b4014b256aa)
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
            type_hints = typing.get_type_hints(_typecheckingstub__50bb0fdb1a9d02df98c4307dabdcff3242f72441223da7e8a32ac78fdd92cb13)
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
            type_hints = typing.get_type_hints(_typecheckingstub__4be01b2c095e488693f0869dd081f5d57368f974cfb760aa00a56ff7e670e3a4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionNasConfigMountPoints]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionNasConfigMountPoints]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionNasConfigMountPoints]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0bb250ad1f3481444a1408829ccca24499fa3116bcafad0031ec1cc4c2c27580)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class Fcv3FunctionNasConfigMountPointsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionNasConfigMountPointsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__18c1dee80dd99e695ff000fe09409440b62e927e0e4b2669e2b5e67fead5acfc)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetEnableTls")
    def reset_enable_tls(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableTls", []))

    @jsii.member(jsii_name="resetMountDir")
    def reset_mount_dir(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMountDir", []))

    @jsii.member(jsii_name="resetServerAddr")
    def reset_server_addr(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServerAddr", []))

    @builtins.property
    @jsii.member(jsii_name="enableTlsInput")
    def enable_tls_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableTlsInput"))

    @builtins.property
    @jsii.member(jsii_name="mountDirInput")
    def mount_dir_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mountDirInput"))

    @builtins.property
    @jsii.member(jsii_name="serverAddrInput")
    def server_addr_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serverAddrInput"))

    @builtins.property
    @jsii.member(jsii_name="enableTls")
    def enable_tls(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableTls"))

    @enable_tls.setter
    def enable_tls(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__23b3360998fbb68193598b769d0d8e6ef783ad995ae5b0be1f68ee0b839ba7fa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableTls", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mountDir")
    def mount_dir(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mountDir"))

    @mount_dir.setter
    def mount_dir(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9de673a9fc3e285d31ab508eb864bcc85abc6e9ed0416773b82e2c4f977d9fda)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mountDir", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverAddr")
    def server_addr(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverAddr"))

    @server_addr.setter
    def server_addr(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d89aceaaf27c3106a700c5d0903838ecc67c0335f07ac5edf87942b8bc5789de)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serverAddr", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionNasConfigMountPoints]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionNasConfigMountPoints]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionNasConfigMountPoints]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__876d2f609065af3e39aeabe05fb67508bd584d285488b470103b573f02aa6f82)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class Fcv3FunctionNasConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionNasConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d9ac7bf9311e73c50bcb5e72028c74befe031a7e7f52b8fb5c6e22ed0375b364)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putMountPoints")
    def put_mount_points(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[Fcv3FunctionNasConfigMountPoints, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c17c76e4e1d15dbc6b7ee17857d967f63e2af35510e27e30ead00cf0227cf02a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putMountPoints", [value]))

    @jsii.member(jsii_name="resetGroupId")
    def reset_group_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGroupId", []))

    @jsii.member(jsii_name="resetMountPoints")
    def reset_mount_points(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMountPoints", []))

    @jsii.member(jsii_name="resetUserId")
    def reset_user_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUserId", []))

    @builtins.property
    @jsii.member(jsii_name="mountPoints")
    def mount_points(self) -> Fcv3FunctionNasConfigMountPointsList:
        return typing.cast(Fcv3FunctionNasConfigMountPointsList, jsii.get(self, "mountPoints"))

    @builtins.property
    @jsii.member(jsii_name="groupIdInput")
    def group_id_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "groupIdInput"))

    @builtins.property
    @jsii.member(jsii_name="mountPointsInput")
    def mount_points_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionNasConfigMountPoints]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionNasConfigMountPoints]]], jsii.get(self, "mountPointsInput"))

    @builtins.property
    @jsii.member(jsii_name="userIdInput")
    def user_id_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "userIdInput"))

    @builtins.property
    @jsii.member(jsii_name="groupId")
    def group_id(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "groupId"))

    @group_id.setter
    def group_id(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__995c9f892e81ab4a0cc67f3df3da4ab7b053aa6f762760abd61bfcc33b5ff960)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "groupId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="userId")
    def user_id(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "userId"))

    @user_id.setter
    def user_id(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6de5e62011b92e1a95ec4d850ced2fc62767ffbd604f68d24cf9415c223273c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "userId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[Fcv3FunctionNasConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionNasConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[Fcv3FunctionNasConfig]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0e90c4ec478d6162a08da5c1ba18d1125d227298fee43448d37ad784b8d3a450)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionOssMountConfig",
    jsii_struct_bases=[],
    name_mapping={"mount_points": "mountPoints"},
)
class Fcv3FunctionOssMountConfig:
    def __init__(
        self,
        *,
        mount_points: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["Fcv3FunctionOssMountConfigMountPoints", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param mount_points: mount_points block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#mount_points Fcv3Function#mount_points}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a9ee623431d0c96fd7fbe3f83ce17494ae5138fa14d5186dd1efc54ff8579ce8)
            check_type(argname="argument mount_points", value=mount_points, expected_type=type_hints["mount_points"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mount_points is not None:
            self._values["mount_points"] = mount_points

    @builtins.property
    def mount_points(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["Fcv3FunctionOssMountConfigMountPoints"]]]:
        '''mount_points block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#mount_points Fcv3Function#mount_points}
        '''
        result = self._values.get("mount_points")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["Fcv3FunctionOssMountConfigMountPoints"]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionOssMountConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionOssMountConfigMountPoints",
    jsii_struct_bases=[],
    name_mapping={
        "bucket_name": "bucketName",
        "bucket_path": "bucketPath",
        "endpoint": "endpoint",
        "mount_dir": "mountDir",
        "read_only": "readOnly",
    },
)
class Fcv3FunctionOssMountConfigMountPoints:
    def __init__(
        self,
        *,
        bucket_name: typing.Optional[builtins.str] = None,
        bucket_path: typing.Optional[builtins.str] = None,
        endpoint: typing.Optional[builtins.str] = None,
        mount_dir: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param bucket_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#bucket_name Fcv3Function#bucket_name}.
        :param bucket_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#bucket_path Fcv3Function#bucket_path}.
        :param endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#endpoint Fcv3Function#endpoint}.
        :param mount_dir: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#mount_dir Fcv3Function#mount_dir}.
        :param read_only: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#read_only Fcv3Function#read_only}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c3207c2ddc51a0117ac297c18238358b852592424f220412d8cbcbaf41d67507)
            check_type(argname="argument bucket_name", value=bucket_name, expected_type=type_hints["bucket_name"])
            check_type(argname="argument bucket_path", value=bucket_path, expected_type=type_hints["bucket_path"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument mount_dir", value=mount_dir, expected_type=type_hints["mount_dir"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bucket_name is not None:
            self._values["bucket_name"] = bucket_name
        if bucket_path is not None:
            self._values["bucket_path"] = bucket_path
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if mount_dir is not None:
            self._values["mount_dir"] = mount_dir
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def bucket_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#bucket_name Fcv3Function#bucket_name}.'''
        result = self._values.get("bucket_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bucket_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#bucket_path Fcv3Function#bucket_path}.'''
        result = self._values.get("bucket_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def endpoint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#endpoint Fcv3Function#endpoint}.'''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mount_dir(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#mount_dir Fcv3Function#mount_dir}.'''
        result = self._values.get("mount_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#read_only Fcv3Function#read_only}.'''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionOssMountConfigMountPoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionOssMountConfigMountPointsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionOssMountConfigMountPointsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__225a50352be755d6b05e35bc75171f38236f28e26df933c3c47267956d06ac9a)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "Fcv3FunctionOssMountConfigMountPointsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f9fb2e3ee69d0a310c5423961971102c59b50d3c438b45445c4684f3a999de92)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("Fcv3FunctionOssMountConfigMountPointsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__692ff77cdc39809183bb539050fa2737991bb75b1df9fa154b30995cf11f0869)
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
            type_hints = typing.get_type_hints(_typecheckingstub__a8909cc3b0b99edf2f12bc80916afc61218392d12ac21a4c978e1c0f323b8884)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5a17f014418c88ec399ff5e80abd99476483a05cd4b1d396213f0addb8b94240)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionOssMountConfigMountPoints]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionOssMountConfigMountPoints]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionOssMountConfigMountPoints]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__77e9a663ecb550b4326678f2e51fb2cff4784e0689d2386c5adcda25d851837f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class Fcv3FunctionOssMountConfigMountPointsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionOssMountConfigMountPointsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b005385e7d1915dc53985abb6ed095602e1558216f9e1e4c071bff557d76cb2e)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetBucketName")
    def reset_bucket_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBucketName", []))

    @jsii.member(jsii_name="resetBucketPath")
    def reset_bucket_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBucketPath", []))

    @jsii.member(jsii_name="resetEndpoint")
    def reset_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEndpoint", []))

    @jsii.member(jsii_name="resetMountDir")
    def reset_mount_dir(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMountDir", []))

    @jsii.member(jsii_name="resetReadOnly")
    def reset_read_only(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReadOnly", []))

    @builtins.property
    @jsii.member(jsii_name="bucketNameInput")
    def bucket_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bucketNameInput"))

    @builtins.property
    @jsii.member(jsii_name="bucketPathInput")
    def bucket_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bucketPathInput"))

    @builtins.property
    @jsii.member(jsii_name="endpointInput")
    def endpoint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "endpointInput"))

    @builtins.property
    @jsii.member(jsii_name="mountDirInput")
    def mount_dir_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mountDirInput"))

    @builtins.property
    @jsii.member(jsii_name="readOnlyInput")
    def read_only_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "readOnlyInput"))

    @builtins.property
    @jsii.member(jsii_name="bucketName")
    def bucket_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bucketName"))

    @bucket_name.setter
    def bucket_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__66f89a12f7214c48fefe232f78471176352aa24a300ac3c018ac94c4428d152f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bucketName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bucketPath")
    def bucket_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bucketPath"))

    @bucket_path.setter
    def bucket_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7268fced3c08875c3f073a711eca70c4502d205abf5d669a60d68c13f46b4f44)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bucketPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="endpoint")
    def endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "endpoint"))

    @endpoint.setter
    def endpoint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bf93eb82d1b6d1cac18c8e1279c9a374fe1818b5a290458f1d86d162b31a4d65)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "endpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mountDir")
    def mount_dir(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mountDir"))

    @mount_dir.setter
    def mount_dir(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__52d5a188e6032708292f1cd0bd136ff5cc783c3146e098d1b343f38647960c52)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mountDir", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="readOnly")
    def read_only(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "readOnly"))

    @read_only.setter
    def read_only(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b219ffd0150d05f08fb6dd289828d10926c7ad780a094664d6b2c42253d3c0a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "readOnly", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionOssMountConfigMountPoints]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionOssMountConfigMountPoints]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionOssMountConfigMountPoints]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f73b799b1b85856a00a6edc8fc04a5e19f7d6a09c01fd33d74827773ea8b818)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class Fcv3FunctionOssMountConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionOssMountConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0f73f88f73608b4524c8551ce51a9ca21763218547d44249bcac3d63334ea8ee)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putMountPoints")
    def put_mount_points(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[Fcv3FunctionOssMountConfigMountPoints, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b9f02547b5d76035823ea486705b9bff93285cec6522dd981936aca908ba58f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putMountPoints", [value]))

    @jsii.member(jsii_name="resetMountPoints")
    def reset_mount_points(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMountPoints", []))

    @builtins.property
    @jsii.member(jsii_name="mountPoints")
    def mount_points(self) -> Fcv3FunctionOssMountConfigMountPointsList:
        return typing.cast(Fcv3FunctionOssMountConfigMountPointsList, jsii.get(self, "mountPoints"))

    @builtins.property
    @jsii.member(jsii_name="mountPointsInput")
    def mount_points_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionOssMountConfigMountPoints]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionOssMountConfigMountPoints]]], jsii.get(self, "mountPointsInput"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[Fcv3FunctionOssMountConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionOssMountConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[Fcv3FunctionOssMountConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0829ae02ff4e86f701a6d9c32148b7379f38f295376d2bb981249a8b1b08df9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionTimeouts",
    jsii_struct_bases=[],
    name_mapping={"create": "create", "delete": "delete", "update": "update"},
)
class Fcv3FunctionTimeouts:
    def __init__(
        self,
        *,
        create: typing.Optional[builtins.str] = None,
        delete: typing.Optional[builtins.str] = None,
        update: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param create: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#create Fcv3Function#create}.
        :param delete: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#delete Fcv3Function#delete}.
        :param update: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#update Fcv3Function#update}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ff64b2d47ad88736a02da464c6ca03cdc552fcd6d2810eb5981a3b5a51a674f4)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#create Fcv3Function#create}.'''
        result = self._values.get("create")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def delete(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#delete Fcv3Function#delete}.'''
        result = self._values.get("delete")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def update(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#update Fcv3Function#update}.'''
        result = self._values.get("update")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionTimeoutsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionTimeoutsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__8c4ec5c1485a4f48bf598195ca1f7d22cf2432020d46f6e1d32dc9a494fe546f)
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
            type_hints = typing.get_type_hints(_typecheckingstub__4e52f2a013006b12d325dd0d9ee8c6d62739af5a7778b2511418d4ffbae63507)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "create", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="delete")
    def delete(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "delete"))

    @delete.setter
    def delete(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__85e51cdb2276e16426545b472bd816c4d8bdafb06d9a4329cb8f3aabe8a76e16)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "delete", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="update")
    def update(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "update"))

    @update.setter
    def update(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__89056e6cfa2a2df5bb94306e4155e5c1f70fd90343f6120f9773ccacca8e4543)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "update", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionTimeouts]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionTimeouts]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionTimeouts]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__beba3a857a3be7e7a57201ee433006cf4719c7a4ed74c9328d1090b375e6d4d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionTracingConfig",
    jsii_struct_bases=[],
    name_mapping={},
)
class Fcv3FunctionTracingConfig:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionTracingConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionTracingConfigList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionTracingConfigList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__52f25592f66d8ba513574e6f0265223bcd0aa10006a63951f7535eb09d575822)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "Fcv3FunctionTracingConfigOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__27a6593e7bc814014af0840cf920ff6c476e093f032a1fb8a6c3d002097e8bd9)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("Fcv3FunctionTracingConfigOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c6bcc2a993366a6830c88ff0e947908b0a9fbb30c4e47f38dd3d3b24a8c19a73)
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
            type_hints = typing.get_type_hints(_typecheckingstub__9624b79219fed03256c0ca3ea66a53062354ec911ad702f3a6ced6e03f3cb709)
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
            type_hints = typing.get_type_hints(_typecheckingstub__4bb1e6569ca96f3ed8d5256f908e9a17063658471bee3c8ec49746eca4d299c5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class Fcv3FunctionTracingConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionTracingConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__27cc660d3b017333c0b55668cd2601190227bdeb89cb4de75f15bd60d23ee0f5)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="params")
    def params(self) -> _cdktf_9a9027ec.StringMap:
        return typing.cast(_cdktf_9a9027ec.StringMap, jsii.get(self, "params"))

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[Fcv3FunctionTracingConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionTracingConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[Fcv3FunctionTracingConfig]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f6758afeaf2308c4e9d5b2e08c0c1d67afede42022ed2be162530680b6a320ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionVpcConfig",
    jsii_struct_bases=[],
    name_mapping={
        "security_group_id": "securityGroupId",
        "vpc_id": "vpcId",
        "vswitch_ids": "vswitchIds",
    },
)
class Fcv3FunctionVpcConfig:
    def __init__(
        self,
        *,
        security_group_id: typing.Optional[builtins.str] = None,
        vpc_id: typing.Optional[builtins.str] = None,
        vswitch_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param security_group_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#security_group_id Fcv3Function#security_group_id}.
        :param vpc_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#vpc_id Fcv3Function#vpc_id}.
        :param vswitch_ids: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#vswitch_ids Fcv3Function#vswitch_ids}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__740910c6db5b59dbc100768a29e48f59c5d019bccdcb5e74f4c4b0fa0749216d)
            check_type(argname="argument security_group_id", value=security_group_id, expected_type=type_hints["security_group_id"])
            check_type(argname="argument vpc_id", value=vpc_id, expected_type=type_hints["vpc_id"])
            check_type(argname="argument vswitch_ids", value=vswitch_ids, expected_type=type_hints["vswitch_ids"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if security_group_id is not None:
            self._values["security_group_id"] = security_group_id
        if vpc_id is not None:
            self._values["vpc_id"] = vpc_id
        if vswitch_ids is not None:
            self._values["vswitch_ids"] = vswitch_ids

    @builtins.property
    def security_group_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#security_group_id Fcv3Function#security_group_id}.'''
        result = self._values.get("security_group_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vpc_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#vpc_id Fcv3Function#vpc_id}.'''
        result = self._values.get("vpc_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vswitch_ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/fcv3_function#vswitch_ids Fcv3Function#vswitch_ids}.'''
        result = self._values.get("vswitch_ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "Fcv3FunctionVpcConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class Fcv3FunctionVpcConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.fcv3Function.Fcv3FunctionVpcConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__04c63e3cbfecca596c8891a18a1618b052df1a8851131634ff8fe7b8aa7ce533)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetSecurityGroupId")
    def reset_security_group_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityGroupId", []))

    @jsii.member(jsii_name="resetVpcId")
    def reset_vpc_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVpcId", []))

    @jsii.member(jsii_name="resetVswitchIds")
    def reset_vswitch_ids(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVswitchIds", []))

    @builtins.property
    @jsii.member(jsii_name="securityGroupIdInput")
    def security_group_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityGroupIdInput"))

    @builtins.property
    @jsii.member(jsii_name="vpcIdInput")
    def vpc_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "vpcIdInput"))

    @builtins.property
    @jsii.member(jsii_name="vswitchIdsInput")
    def vswitch_ids_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "vswitchIdsInput"))

    @builtins.property
    @jsii.member(jsii_name="securityGroupId")
    def security_group_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "securityGroupId"))

    @security_group_id.setter
    def security_group_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f8bc8bb5069ac0f22d97a912fc2343a9d4065fd21ad96d58018a922663e7b993)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityGroupId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vpcId")
    def vpc_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "vpcId"))

    @vpc_id.setter
    def vpc_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ed6a27de07adbd0a12ab31a1926f2b9d874ee7de6060c8fc0bc18cbbf2cba827)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vpcId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vswitchIds")
    def vswitch_ids(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "vswitchIds"))

    @vswitch_ids.setter
    def vswitch_ids(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bd79f2d84063a0ebbc06cfbcb51b89c2d2d3aab6106aea3d9b97fe189f1cbe8d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vswitchIds", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[Fcv3FunctionVpcConfig]:
        return typing.cast(typing.Optional[Fcv3FunctionVpcConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[Fcv3FunctionVpcConfig]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fdd1ed74d11f974b05243e260d93cabf8ead2be31d1e1de2652ca447029e9ad6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "Fcv3Function",
    "Fcv3FunctionCode",
    "Fcv3FunctionCodeOutputReference",
    "Fcv3FunctionConfig",
    "Fcv3FunctionCustomContainerConfig",
    "Fcv3FunctionCustomContainerConfigAccelerationInfo",
    "Fcv3FunctionCustomContainerConfigAccelerationInfoList",
    "Fcv3FunctionCustomContainerConfigAccelerationInfoOutputReference",
    "Fcv3FunctionCustomContainerConfigHealthCheckConfig",
    "Fcv3FunctionCustomContainerConfigHealthCheckConfigOutputReference",
    "Fcv3FunctionCustomContainerConfigOutputReference",
    "Fcv3FunctionCustomDns",
    "Fcv3FunctionCustomDnsDnsOptions",
    "Fcv3FunctionCustomDnsDnsOptionsList",
    "Fcv3FunctionCustomDnsDnsOptionsOutputReference",
    "Fcv3FunctionCustomDnsOutputReference",
    "Fcv3FunctionCustomRuntimeConfig",
    "Fcv3FunctionCustomRuntimeConfigHealthCheckConfig",
    "Fcv3FunctionCustomRuntimeConfigHealthCheckConfigOutputReference",
    "Fcv3FunctionCustomRuntimeConfigOutputReference",
    "Fcv3FunctionGpuConfig",
    "Fcv3FunctionGpuConfigOutputReference",
    "Fcv3FunctionInstanceLifecycleConfig",
    "Fcv3FunctionInstanceLifecycleConfigInitializer",
    "Fcv3FunctionInstanceLifecycleConfigInitializerOutputReference",
    "Fcv3FunctionInstanceLifecycleConfigOutputReference",
    "Fcv3FunctionInstanceLifecycleConfigPreStop",
    "Fcv3FunctionInstanceLifecycleConfigPreStopOutputReference",
    "Fcv3FunctionInvocationRestriction",
    "Fcv3FunctionInvocationRestrictionOutputReference",
    "Fcv3FunctionLogConfig",
    "Fcv3FunctionLogConfigOutputReference",
    "Fcv3FunctionNasConfig",
    "Fcv3FunctionNasConfigMountPoints",
    "Fcv3FunctionNasConfigMountPointsList",
    "Fcv3FunctionNasConfigMountPointsOutputReference",
    "Fcv3FunctionNasConfigOutputReference",
    "Fcv3FunctionOssMountConfig",
    "Fcv3FunctionOssMountConfigMountPoints",
    "Fcv3FunctionOssMountConfigMountPointsList",
    "Fcv3FunctionOssMountConfigMountPointsOutputReference",
    "Fcv3FunctionOssMountConfigOutputReference",
    "Fcv3FunctionTimeouts",
    "Fcv3FunctionTimeoutsOutputReference",
    "Fcv3FunctionTracingConfig",
    "Fcv3FunctionTracingConfigList",
    "Fcv3FunctionTracingConfigOutputReference",
    "Fcv3FunctionVpcConfig",
    "Fcv3FunctionVpcConfigOutputReference",
]

publication.publish()

def _typecheckingstub__30c9e8c41ade4671552a738814f82b66198650ccb06d5dafdd296a5c7613460f(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    handler: builtins.str,
    runtime: builtins.str,
    code: typing.Optional[typing.Union[Fcv3FunctionCode, typing.Dict[builtins.str, typing.Any]]] = None,
    cpu: typing.Optional[jsii.Number] = None,
    custom_container_config: typing.Optional[typing.Union[Fcv3FunctionCustomContainerConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    custom_dns: typing.Optional[typing.Union[Fcv3FunctionCustomDns, typing.Dict[builtins.str, typing.Any]]] = None,
    custom_runtime_config: typing.Optional[typing.Union[Fcv3FunctionCustomRuntimeConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    description: typing.Optional[builtins.str] = None,
    disk_size: typing.Optional[jsii.Number] = None,
    environment_variables: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    function_name: typing.Optional[builtins.str] = None,
    gpu_config: typing.Optional[typing.Union[Fcv3FunctionGpuConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[jsii.Number] = None,
    instance_concurrency: typing.Optional[jsii.Number] = None,
    instance_isolation_mode: typing.Optional[builtins.str] = None,
    instance_lifecycle_config: typing.Optional[typing.Union[Fcv3FunctionInstanceLifecycleConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    internet_access: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    invocation_restriction: typing.Optional[typing.Union[Fcv3FunctionInvocationRestriction, typing.Dict[builtins.str, typing.Any]]] = None,
    layers: typing.Optional[typing.Sequence[builtins.str]] = None,
    log_config: typing.Optional[typing.Union[Fcv3FunctionLogConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    memory_size: typing.Optional[jsii.Number] = None,
    nas_config: typing.Optional[typing.Union[Fcv3FunctionNasConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    oss_mount_config: typing.Optional[typing.Union[Fcv3FunctionOssMountConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_group_id: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    session_affinity: typing.Optional[builtins.str] = None,
    session_affinity_config: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    timeout: typing.Optional[jsii.Number] = None,
    timeouts: typing.Optional[typing.Union[Fcv3FunctionTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
    vpc_config: typing.Optional[typing.Union[Fcv3FunctionVpcConfig, typing.Dict[builtins.str, typing.Any]]] = None,
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

def _typecheckingstub__47c78bdf21628f6c6aed4c63d47c937dc786dab00d476cb822c7aa383b5f9ffa(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cd173dcfd12209b4058dc2f36fb11a08ee9a137e4723b3c6c96d49589416369(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e432f2663b3fb444d243f2d569f35eefd99c435059a306fe72955ac71bfa7b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2be74cec69a0d10a852d4c5aa33087ae61290311197f271c6a38e5e7de9a2f7c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfd5b5c74cea65c2c8b5abe0a9a66335426c848a8b506696dcfc4b89a1c59897(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41215576b645633509e18cfc34442aeec513b54cd8d8f90709c4583ec6660ee6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0c29d1162bda23e51477aaf5bfc65baa77e9f90df406abafd107481c0f3a918(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c907146d94686f0e05826e0e9a31c9e7ca1616de758338090dffc19bbe1136e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75f182af00ab839b02c7c638d51bab7d3255605a8fe5e59cbd2c0b18e65627b8(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86896268c90a06eec3037b862b1b987ca979e28e3d453ea2efefe954399857bb(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__569c5297f9988ebb15828b4ce624add1742a1b3d64c69f098417f1648c16ea74(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99fe807aeff644ffdb54bd211f2bb252e0eb25f2d21edbfb96141af8854ada24(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9199abc142363d047c209b80f85d7b81bfcd770697d869bfb1e968b8ef8e66af(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__192e491178ece0f9cf12b32f57f29b5cd5d6a8bcf20067b4947c64b20a2daae6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b72edf26ad71b3afcd3f3a824ab0ab01ca08009bd625cdefc65acc8ff0361130(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84a85c817089839ed7fe98c714de55cdc23581b125386daf6806bd5c525f6824(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__123b982ec15bca608f1ff644fcc467a685e450b84349f7f89fe91ddd5d06f9a2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c0702daab280953ce8ef29182d0017eaf6ba020763beed04193d2ce12eb8bf1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fce3782eb6f4073ac30c1c5a071fc24a0906b3744b64e5e065918d5d5c317463(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31e44f9948b6fa07981ba847b003fcd1c9d7c9f50626efc87144c81532b52015(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a46a5cf22a759bd578cc9d1941b252674de5c5e306c17bc50726b62f520d1a0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90c671e3d764ff58afb3d2ad19f0b8debf05954a6d5d797a8a5a0cde13e28cde(
    *,
    checksum: typing.Optional[builtins.str] = None,
    oss_bucket_name: typing.Optional[builtins.str] = None,
    oss_object_name: typing.Optional[builtins.str] = None,
    zip_file: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1fa9a679c0b2d6d466b0070a5c918a9fd9e04bab788edb53c6855afbfe658c65(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__099eb9ec0e73eb121aa69cc7809219ca4324f983520b12de77c7a936ef1ccd7a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34746e39dc1bcefdefe842de021189b251e5e02941f7622e48a9e3c06166a907(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aace10ae3d428a75615b2186a0cfd1b010ec78d1a755b941ec99af1ad745e1ed(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1c40b01c8eb6b7ae090a32821e5eb76cf1276c140d4d3bfcc29bd7d14a2fadf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__320bdcb3e614fc3ee1585d0955b258c24cc014065e6c36d87a6772a199ea14c8(
    value: typing.Optional[Fcv3FunctionCode],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__464e82b592d245239ca37808dd53a37c150962e618a97dce633bfab1feb954aa(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    handler: builtins.str,
    runtime: builtins.str,
    code: typing.Optional[typing.Union[Fcv3FunctionCode, typing.Dict[builtins.str, typing.Any]]] = None,
    cpu: typing.Optional[jsii.Number] = None,
    custom_container_config: typing.Optional[typing.Union[Fcv3FunctionCustomContainerConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    custom_dns: typing.Optional[typing.Union[Fcv3FunctionCustomDns, typing.Dict[builtins.str, typing.Any]]] = None,
    custom_runtime_config: typing.Optional[typing.Union[Fcv3FunctionCustomRuntimeConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    description: typing.Optional[builtins.str] = None,
    disk_size: typing.Optional[jsii.Number] = None,
    environment_variables: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    function_name: typing.Optional[builtins.str] = None,
    gpu_config: typing.Optional[typing.Union[Fcv3FunctionGpuConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    idle_timeout: typing.Optional[jsii.Number] = None,
    instance_concurrency: typing.Optional[jsii.Number] = None,
    instance_isolation_mode: typing.Optional[builtins.str] = None,
    instance_lifecycle_config: typing.Optional[typing.Union[Fcv3FunctionInstanceLifecycleConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    internet_access: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    invocation_restriction: typing.Optional[typing.Union[Fcv3FunctionInvocationRestriction, typing.Dict[builtins.str, typing.Any]]] = None,
    layers: typing.Optional[typing.Sequence[builtins.str]] = None,
    log_config: typing.Optional[typing.Union[Fcv3FunctionLogConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    memory_size: typing.Optional[jsii.Number] = None,
    nas_config: typing.Optional[typing.Union[Fcv3FunctionNasConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    oss_mount_config: typing.Optional[typing.Union[Fcv3FunctionOssMountConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_group_id: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    session_affinity: typing.Optional[builtins.str] = None,
    session_affinity_config: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    timeout: typing.Optional[jsii.Number] = None,
    timeouts: typing.Optional[typing.Union[Fcv3FunctionTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
    vpc_config: typing.Optional[typing.Union[Fcv3FunctionVpcConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84b5be59ee4245c92d22b12a9da5ec82580fa629876ee29dd1cf92474a852626(
    *,
    acceleration_type: typing.Optional[builtins.str] = None,
    acr_instance_id: typing.Optional[builtins.str] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    entrypoint: typing.Optional[typing.Sequence[builtins.str]] = None,
    health_check_config: typing.Optional[typing.Union[Fcv3FunctionCustomContainerConfigHealthCheckConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    image: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a2266b378750b0a72d10fa7adc25a30b08dadf16bff1b0cb811de6d44c2fd0d(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__747037422a4b79ab5a528fb079a7b86254121c05b30ce3cf747f4da39c258543(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17605bb82b04f6207d07e951025b91827af24aa83fdff0d7ab6bcda62aba16b3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f6a43e994334738a5058cad4e4fb89fdf3eb2381be1d90cfb03b777bc3eebb3(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9eef38e6f7776a69e8e0e9e8d8facc51284fe7141c73928c40d734dd10d3cdcd(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90782c0710417f9f00ae257440c1477ed3f2e9db9739bd987115a488655f33f7(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d3cbe4a34573179ae49a55ace047b5535d56f53ea42bbe81e82b16c5226ff59(
    value: typing.Optional[Fcv3FunctionCustomContainerConfigAccelerationInfo],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__237d638a6b46a375c7108230890c0c41ebe29ef2826a519ccee5ea7c6a6af0f3(
    *,
    failure_threshold: typing.Optional[jsii.Number] = None,
    http_get_url: typing.Optional[builtins.str] = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c13c89eec26e028cfa178c6752c305b8e5f4de466e021d555d3109aeff6b525(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff8f18ad399dc9b1b10a84b628c4dc94f6bc01bf2b0146632a83050d3cede81b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d1982daac7b85ccaad5b92b1d1589cfbb9374b094dd0a2866b6242a2f1a4642(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04be4ac59e7365c34e3ccb9199ccc14fe5f59f18f72c9c1dda6971dd7ed822e2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b03e1d33a1062ae3ce40062ec9aa42620581e3af4d6744bc9789a1fa49566dc(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e52a44a62ce2a1a456ff26f32c19adb73311152a78e8a57bc0f589b111fed8b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6239a479b00c441c3199497d123ab425f88042c8ea9e91bb21090cf8fbda358c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__924748b5a34deb4b53cf667884b8815133240a2fd940284635d7a7ab9ef72bf5(
    value: typing.Optional[Fcv3FunctionCustomContainerConfigHealthCheckConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d5ea069fbf15c8995f12d71a0eb339a463e7981eee06436bbf9740c88d5c5ae(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ae4147448d4c6991174bfd3e14eae2588ffafc112d3a2e332db7d044bf1d82a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2cd02577c43ca1f8d2ddbed61c4ef510dd4b865c81e68c46cf2eae5a48daf61(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ac079e94631bffa4cb26d5f9dac5cd5420384ed0a814dbac80ed5bad95fa029(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca939364ba4af20d6c4ee5534d1a9e3c0b67e6557989b6b1e086314f0b2b96a9(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04c9aa8bdaaf381dbb9817f533fe13c962d3d0f97746f4f2202b7855f4b62d54(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dad26a1911a6b6fc2eab16783194d45da4b81c7e3c0e9b6a9f02ceb0ef20bc2c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d02dbd89cef98ef49a037e14830522ac9c45e5d4a982dce310138fcb1f834532(
    value: typing.Optional[Fcv3FunctionCustomContainerConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7087ec6200659dad6c7df2bd8ef3f96c19ba7f101b1dffeadd935fc5f9d65d8f(
    *,
    dns_options: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[Fcv3FunctionCustomDnsDnsOptions, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name_servers: typing.Optional[typing.Sequence[builtins.str]] = None,
    searches: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c5dd60bf3d51dd0235a3b2928b546433448d29b8e117ca1c20e4e5f4df1bfa8(
    *,
    name: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41d9a3ae1a650d44a630cfc7f1831e9b0e7c620485c19084fddf976196fc5244(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__796e19cbc80d887845e60f8a6fff482d52268c603308307e13974accc738e03e(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4dd4a5bfe08feaa9453466acc992d29dfe8ffa9efd29d5948c26c8df4dc206a9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29c6b6fcc8d29712320104db8381266d4810993245eb971e4fc4c41fff10cd0e(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ffa8212a4f27e81b6a8d2429e4570bb2c73284ab45674d8a20e6a00899071c3(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6927b5cfe1ba75c76603eef34950ba57e4b506d12ba6ccb16aad550145a0aa73(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionCustomDnsDnsOptions]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__660f2f4bda478863d12e7a0dfb6d6f60893da4e0097cfbe0210dd8ac68b89486(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4412dc21e835ab5d649957867a0b924bede0b7ff41762f6c73ab87c15ffd2818(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5596b03458a41eb494e32ab449360373d6d0823fa86e1cfc3d2fa7524173e09(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15ac20c3526d1baa07ae1f91c0687d96a6e61fbc37a5aa0914bc2be612737e41(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionCustomDnsDnsOptions]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__096b87bcf7874aa8fc7f19612290a8ef104a6b86c1214165f691c34b1004a138(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__395a9f8b9bb6c20633d1468ccb983263c347059f187d2138f5dae630b4a5c317(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[Fcv3FunctionCustomDnsDnsOptions, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84f9166eb4269e11c113a01ca02e9c6219c8a56cbdbafd12de797d8695f2bdc1(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5dc71f4ba4a2c0b316689074d58b72a2b85475a27c7f3a88c816237579953c25(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c52c7ebbe1cd85f591657dd07ee4f397cbaf3b2859862e540e7f924a3e9b935(
    value: typing.Optional[Fcv3FunctionCustomDns],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19f9c5391ab298369f40ebec9bee07c5c5a52f02f1a5dc79745f072bee3c7889(
    *,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    health_check_config: typing.Optional[typing.Union[Fcv3FunctionCustomRuntimeConfigHealthCheckConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62584cbd489f4b0357ec01c4fbce448990153ab7bdf289cc09395a2fb3dc013e(
    *,
    failure_threshold: typing.Optional[jsii.Number] = None,
    http_get_url: typing.Optional[builtins.str] = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e82b29d0c8877dd2554316a445658d8c7e1d08eb52a4471127b505909462a5c6(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8412608f5e6dc7109b1d252b5170451e1266f6fc15e161522a387aa4eef9fd1f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2541efcde3c6b1e0037c4466a22b1ab823799e29accdc946f309bf03ceb157b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c9f7ba3d9f31307870f769001aeaf32d7acae055a8f52aa5bf22397721615bb(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4883b0ea3ae366562475d00e4c1288ae7e370c12873fb8e943dc9d32e8c02822(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2c0aba042729a36283eec51a957a63fd043e4bee9b835b8bf91c7e78e2df88c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5754bb4d9d34093a00877d075016066d28d599a82857a2941422306778db4653(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91a44b3a2df056daad226d6a2f5b92f810be475a4cbf8d36406b686e0ae03e65(
    value: typing.Optional[Fcv3FunctionCustomRuntimeConfigHealthCheckConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__529fe4f41ddb00b56619fab5402b9cf08aa9b390134b907bdf74cfcd963ca621(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f12713d9bf860b7203b354e32ce2587b808f94a9c18d2b16eaec0979fcda500(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3221bd948d4b141bc147586931db51a9e24790667638bd5c66ec03e1afc60ef6(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e53e9878db6b40832d284c72c9f775828357059f1ba9674a8e095fb29f7c29a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5636ea8ef64d774771043d58627ed7c1714f38e5fbeb6ac2cb939b2486e7e3c(
    value: typing.Optional[Fcv3FunctionCustomRuntimeConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c04540d17b0948e9ebba48d439c1ed7531fb77a770197f1cd422ad51aa68e4b6(
    *,
    gpu_memory_size: typing.Optional[jsii.Number] = None,
    gpu_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__515e5c3216794bb1012deb9d8b3102caa0d5987dda161f4f4fcd4889001a59dd(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aabf1f9b7757c23758ddf937482cd345bed39fff0fb13bcefc9aa5ebe0732084(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a0331aeff1a8717c822c712d4e6f4f6f26e7a30a96582bcc2592e3825c7f2e4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9651244543982d0d9698060382c399a01a45764eae2a75d0552eed849f0efc37(
    value: typing.Optional[Fcv3FunctionGpuConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65b6b84d77968dd963b7be0a0a908f4db1e1a6ff581e40d9a993879c19666ab0(
    *,
    initializer: typing.Optional[typing.Union[Fcv3FunctionInstanceLifecycleConfigInitializer, typing.Dict[builtins.str, typing.Any]]] = None,
    pre_stop: typing.Optional[typing.Union[Fcv3FunctionInstanceLifecycleConfigPreStop, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__885abf0e00b8b77de54bddfcd9560a964b24c20c2eb4a8ee83bbddd6b9353027(
    *,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    handler: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3b0f4d4821a4e5606f29d93044a6f0242ca03b085e5d57fcdbe72299ba3f94b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa364f5f927d602e41d8e7e97ff0ef5f0b4a7c207c8aaa9800c23c8eaa62bb01(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d36d2b4279aba41423cfd2ae1c4eb95c179f9fe6bac226d2723ede794146a18(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0a46b5539a5767752ff89178eca71d9590ff575ad0dfdda21dbcbe1828d7913(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__772e54c44c175395681222a6f0b89c9a9c2a6ff659a139ae0becfeec6674a452(
    value: typing.Optional[Fcv3FunctionInstanceLifecycleConfigInitializer],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5dad1617d14f002557017b30df642eb5b23882183710dde08b72fd8ea58e1f96(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec3a54f764043a564b7e23db26e08ce03ef9e985f55b3d1880a82da6093e7c1d(
    value: typing.Optional[Fcv3FunctionInstanceLifecycleConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43970c87864100c0f8b4a5bdaa4e19916721ba6fe08d258e3a27ecd584ff8d3a(
    *,
    handler: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b01ecde8d9c264c5bf0e2c6e62e7579b5ebc0d48f7ebe7182116a11b8dc14bb2(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7fdbdd9ac2efe1cf3eda0957c2e4cb484470ec98a67d810a61df2c171f383062(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b706b242769c8581290ec1f9b5232c33b444ccc1999f82c830aa54c364d3d99(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__630a40bf72d853a8b75531feccd5f90ddc4cea39ffe2e5f9131535a56ea80ab7(
    value: typing.Optional[Fcv3FunctionInstanceLifecycleConfigPreStop],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e68e8ad6927b1e442078a2a422a62b549424709fc38a9792150d504a62aa64e(
    *,
    disable: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    reason: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0338cd2c89128175119a7deabf1b47498d4f80b4ab1623743544dbafeb1fe817(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de542251c870dbae8ba22e1815382067fbb6bbb0519bb3e874c2eb4fbdcafebb(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8787b77e548a97713dc875824e8b02b548c64122a105704c64fc2b4dbc32f75(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb2edc82584199576d55013a62b073f4951f392ce5deefe828453335fc22087a(
    value: typing.Optional[Fcv3FunctionInvocationRestriction],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d7ea83f6cff39ebf65efdaf956078bb0c34c1915d6e9491abb59a7e2bff7a5b(
    *,
    enable_instance_metrics: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    enable_request_metrics: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    log_begin_rule: typing.Optional[builtins.str] = None,
    logstore: typing.Optional[builtins.str] = None,
    project: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__674f607e47c8a2fc3a2112c4967b5600502adfc3c33d8da00b7be5fcfdc3f6c9(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a815b1d085957509e473f8a562e38b3715d8c48069ae61a930e6b68c40874c2a(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__937b95994f393ba5418a492aaf3b4f6fd8cce6ffd23dd86d013c12d4b71fc1a7(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c7dcb1453251bab0c9920ca530ded47d1be2b5d0980b3aa28080e8b4a1cbe40(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6de9dc81d968509495713e91a23bb5ff211afeed8af857769e1bdf4768fb9273(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d5cc5d92d7cd01cc3a1f804ec510e3d6c9f1b4bb7cb599dc18d907875e70f3e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5031cf74f36e4c67b97757aae79f357adb07f89f2a0a76e234109402f0536683(
    value: typing.Optional[Fcv3FunctionLogConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc20da4950e8fbf518fa8523be5e59349d5120e1eab2f652bc09c377d325d916(
    *,
    group_id: typing.Optional[jsii.Number] = None,
    mount_points: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[Fcv3FunctionNasConfigMountPoints, typing.Dict[builtins.str, typing.Any]]]]] = None,
    user_id: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d29d8671b558b04cd0b26aba1e350251c8edf3dc38af6c14360b89d65cdbcd83(
    *,
    enable_tls: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mount_dir: typing.Optional[builtins.str] = None,
    server_addr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53275cf938ab358ffbe48a67869072c37c32f0be49c3141595eeabf7e0076b57(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e080c1b1b844bbd6daed4091f282d2cb42e40eee6e1b8e00fb05237bfc3aa3e(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a84757b3fbd3e8d33cef009b110ba83579c46a1db66dce892ca9b4014b256aa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50bb0fdb1a9d02df98c4307dabdcff3242f72441223da7e8a32ac78fdd92cb13(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4be01b2c095e488693f0869dd081f5d57368f974cfb760aa00a56ff7e670e3a4(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bb250ad1f3481444a1408829ccca24499fa3116bcafad0031ec1cc4c2c27580(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionNasConfigMountPoints]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18c1dee80dd99e695ff000fe09409440b62e927e0e4b2669e2b5e67fead5acfc(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23b3360998fbb68193598b769d0d8e6ef783ad995ae5b0be1f68ee0b839ba7fa(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9de673a9fc3e285d31ab508eb864bcc85abc6e9ed0416773b82e2c4f977d9fda(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d89aceaaf27c3106a700c5d0903838ecc67c0335f07ac5edf87942b8bc5789de(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__876d2f609065af3e39aeabe05fb67508bd584d285488b470103b573f02aa6f82(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionNasConfigMountPoints]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9ac7bf9311e73c50bcb5e72028c74befe031a7e7f52b8fb5c6e22ed0375b364(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c17c76e4e1d15dbc6b7ee17857d967f63e2af35510e27e30ead00cf0227cf02a(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[Fcv3FunctionNasConfigMountPoints, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__995c9f892e81ab4a0cc67f3df3da4ab7b053aa6f762760abd61bfcc33b5ff960(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6de5e62011b92e1a95ec4d850ced2fc62767ffbd604f68d24cf9415c223273c7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e90c4ec478d6162a08da5c1ba18d1125d227298fee43448d37ad784b8d3a450(
    value: typing.Optional[Fcv3FunctionNasConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9ee623431d0c96fd7fbe3f83ce17494ae5138fa14d5186dd1efc54ff8579ce8(
    *,
    mount_points: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[Fcv3FunctionOssMountConfigMountPoints, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3207c2ddc51a0117ac297c18238358b852592424f220412d8cbcbaf41d67507(
    *,
    bucket_name: typing.Optional[builtins.str] = None,
    bucket_path: typing.Optional[builtins.str] = None,
    endpoint: typing.Optional[builtins.str] = None,
    mount_dir: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__225a50352be755d6b05e35bc75171f38236f28e26df933c3c47267956d06ac9a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9fb2e3ee69d0a310c5423961971102c59b50d3c438b45445c4684f3a999de92(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__692ff77cdc39809183bb539050fa2737991bb75b1df9fa154b30995cf11f0869(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8909cc3b0b99edf2f12bc80916afc61218392d12ac21a4c978e1c0f323b8884(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a17f014418c88ec399ff5e80abd99476483a05cd4b1d396213f0addb8b94240(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77e9a663ecb550b4326678f2e51fb2cff4784e0689d2386c5adcda25d851837f(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[Fcv3FunctionOssMountConfigMountPoints]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b005385e7d1915dc53985abb6ed095602e1558216f9e1e4c071bff557d76cb2e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66f89a12f7214c48fefe232f78471176352aa24a300ac3c018ac94c4428d152f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7268fced3c08875c3f073a711eca70c4502d205abf5d669a60d68c13f46b4f44(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf93eb82d1b6d1cac18c8e1279c9a374fe1818b5a290458f1d86d162b31a4d65(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52d5a188e6032708292f1cd0bd136ff5cc783c3146e098d1b343f38647960c52(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b219ffd0150d05f08fb6dd289828d10926c7ad780a094664d6b2c42253d3c0a7(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f73b799b1b85856a00a6edc8fc04a5e19f7d6a09c01fd33d74827773ea8b818(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionOssMountConfigMountPoints]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f73f88f73608b4524c8551ce51a9ca21763218547d44249bcac3d63334ea8ee(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b9f02547b5d76035823ea486705b9bff93285cec6522dd981936aca908ba58f(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[Fcv3FunctionOssMountConfigMountPoints, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0829ae02ff4e86f701a6d9c32148b7379f38f295376d2bb981249a8b1b08df9(
    value: typing.Optional[Fcv3FunctionOssMountConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff64b2d47ad88736a02da464c6ca03cdc552fcd6d2810eb5981a3b5a51a674f4(
    *,
    create: typing.Optional[builtins.str] = None,
    delete: typing.Optional[builtins.str] = None,
    update: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c4ec5c1485a4f48bf598195ca1f7d22cf2432020d46f6e1d32dc9a494fe546f(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e52f2a013006b12d325dd0d9ee8c6d62739af5a7778b2511418d4ffbae63507(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85e51cdb2276e16426545b472bd816c4d8bdafb06d9a4329cb8f3aabe8a76e16(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89056e6cfa2a2df5bb94306e4155e5c1f70fd90343f6120f9773ccacca8e4543(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__beba3a857a3be7e7a57201ee433006cf4719c7a4ed74c9328d1090b375e6d4d4(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, Fcv3FunctionTimeouts]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52f25592f66d8ba513574e6f0265223bcd0aa10006a63951f7535eb09d575822(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27a6593e7bc814014af0840cf920ff6c476e093f032a1fb8a6c3d002097e8bd9(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6bcc2a993366a6830c88ff0e947908b0a9fbb30c4e47f38dd3d3b24a8c19a73(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9624b79219fed03256c0ca3ea66a53062354ec911ad702f3a6ced6e03f3cb709(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4bb1e6569ca96f3ed8d5256f908e9a17063658471bee3c8ec49746eca4d299c5(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27cc660d3b017333c0b55668cd2601190227bdeb89cb4de75f15bd60d23ee0f5(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6758afeaf2308c4e9d5b2e08c0c1d67afede42022ed2be162530680b6a320ca(
    value: typing.Optional[Fcv3FunctionTracingConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__740910c6db5b59dbc100768a29e48f59c5d019bccdcb5e74f4c4b0fa0749216d(
    *,
    security_group_id: typing.Optional[builtins.str] = None,
    vpc_id: typing.Optional[builtins.str] = None,
    vswitch_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04c63e3cbfecca596c8891a18a1618b052df1a8851131634ff8fe7b8aa7ce533(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8bc8bb5069ac0f22d97a912fc2343a9d4065fd21ad96d58018a922663e7b993(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed6a27de07adbd0a12ab31a1926f2b9d874ee7de6060c8fc0bc18cbbf2cba827(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd79f2d84063a0ebbc06cfbcb51b89c2d2d3aab6106aea3d9b97fe189f1cbe8d(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fdd1ed74d11f974b05243e260d93cabf8ead2be31d1e1de2652ca447029e9ad6(
    value: typing.Optional[Fcv3FunctionVpcConfig],
) -> None:
    """Type checking stubs"""
    pass
