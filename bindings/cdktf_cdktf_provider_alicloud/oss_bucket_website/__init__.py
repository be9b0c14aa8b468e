r'''
# `alicloud_oss_bucket_website`

Refer to the Terraform Registry for docs: [`alicloud_oss_bucket_website`](https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website).
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


class OssBucketWebsiteA(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteA",
):
    '''Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website alicloud_oss_bucket_website}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        bucket: builtins.str,
        error_document: typing.Optional[typing.Union["OssBucketWebsiteErrorDocument", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        index_document: typing.Optional[typing.Union["OssBucketWebsiteIndexDocument", typing.Dict[builtins.str, typing.Any]]] = None,
        routing_rules: typing.Optional[typing.Union["OssBucketWebsiteRoutingRules", typing.Dict[builtins.str, typing.Any]]] = None,
        timeouts: typing.Optional[typing.Union["OssBucketWebsiteTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website alicloud_oss_bucket_website} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param bucket: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#bucket OssBucketWebsiteA#bucket}.
        :param error_document: error_document block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#error_document OssBucketWebsiteA#error_document}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#id OssBucketWebsiteA#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param index_document: index_document block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#index_document OssBucketWebsiteA#index_document}
        :param routing_rules: routing_rules block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#routing_rules OssBucketWebsiteA#routing_rules}
        :param timeouts: timeouts block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#timeouts OssBucketWebsiteA#timeouts}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3e29786e3c378940a96a7108d86b49fb552c2b8ddb860a3503c38b0900a2139d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = OssBucketWebsiteAConfig(
            bucket=bucket,
            error_document=error_document,
            id=id,
            index_document=index_document,
            routing_rules=routing_rules,
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
        '''Generates CDKTF code for importing a OssBucketWebsiteA resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the OssBucketWebsiteA to import.
        :param import_from_id: The id of the existing OssBucketWebsiteA that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the OssBucketWebsiteA to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae58d66339d02bf41c107a272e1502c80472aef3a2197d899f5ac657b72371b2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putErrorDocument")
    def put_error_document(
        self,
        *,
        http_status: typing.Optional[jsii.Number] = None,
        key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param http_status: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#http_status OssBucketWebsiteA#http_status}.
        :param key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key OssBucketWebsiteA#key}.
        '''
        value = OssBucketWebsiteErrorDocument(http_status=http_status, key=key)

        return typing.cast(None, jsii.invoke(self, "putErrorDocument", [value]))

    @jsii.member(jsii_name="putIndexDocument")
    def put_index_document(
        self,
        *,
        suffix: typing.Optional[builtins.str] = None,
        support_sub_dir: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param suffix: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#suffix OssBucketWebsiteA#suffix}.
        :param support_sub_dir: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#support_sub_dir OssBucketWebsiteA#support_sub_dir}.
        :param type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#type OssBucketWebsiteA#type}.
        '''
        value = OssBucketWebsiteIndexDocument(
            suffix=suffix, support_sub_dir=support_sub_dir, type=type
        )

        return typing.cast(None, jsii.invoke(self, "putIndexDocument", [value]))

    @jsii.member(jsii_name="putRoutingRules")
    def put_routing_rules(
        self,
        *,
        routing_rule: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OssBucketWebsiteRoutingRulesRoutingRule", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param routing_rule: routing_rule block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#routing_rule OssBucketWebsiteA#routing_rule}
        '''
        value = OssBucketWebsiteRoutingRules(routing_rule=routing_rule)

        return typing.cast(None, jsii.invoke(self, "putRoutingRules", [value]))

    @jsii.member(jsii_name="putTimeouts")
    def put_timeouts(
        self,
        *,
        create: typing.Optional[builtins.str] = None,
        delete: typing.Optional[builtins.str] = None,
        update: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param create: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#create OssBucketWebsiteA#create}.
        :param delete: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#delete OssBucketWebsiteA#delete}.
        :param update: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#update OssBucketWebsiteA#update}.
        '''
        value = OssBucketWebsiteTimeouts(create=create, delete=delete, update=update)

        return typing.cast(None, jsii.invoke(self, "putTimeouts", [value]))

    @jsii.member(jsii_name="resetErrorDocument")
    def reset_error_document(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetErrorDocument", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIndexDocument")
    def reset_index_document(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIndexDocument", []))

    @jsii.member(jsii_name="resetRoutingRules")
    def reset_routing_rules(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRoutingRules", []))

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
    @jsii.member(jsii_name="errorDocument")
    def error_document(self) -> "OssBucketWebsiteErrorDocumentOutputReference":
        return typing.cast("OssBucketWebsiteErrorDocumentOutputReference", jsii.get(self, "errorDocument"))

    @builtins.property
    @jsii.member(jsii_name="indexDocument")
    def index_document(self) -> "OssBucketWebsiteIndexDocumentOutputReference":
        return typing.cast("OssBucketWebsiteIndexDocumentOutputReference", jsii.get(self, "indexDocument"))

    @builtins.property
    @jsii.member(jsii_name="routingRules")
    def routing_rules(self) -> "OssBucketWebsiteRoutingRulesOutputReference":
        return typing.cast("OssBucketWebsiteRoutingRulesOutputReference", jsii.get(self, "routingRules"))

    @builtins.property
    @jsii.member(jsii_name="timeouts")
    def timeouts(self) -> "OssBucketWebsiteTimeoutsOutputReference":
        return typing.cast("OssBucketWebsiteTimeoutsOutputReference", jsii.get(self, "timeouts"))

    @builtins.property
    @jsii.member(jsii_name="bucketInput")
    def bucket_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bucketInput"))

    @builtins.property
    @jsii.member(jsii_name="errorDocumentInput")
    def error_document_input(self) -> typing.Optional["OssBucketWebsiteErrorDocument"]:
        return typing.cast(typing.Optional["OssBucketWebsiteErrorDocument"], jsii.get(self, "errorDocumentInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="indexDocumentInput")
    def index_document_input(self) -> typing.Optional["OssBucketWebsiteIndexDocument"]:
        return typing.cast(typing.Optional["OssBucketWebsiteIndexDocument"], jsii.get(self, "indexDocumentInput"))

    @builtins.property
    @jsii.member(jsii_name="routingRulesInput")
    def routing_rules_input(self) -> typing.Optional["OssBucketWebsiteRoutingRules"]:
        return typing.cast(typing.Optional["OssBucketWebsiteRoutingRules"], jsii.get(self, "routingRulesInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutsInput")
    def timeouts_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "OssBucketWebsiteTimeouts"]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "OssBucketWebsiteTimeouts"]], jsii.get(self, "timeoutsInput"))

    @builtins.property
    @jsii.member(jsii_name="bucket")
    def bucket(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bucket"))

    @bucket.setter
    def bucket(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__012bbb60f52bc32288db4fff61accb28eae8cf44edabd1fcc2b30b483ad5ce51)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bucket", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ffd1b7bd7844ec6ef4e91a0d9d85120189410beee5bba1088192300da59b3ed7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteAConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "bucket": "bucket",
        "error_document": "errorDocument",
        "id": "id",
        "index_document": "indexDocument",
        "routing_rules": "routingRules",
        "timeouts": "timeouts",
    },
)
class OssBucketWebsiteAConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        bucket: builtins.str,
        error_document: typing.Optional[typing.Union["OssBucketWebsiteErrorDocument", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        index_document: typing.Optional[typing.Union["OssBucketWebsiteIndexDocument", typing.Dict[builtins.str, typing.Any]]] = None,
        routing_rules: typing.Optional[typing.Union["OssBucketWebsiteRoutingRules", typing.Dict[builtins.str, typing.Any]]] = None,
        timeouts: typing.Optional[typing.Union["OssBucketWebsiteTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param bucket: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#bucket OssBucketWebsiteA#bucket}.
        :param error_document: error_document block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#error_document OssBucketWebsiteA#error_document}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#id OssBucketWebsiteA#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param index_document: index_document block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#index_document OssBucketWebsiteA#index_document}
        :param routing_rules: routing_rules block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#routing_rules OssBucketWebsiteA#routing_rules}
        :param timeouts: timeouts block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#timeouts OssBucketWebsiteA#timeouts}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(error_document, dict):
            error_document = OssBucketWebsiteErrorDocument(**error_document)
        if isinstance(index_document, dict):
            index_document = OssBucketWebsiteIndexDocument(**index_document)
        if isinstance(routing_rules, dict):
            routing_rules = OssBucketWebsiteRoutingRules(**routing_rules)
        if isinstance(timeouts, dict):
            timeouts = OssBucketWebsiteTimeouts(**timeouts)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1f3c8be29bfc337e62dc264ce2d37bde4f171b5571cebe56d715cfaca5aeae21)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument bucket", value=bucket, expected_type=type_hints["bucket"])
            check_type(argname="argument error_document", value=error_document, expected_type=type_hints["error_document"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument index_document", value=index_document, expected_type=type_hints["index_document"])
            check_type(argname="argument routing_rules", value=routing_rules, expected_type=type_hints["routing_rules"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "bucket": bucket,
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
        if error_document is not None:
            self._values["error_document"] = error_document
        if id is not None:
            self._values["id"] = id
        if index_document is not None:
            self._values["index_document"] = index_document
        if routing_rules is not None:
            self._values["routing_rules"] = routing_rules
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
    def bucket(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#bucket OssBucketWebsiteA#bucket}.'''
        result = self._values.get("bucket")
        assert result is not None, "Required property 'bucket' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def error_document(self) -> typing.Optional["OssBucketWebsiteErrorDocument"]:
        '''error_document block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#error_document OssBucketWebsiteA#error_document}
        '''
        result = self._values.get("error_document")
        return typing.cast(typing.Optional["OssBucketWebsiteErrorDocument"], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#id OssBucketWebsiteA#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def index_document(self) -> typing.Optional["OssBucketWebsiteIndexDocument"]:
        '''index_document block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#index_document OssBucketWebsiteA#index_document}
        '''
        result = self._values.get("index_document")
        return typing.cast(typing.Optional["OssBucketWebsiteIndexDocument"], result)

    @builtins.property
    def routing_rules(self) -> typing.Optional["OssBucketWebsiteRoutingRules"]:
        '''routing_rules block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#routing_rules OssBucketWebsiteA#routing_rules}
        '''
        result = self._values.get("routing_rules")
        return typing.cast(typing.Optional["OssBucketWebsiteRoutingRules"], result)

    @builtins.property
    def timeouts(self) -> typing.Optional["OssBucketWebsiteTimeouts"]:
        '''timeouts block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#timeouts OssBucketWebsiteA#timeouts}
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["OssBucketWebsiteTimeouts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteAConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteErrorDocument",
    jsii_struct_bases=[],
    name_mapping={"http_status": "httpStatus", "key": "key"},
)
class OssBucketWebsiteErrorDocument:
    def __init__(
        self,
        *,
        http_status: typing.Optional[jsii.Number] = None,
        key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param http_status: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#http_status OssBucketWebsiteA#http_status}.
        :param key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key OssBucketWebsiteA#key}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3506dddf510f2bf98ec02ea10e101fcfcde296271247f819ee747ed309ad5da9)
            check_type(argname="argument http_status", value=http_status, expected_type=type_hints["http_status"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_status is not None:
            self._values["http_status"] = http_status
        if key is not None:
            self._values["key"] = key

    @builtins.property
    def http_status(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#http_status OssBucketWebsiteA#http_status}.'''
        result = self._values.get("http_status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key OssBucketWebsiteA#key}.'''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteErrorDocument(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteErrorDocumentOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteErrorDocumentOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__90a992bee28bafcd904673e1dca08d19478cb8e77090d3a82cac84cc89866508)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetHttpStatus")
    def reset_http_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHttpStatus", []))

    @jsii.member(jsii_name="resetKey")
    def reset_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKey", []))

    @builtins.property
    @jsii.member(jsii_name="httpStatusInput")
    def http_status_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "httpStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="keyInput")
    def key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keyInput"))

    @builtins.property
    @jsii.member(jsii_name="httpStatus")
    def http_status(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "httpStatus"))

    @http_status.setter
    def http_status(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__96fe24cfd6da99a80282a2ad417d8b68b506beab1f8ae53b5358ae8e3b8a0937)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "httpStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="key")
    def key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "key"))

    @key.setter
    def key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f4a2e47ccf8b9d1010beb86bd0885fbe26ae0946e3bdace9479bfe645e34e29f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "key", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[OssBucketWebsiteErrorDocument]:
        return typing.cast(typing.Optional[OssBucketWebsiteErrorDocument], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OssBucketWebsiteErrorDocument],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__902a881ccf5042f7279fa6f97e30d532035f23bfb1f22279e9ca87ffc409abb3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteIndexDocument",
    jsii_struct_bases=[],
    name_mapping={
        "suffix": "suffix",
        "support_sub_dir": "supportSubDir",
        "type": "type",
    },
)
class OssBucketWebsiteIndexDocument:
    def __init__(
        self,
        *,
        suffix: typing.Optional[builtins.str] = None,
        support_sub_dir: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param suffix: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#suffix OssBucketWebsiteA#suffix}.
        :param support_sub_dir: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#support_sub_dir OssBucketWebsiteA#support_sub_dir}.
        :param type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#type OssBucketWebsiteA#type}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4803801b12756209e87979914aa8d6262cf27bfb1dce6888fc6a3e28c9bab6fc)
            check_type(argname="argument suffix", value=suffix, expected_type=type_hints["suffix"])
            check_type(argname="argument support_sub_dir", value=support_sub_dir, expected_type=type_hints["support_sub_dir"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if suffix is not None:
            self._values["suffix"] = suffix
        if support_sub_dir is not None:
            self._values["support_sub_dir"] = support_sub_dir
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def suffix(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#suffix OssBucketWebsiteA#suffix}.'''
        result = self._values.get("suffix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def support_sub_dir(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#support_sub_dir OssBucketWebsiteA#support_sub_dir}.'''
        result = self._values.get("support_sub_dir")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#type OssBucketWebsiteA#type}.'''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteIndexDocument(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteIndexDocumentOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteIndexDocumentOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a21e826fc5c0ee9f80928169f3b48c175e376c98052eed93198d391e41fbd88b)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetSuffix")
    def reset_suffix(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSuffix", []))

    @jsii.member(jsii_name="resetSupportSubDir")
    def reset_support_sub_dir(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSupportSubDir", []))

    @jsii.member(jsii_name="resetType")
    def reset_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetType", []))

    @builtins.property
    @jsii.member(jsii_name="suffixInput")
    def suffix_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "suffixInput"))

    @builtins.property
    @jsii.member(jsii_name="supportSubDirInput")
    def support_sub_dir_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "supportSubDirInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="suffix")
    def suffix(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "suffix"))

    @suffix.setter
    def suffix(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__22b4020a87b9cfe46cfa8649af82b292ac3ae6d3210d9d0b6c7821317e03ac8f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "suffix", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="supportSubDir")
    def support_sub_dir(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "supportSubDir"))

    @support_sub_dir.setter
    def support_sub_dir(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e9e69fa33ac38ee1ae564e7272c8884c2cfaa38d5f54e7a3108aa11c8121caa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "supportSubDir", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3baee7f1263b1f948fae2eb754a0aa92e32b4ad6a09979499e6f1e83af8d5888)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[OssBucketWebsiteIndexDocument]:
        return typing.cast(typing.Optional[OssBucketWebsiteIndexDocument], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OssBucketWebsiteIndexDocument],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ba92255bf0b800687819ee1073afa2874b573ec7f2ae1e84b1901c2547f84f11)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRules",
    jsii_struct_bases=[],
    name_mapping={"routing_rule": "routingRule"},
)
class OssBucketWebsiteRoutingRules:
    def __init__(
        self,
        *,
        routing_rule: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OssBucketWebsiteRoutingRulesRoutingRule", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param routing_rule: routing_rule block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#routing_rule OssBucketWebsiteA#routing_rule}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__722b3cba46d3d7ce2c5923fe4678799d98c9262c3c33e98e9f5fcbc0ab08ee2a)
            check_type(argname="argument routing_rule", value=routing_rule, expected_type=type_hints["routing_rule"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if routing_rule is not None:
            self._values["routing_rule"] = routing_rule

    @builtins.property
    def routing_rule(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRule"]]]:
        '''routing_rule block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#routing_rule OssBucketWebsiteA#routing_rule}
        '''
        result = self._values.get("routing_rule")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRule"]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteRoutingRulesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__2a784a8e70f4b7cca04e13b0b464dc11c0401ec788d72b3454cd51ea53db4d49)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putRoutingRule")
    def put_routing_rule(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OssBucketWebsiteRoutingRulesRoutingRule", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eeb956fd1feafef94cc1437bedd70cbf68ff0fa3e74e37869b5d93843c63ee8c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putRoutingRule", [value]))

    @jsii.member(jsii_name="resetRoutingRule")
    def reset_routing_rule(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRoutingRule", []))

    @builtins.property
    @jsii.member(jsii_name="routingRule")
    def routing_rule(self) -> "OssBucketWebsiteRoutingRulesRoutingRuleList":
        return typing.cast("OssBucketWebsiteRoutingRulesRoutingRuleList", jsii.get(self, "routingRule"))

    @builtins.property
    @jsii.member(jsii_name="routingRuleInput")
    def routing_rule_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRule"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRule"]]], jsii.get(self, "routingRuleInput"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[OssBucketWebsiteRoutingRules]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRules], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OssBucketWebsiteRoutingRules],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e8dc5df45a6edba27fd6d4992bb8b29a8a25936accc382972907138c84800de)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRule",
    jsii_struct_bases=[],
    name_mapping={
        "condition": "condition",
        "lua_config": "luaConfig",
        "redirect": "redirect",
        "rule_number": "ruleNumber",
    },
)
class OssBucketWebsiteRoutingRulesRoutingRule:
    def __init__(
        self,
        *,
        condition: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleCondition", typing.Dict[builtins.str, typing.Any]]] = None,
        lua_config: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        redirect: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        rule_number: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param condition: condition block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#condition OssBucketWebsiteA#condition}
        :param lua_config: lua_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#lua_config OssBucketWebsiteA#lua_config}
        :param redirect: redirect block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#redirect OssBucketWebsiteA#redirect}
        :param rule_number: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#rule_number OssBucketWebsiteA#rule_number}.
        '''
        if isinstance(condition, dict):
            condition = OssBucketWebsiteRoutingRulesRoutingRuleCondition(**condition)
        if isinstance(lua_config, dict):
            lua_config = OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig(**lua_config)
        if isinstance(redirect, dict):
            redirect = OssBucketWebsiteRoutingRulesRoutingRuleRedirect(**redirect)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__36156be51f1a997da09843388d08912330ece8153fc16497c2804b755e4847a3)
            check_type(argname="argument condition", value=condition, expected_type=type_hints["condition"])
            check_type(argname="argument lua_config", value=lua_config, expected_type=type_hints["lua_config"])
            check_type(argname="argument redirect", value=redirect, expected_type=type_hints["redirect"])
            check_type(argname="argument rule_number", value=rule_number, expected_type=type_hints["rule_number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if condition is not None:
            self._values["condition"] = condition
        if lua_config is not None:
            self._values["lua_config"] = lua_config
        if redirect is not None:
            self._values["redirect"] = redirect
        if rule_number is not None:
            self._values["rule_number"] = rule_number

    @builtins.property
    def condition(
        self,
    ) -> typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleCondition"]:
        '''condition block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#condition OssBucketWebsiteA#condition}
        '''
        result = self._values.get("condition")
        return typing.cast(typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleCondition"], result)

    @builtins.property
    def lua_config(
        self,
    ) -> typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig"]:
        '''lua_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#lua_config OssBucketWebsiteA#lua_config}
        '''
        result = self._values.get("lua_config")
        return typing.cast(typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig"], result)

    @builtins.property
    def redirect(
        self,
    ) -> typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirect"]:
        '''redirect block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#redirect OssBucketWebsiteA#redirect}
        '''
        result = self._values.get("redirect")
        return typing.cast(typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirect"], result)

    @builtins.property
    def rule_number(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#rule_number OssBucketWebsiteA#rule_number}.'''
        result = self._values.get("rule_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRule(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleCondition",
    jsii_struct_bases=[],
    name_mapping={
        "http_error_code_returned_equals": "httpErrorCodeReturnedEquals",
        "include_headers": "includeHeaders",
        "key_prefix_equals": "keyPrefixEquals",
        "key_suffix_equals": "keySuffixEquals",
    },
)
class OssBucketWebsiteRoutingRulesRoutingRuleCondition:
    def __init__(
        self,
        *,
        http_error_code_returned_equals: typing.Optional[builtins.str] = None,
        include_headers: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders", typing.Dict[builtins.str, typing.Any]]]]] = None,
        key_prefix_equals: typing.Optional[builtins.str] = None,
        key_suffix_equals: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param http_error_code_returned_equals: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#http_error_code_returned_equals OssBucketWebsiteA#http_error_code_returned_equals}.
        :param include_headers: include_headers block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#include_headers OssBucketWebsiteA#include_headers}
        :param key_prefix_equals: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key_prefix_equals OssBucketWebsiteA#key_prefix_equals}.
        :param key_suffix_equals: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key_suffix_equals OssBucketWebsiteA#key_suffix_equals}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b5115bfbeed795cb5c394f405c7fe0485125e7acb8f8d4be5777fbe3338876d)
            check_type(argname="argument http_error_code_returned_equals", value=http_error_code_returned_equals, expected_type=type_hints["http_error_code_returned_equals"])
            check_type(argname="argument include_headers", value=include_headers, expected_type=type_hints["include_headers"])
            check_type(argname="argument key_prefix_equals", value=key_prefix_equals, expected_type=type_hints["key_prefix_equals"])
            check_type(argname="argument key_suffix_equals", value=key_suffix_equals, expected_type=type_hints["key_suffix_equals"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_error_code_returned_equals is not None:
            self._values["http_error_code_returned_equals"] = http_error_code_returned_equals
        if include_headers is not None:
            self._values["include_headers"] = include_headers
        if key_prefix_equals is not None:
            self._values["key_prefix_equals"] = key_prefix_equals
        if key_suffix_equals is not None:
            self._values["key_suffix_equals"] = key_suffix_equals

    @builtins.property
    def http_error_code_returned_equals(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#http_error_code_returned_equals OssBucketWebsiteA#http_error_code_returned_equals}.'''
        result = self._values.get("http_error_code_returned_equals")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def include_headers(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders"]]]:
        '''include_headers block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#include_headers OssBucketWebsiteA#include_headers}
        '''
        result = self._values.get("include_headers")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders"]]], result)

    @builtins.property
    def key_prefix_equals(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key_prefix_equals OssBucketWebsiteA#key_prefix_equals}.'''
        result = self._values.get("key_prefix_equals")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key_suffix_equals(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key_suffix_equals OssBucketWebsiteA#key_suffix_equals}.'''
        result = self._values.get("key_suffix_equals")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleCondition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders",
    jsii_struct_bases=[],
    name_mapping={
        "ends_with": "endsWith",
        "equal_to": "equalTo",
        "key": "key",
        "starts_with": "startsWith",
    },
)
class OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders:
    def __init__(
        self,
        *,
        ends_with: typing.Optional[builtins.str] = None,
        equal_to: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        starts_with: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ends_with: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#ends_with OssBucketWebsiteA#ends_with}.
        :param equal_to: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#equals OssBucketWebsiteA#equals}.
        :param key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key OssBucketWebsiteA#key}.
        :param starts_with: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#starts_with OssBucketWebsiteA#starts_with}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dddcdb04a7edc972a42322e53ce0dc84325fc9b3168b6ec7ef675faf03d4f235)
            check_type(argname="argument ends_with", value=ends_with, expected_type=type_hints["ends_with"])
            check_type(argname="argument equal_to", value=equal_to, expected_type=type_hints["equal_to"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument starts_with", value=starts_with, expected_type=type_hints["starts_with"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ends_with is not None:
            self._values["ends_with"] = ends_with
        if equal_to is not None:
            self._values["equal_to"] = equal_to
        if key is not None:
            self._values["key"] = key
        if starts_with is not None:
            self._values["starts_with"] = starts_with

    @builtins.property
    def ends_with(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#ends_with OssBucketWebsiteA#ends_with}.'''
        result = self._values.get("ends_with")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def equal_to(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#equals OssBucketWebsiteA#equals}.'''
        result = self._values.get("equal_to")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key OssBucketWebsiteA#key}.'''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def starts_with(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#starts_with OssBucketWebsiteA#starts_with}.'''
        result = self._values.get("starts_with")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeadersList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeadersList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__6f0dcd7b8fd9bc1218e908cb32b95c29ab60b85ebd73597e9d95f09a3407fb08)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeadersOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e77bfe3ccce689813cbc222fe806686f5c25cdd7d50b05c9cf584f8ae79f5b73)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeadersOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c2f51b9ae341e4fdf62a2f75100ce19cda01693267ea18c9d2185f8a312c4c01)
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
            type_hints = typing.get_type_hints(_typecheckingstub__c6948527e007e67566ade4946dd954f64cc217fc48519dd100e7bc95e07eb1d5)
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
            type_hints = typing.get_type_hints(_typecheckingstub__a4288754b387655cb17f4a1fee170e42aa4225cc2619afe2cb368033e9574732)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c175b5d95019fb50d131538ceb55a8600d827fe07f49c995905bb2a2052a7c9a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeadersOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeadersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__66939907389d1513b32c7890d397535555e566856f6b8ceac4be1482aed4ccbf)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetEndsWith")
    def reset_ends_with(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEndsWith", []))

    @jsii.member(jsii_name="resetEqualTo")
    def reset_equal_to(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEqualTo", []))

    @jsii.member(jsii_name="resetKey")
    def reset_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKey", []))

    @jsii.member(jsii_name="resetStartsWith")
    def reset_starts_with(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStartsWith", []))

    @builtins.property
    @jsii.member(jsii_name="endsWithInput")
    def ends_with_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "endsWithInput"))

    @builtins.property
    @jsii.member(jsii_name="equalToInput")
    def equal_to_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "equalToInput"))

    @builtins.property
    @jsii.member(jsii_name="keyInput")
    def key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keyInput"))

    @builtins.property
    @jsii.member(jsii_name="startsWithInput")
    def starts_with_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "startsWithInput"))

    @builtins.property
    @jsii.member(jsii_name="endsWith")
    def ends_with(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "endsWith"))

    @ends_with.setter
    def ends_with(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__be075b290230470dcc4157140747ee88bccc4a7e3aa5adb7eff53fb1e625f9c0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "endsWith", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="equalTo")
    def equal_to(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "equalTo"))

    @equal_to.setter
    def equal_to(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5bf96f23a6421d058697c2d6805e9fc68ede14f78094a61c11d1e0f0761de135)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "equalTo", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="key")
    def key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "key"))

    @key.setter
    def key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3db1e0cc42737088108d0176e8813e429fc57aecd31eea04304819e4a490a373)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "key", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="startsWith")
    def starts_with(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "startsWith"))

    @starts_with.setter
    def starts_with(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ebeac01c55e713239db4e9176cf5bedab883aa9dddb600aca1f696a6a648a5c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "startsWith", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fb1f491efb18b97151779aff9733fd20081b7a56aee589da6c01c8626023b8e4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OssBucketWebsiteRoutingRulesRoutingRuleConditionOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleConditionOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a248a26d46505eeb97fd0db3ce04c71f8ad16315102a7a69ba429f69c3d7055a)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putIncludeHeaders")
    def put_include_headers(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1b746eaf2d69625f618542367a0d98cd53c3646326506b63b155f9c77e7a893e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putIncludeHeaders", [value]))

    @jsii.member(jsii_name="resetHttpErrorCodeReturnedEquals")
    def reset_http_error_code_returned_equals(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHttpErrorCodeReturnedEquals", []))

    @jsii.member(jsii_name="resetIncludeHeaders")
    def reset_include_headers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIncludeHeaders", []))

    @jsii.member(jsii_name="resetKeyPrefixEquals")
    def reset_key_prefix_equals(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKeyPrefixEquals", []))

    @jsii.member(jsii_name="resetKeySuffixEquals")
    def reset_key_suffix_equals(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKeySuffixEquals", []))

    @builtins.property
    @jsii.member(jsii_name="includeHeaders")
    def include_headers(
        self,
    ) -> OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeadersList:
        return typing.cast(OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeadersList, jsii.get(self, "includeHeaders"))

    @builtins.property
    @jsii.member(jsii_name="httpErrorCodeReturnedEqualsInput")
    def http_error_code_returned_equals_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "httpErrorCodeReturnedEqualsInput"))

    @builtins.property
    @jsii.member(jsii_name="includeHeadersInput")
    def include_headers_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders]]], jsii.get(self, "includeHeadersInput"))

    @builtins.property
    @jsii.member(jsii_name="keyPrefixEqualsInput")
    def key_prefix_equals_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keyPrefixEqualsInput"))

    @builtins.property
    @jsii.member(jsii_name="keySuffixEqualsInput")
    def key_suffix_equals_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keySuffixEqualsInput"))

    @builtins.property
    @jsii.member(jsii_name="httpErrorCodeReturnedEquals")
    def http_error_code_returned_equals(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "httpErrorCodeReturnedEquals"))

    @http_error_code_returned_equals.setter
    def http_error_code_returned_equals(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__334afd99d67c650506c6ae0e223f8844973b326762513e16129e869eaa1856e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "httpErrorCodeReturnedEquals", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="keyPrefixEquals")
    def key_prefix_equals(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "keyPrefixEquals"))

    @key_prefix_equals.setter
    def key_prefix_equals(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__05f7187c38517ca847971bd6a16184044c7da797fd6c0edb8a785d5aeb0f6c4a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "keyPrefixEquals", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="keySuffixEquals")
    def key_suffix_equals(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "keySuffixEquals"))

    @key_suffix_equals.setter
    def key_suffix_equals(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4eb222a33f53fc36e9e908ac94432dcf388ef790d74d02d40449f8ba4025f8db)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "keySuffixEquals", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleCondition]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleCondition], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleCondition],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ddab2489a80039f72c012cafce98930ae4ce2d25ff0649882300d09d7e2ef377)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OssBucketWebsiteRoutingRulesRoutingRuleList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b8782b631d0849768f230b5c6cf4cd58a9ecaa7ed9041dcc521c70e4ac35a1e1)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "OssBucketWebsiteRoutingRulesRoutingRuleOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__253511df932a48a0c1ef5b996b261329f00c2f945e9a49f6ec7f022a27469a10)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("OssBucketWebsiteRoutingRulesRoutingRuleOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f60a07c1126379227fdee6e464faf2e25004f66f5d4c8a1eebe1cd067e9bb469)
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
            type_hints = typing.get_type_hints(_typecheckingstub__cd16c2a8ec92d0be51fb1ad7bca4beb94c198ff21fad826b174740a46bd1103f)
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
            type_hints = typing.get_type_hints(_typecheckingstub__28abd3d7fb087841392d612cde7c4cef6b3724209546645a2af5ec643560d557)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRule]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRule]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRule]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__95e47ea4912851453f6c564b6f15a3266e7c6f9e9c8d8a2c406c751beb5a7ae6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig",
    jsii_struct_bases=[],
    name_mapping={"script": "script"},
)
class OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig:
    def __init__(self, *, script: typing.Optional[builtins.str] = None) -> None:
        '''
        :param script: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#script OssBucketWebsiteA#script}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4c1c7556d6ee611e50cb4cb6050cd12ea1cd34bb7aabd2463aeddae36e7a8c7e)
            check_type(argname="argument script", value=script, expected_type=type_hints["script"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if script is not None:
            self._values["script"] = script

    @builtins.property
    def script(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#script OssBucketWebsiteA#script}.'''
        result = self._values.get("script")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteRoutingRulesRoutingRuleLuaConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleLuaConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__6cb87050495aa1bb19420a58dbe7c243bb9f51607cb0a3fcb9a370018a5ce0df)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetScript")
    def reset_script(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetScript", []))

    @builtins.property
    @jsii.member(jsii_name="scriptInput")
    def script_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "scriptInput"))

    @builtins.property
    @jsii.member(jsii_name="script")
    def script(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "script"))

    @script.setter
    def script(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3247ab7be5c2fef8939e57a6694421c23e07f785e56f4e6ef90ace5916df74fb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "script", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67c848d71e99d11c79cc2d12d3eb846d38f6623d794a444a7cab7dd854356b4c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OssBucketWebsiteRoutingRulesRoutingRuleOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__5ac212c0264c5c0a8cfd0a776907ef89820b5a84bca84346407f3d694b29dd39)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="putCondition")
    def put_condition(
        self,
        *,
        http_error_code_returned_equals: typing.Optional[builtins.str] = None,
        include_headers: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders, typing.Dict[builtins.str, typing.Any]]]]] = None,
        key_prefix_equals: typing.Optional[builtins.str] = None,
        key_suffix_equals: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param http_error_code_returned_equals: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#http_error_code_returned_equals OssBucketWebsiteA#http_error_code_returned_equals}.
        :param include_headers: include_headers block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#include_headers OssBucketWebsiteA#include_headers}
        :param key_prefix_equals: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key_prefix_equals OssBucketWebsiteA#key_prefix_equals}.
        :param key_suffix_equals: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key_suffix_equals OssBucketWebsiteA#key_suffix_equals}.
        '''
        value = OssBucketWebsiteRoutingRulesRoutingRuleCondition(
            http_error_code_returned_equals=http_error_code_returned_equals,
            include_headers=include_headers,
            key_prefix_equals=key_prefix_equals,
            key_suffix_equals=key_suffix_equals,
        )

        return typing.cast(None, jsii.invoke(self, "putCondition", [value]))

    @jsii.member(jsii_name="putLuaConfig")
    def put_lua_config(self, *, script: typing.Optional[builtins.str] = None) -> None:
        '''
        :param script: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#script OssBucketWebsiteA#script}.
        '''
        value = OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig(script=script)

        return typing.cast(None, jsii.invoke(self, "putLuaConfig", [value]))

    @jsii.member(jsii_name="putRedirect")
    def put_redirect(
        self,
        *,
        enable_replace_prefix: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        host_name: typing.Optional[builtins.str] = None,
        http_redirect_code: typing.Optional[builtins.str] = None,
        mirror_allow_get_image_info: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_allow_head_object: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_allow_video_snapshot: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_async_status: typing.Optional[jsii.Number] = None,
        mirror_auth: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_check_md5: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_dst_region: typing.Optional[builtins.str] = None,
        mirror_dst_slave_vpc_id: typing.Optional[builtins.str] = None,
        mirror_dst_vpc_id: typing.Optional[builtins.str] = None,
        mirror_follow_redirect: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_headers: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_is_express_tunnel: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_multi_alternates: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_pass_original_slashes: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_pass_query_string: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_proxy_pass: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_return_headers: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_role: typing.Optional[builtins.str] = None,
        mirror_save_oss_meta: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_sni: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_switch_all_errors: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_taggings: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_tunnel_id: typing.Optional[builtins.str] = None,
        mirror_url: typing.Optional[builtins.str] = None,
        mirror_url_probe: typing.Optional[builtins.str] = None,
        mirror_url_slave: typing.Optional[builtins.str] = None,
        mirror_user_last_modified: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_using_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        pass_query_string: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        protocol: typing.Optional[builtins.str] = None,
        redirect_type: typing.Optional[builtins.str] = None,
        replace_key_prefix_with: typing.Optional[builtins.str] = None,
        replace_key_with: typing.Optional[builtins.str] = None,
        transparent_mirror_response_codes: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param enable_replace_prefix: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#enable_replace_prefix OssBucketWebsiteA#enable_replace_prefix}.
        :param host_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#host_name OssBucketWebsiteA#host_name}.
        :param http_redirect_code: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#http_redirect_code OssBucketWebsiteA#http_redirect_code}.
        :param mirror_allow_get_image_info: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_allow_get_image_info OssBucketWebsiteA#mirror_allow_get_image_info}.
        :param mirror_allow_head_object: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_allow_head_object OssBucketWebsiteA#mirror_allow_head_object}.
        :param mirror_allow_video_snapshot: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_allow_video_snapshot OssBucketWebsiteA#mirror_allow_video_snapshot}.
        :param mirror_async_status: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_async_status OssBucketWebsiteA#mirror_async_status}.
        :param mirror_auth: mirror_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_auth OssBucketWebsiteA#mirror_auth}
        :param mirror_check_md5: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_check_md5 OssBucketWebsiteA#mirror_check_md5}.
        :param mirror_dst_region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_dst_region OssBucketWebsiteA#mirror_dst_region}.
        :param mirror_dst_slave_vpc_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_dst_slave_vpc_id OssBucketWebsiteA#mirror_dst_slave_vpc_id}.
        :param mirror_dst_vpc_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_dst_vpc_id OssBucketWebsiteA#mirror_dst_vpc_id}.
        :param mirror_follow_redirect: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_follow_redirect OssBucketWebsiteA#mirror_follow_redirect}.
        :param mirror_headers: mirror_headers block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_headers OssBucketWebsiteA#mirror_headers}
        :param mirror_is_express_tunnel: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_is_express_tunnel OssBucketWebsiteA#mirror_is_express_tunnel}.
        :param mirror_multi_alternates: mirror_multi_alternates block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternates OssBucketWebsiteA#mirror_multi_alternates}
        :param mirror_pass_original_slashes: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_pass_original_slashes OssBucketWebsiteA#mirror_pass_original_slashes}.
        :param mirror_pass_query_string: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_pass_query_string OssBucketWebsiteA#mirror_pass_query_string}.
        :param mirror_proxy_pass: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_proxy_pass OssBucketWebsiteA#mirror_proxy_pass}.
        :param mirror_return_headers: mirror_return_headers block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_return_headers OssBucketWebsiteA#mirror_return_headers}
        :param mirror_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_role OssBucketWebsiteA#mirror_role}.
        :param mirror_save_oss_meta: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_save_oss_meta OssBucketWebsiteA#mirror_save_oss_meta}.
        :param mirror_sni: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_sni OssBucketWebsiteA#mirror_sni}.
        :param mirror_switch_all_errors: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_switch_all_errors OssBucketWebsiteA#mirror_switch_all_errors}.
        :param mirror_taggings: mirror_taggings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_taggings OssBucketWebsiteA#mirror_taggings}
        :param mirror_tunnel_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_tunnel_id OssBucketWebsiteA#mirror_tunnel_id}.
        :param mirror_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_url OssBucketWebsiteA#mirror_url}.
        :param mirror_url_probe: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_url_probe OssBucketWebsiteA#mirror_url_probe}.
        :param mirror_url_slave: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_url_slave OssBucketWebsiteA#mirror_url_slave}.
        :param mirror_user_last_modified: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_user_last_modified OssBucketWebsiteA#mirror_user_last_modified}.
        :param mirror_using_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_using_role OssBucketWebsiteA#mirror_using_role}.
        :param pass_query_string: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#pass_query_string OssBucketWebsiteA#pass_query_string}.
        :param protocol: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#protocol OssBucketWebsiteA#protocol}.
        :param redirect_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#redirect_type OssBucketWebsiteA#redirect_type}.
        :param replace_key_prefix_with: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#replace_key_prefix_with OssBucketWebsiteA#replace_key_prefix_with}.
        :param replace_key_with: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#replace_key_with OssBucketWebsiteA#replace_key_with}.
        :param transparent_mirror_response_codes: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#transparent_mirror_response_codes OssBucketWebsiteA#transparent_mirror_response_codes}.
        '''
        value = OssBucketWebsiteRoutingRulesRoutingRuleRedirect(
            enable_replace_prefix=enable_replace_prefix,
            host_name=host_name,
            http_redirect_code=http_redirect_code,
            mirror_allow_get_image_info=mirror_allow_get_image_info,
            mirror_allow_head_object=mirror_allow_head_object,
            mirror_allow_video_snapshot=mirror_allow_video_snapshot,
            mirror_async_status=mirror_async_status,
            mirror_auth=mirror_auth,
            mirror_check_md5=mirror_check_md5,
            mirror_dst_region=mirror_dst_region,
            mirror_dst_slave_vpc_id=mirror_dst_slave_vpc_id,
            mirror_dst_vpc_id=mirror_dst_vpc_id,
            mirror_follow_redirect=mirror_follow_redirect,
            mirror_headers=mirror_headers,
            mirror_is_express_tunnel=mirror_is_express_tunnel,
            mirror_multi_alternates=mirror_multi_alternates,
            mirror_pass_original_slashes=mirror_pass_original_slashes,
            mirror_pass_query_string=mirror_pass_query_string,
            mirror_proxy_pass=mirror_proxy_pass,
            mirror_return_headers=mirror_return_headers,
            mirror_role=mirror_role,
            mirror_save_oss_meta=mirror_save_oss_meta,
            mirror_sni=mirror_sni,
            mirror_switch_all_errors=mirror_switch_all_errors,
            mirror_taggings=mirror_taggings,
            mirror_tunnel_id=mirror_tunnel_id,
            mirror_url=mirror_url,
            mirror_url_probe=mirror_url_probe,
            mirror_url_slave=mirror_url_slave,
            mirror_user_last_modified=mirror_user_last_modified,
            mirror_using_role=mirror_using_role,
            pass_query_string=pass_query_string,
            protocol=protocol,
            redirect_type=redirect_type,
            replace_key_prefix_with=replace_key_prefix_with,
            replace_key_with=replace_key_with,
            transparent_mirror_response_codes=transparent_mirror_response_codes,
        )

        return typing.cast(None, jsii.invoke(self, "putRedirect", [value]))

    @jsii.member(jsii_name="resetCondition")
    def reset_condition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCondition", []))

    @jsii.member(jsii_name="resetLuaConfig")
    def reset_lua_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLuaConfig", []))

    @jsii.member(jsii_name="resetRedirect")
    def reset_redirect(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRedirect", []))

    @jsii.member(jsii_name="resetRuleNumber")
    def reset_rule_number(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRuleNumber", []))

    @builtins.property
    @jsii.member(jsii_name="condition")
    def condition(
        self,
    ) -> OssBucketWebsiteRoutingRulesRoutingRuleConditionOutputReference:
        return typing.cast(OssBucketWebsiteRoutingRulesRoutingRuleConditionOutputReference, jsii.get(self, "condition"))

    @builtins.property
    @jsii.member(jsii_name="luaConfig")
    def lua_config(
        self,
    ) -> OssBucketWebsiteRoutingRulesRoutingRuleLuaConfigOutputReference:
        return typing.cast(OssBucketWebsiteRoutingRulesRoutingRuleLuaConfigOutputReference, jsii.get(self, "luaConfig"))

    @builtins.property
    @jsii.member(jsii_name="redirect")
    def redirect(
        self,
    ) -> "OssBucketWebsiteRoutingRulesRoutingRuleRedirectOutputReference":
        return typing.cast("OssBucketWebsiteRoutingRulesRoutingRuleRedirectOutputReference", jsii.get(self, "redirect"))

    @builtins.property
    @jsii.member(jsii_name="conditionInput")
    def condition_input(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleCondition]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleCondition], jsii.get(self, "conditionInput"))

    @builtins.property
    @jsii.member(jsii_name="luaConfigInput")
    def lua_config_input(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig], jsii.get(self, "luaConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="redirectInput")
    def redirect_input(
        self,
    ) -> typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirect"]:
        return typing.cast(typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirect"], jsii.get(self, "redirectInput"))

    @builtins.property
    @jsii.member(jsii_name="ruleNumberInput")
    def rule_number_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ruleNumberInput"))

    @builtins.property
    @jsii.member(jsii_name="ruleNumber")
    def rule_number(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ruleNumber"))

    @rule_number.setter
    def rule_number(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7adec70804968eb10b5066e98cea5bd1a6bfb5554411f043045c300ff2498bac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ruleNumber", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRule]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRule]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRule]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cc5d535281c39a7b907a558d03c09310aeaf184b60faa21bd053074d081766a3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "enable_replace_prefix": "enableReplacePrefix",
        "host_name": "hostName",
        "http_redirect_code": "httpRedirectCode",
        "mirror_allow_get_image_info": "mirrorAllowGetImageInfo",
        "mirror_allow_head_object": "mirrorAllowHeadObject",
        "mirror_allow_video_snapshot": "mirrorAllowVideoSnapshot",
        "mirror_async_status": "mirrorAsyncStatus",
        "mirror_auth": "mirrorAuth",
        "mirror_check_md5": "mirrorCheckMd5",
        "mirror_dst_region": "mirrorDstRegion",
        "mirror_dst_slave_vpc_id": "mirrorDstSlaveVpcId",
        "mirror_dst_vpc_id": "mirrorDstVpcId",
        "mirror_follow_redirect": "mirrorFollowRedirect",
        "mirror_headers": "mirrorHeaders",
        "mirror_is_express_tunnel": "mirrorIsExpressTunnel",
        "mirror_multi_alternates": "mirrorMultiAlternates",
        "mirror_pass_original_slashes": "mirrorPassOriginalSlashes",
        "mirror_pass_query_string": "mirrorPassQueryString",
        "mirror_proxy_pass": "mirrorProxyPass",
        "mirror_return_headers": "mirrorReturnHeaders",
        "mirror_role": "mirrorRole",
        "mirror_save_oss_meta": "mirrorSaveOssMeta",
        "mirror_sni": "mirrorSni",
        "mirror_switch_all_errors": "mirrorSwitchAllErrors",
        "mirror_taggings": "mirrorTaggings",
        "mirror_tunnel_id": "mirrorTunnelId",
        "mirror_url": "mirrorUrl",
        "mirror_url_probe": "mirrorUrlProbe",
        "mirror_url_slave": "mirrorUrlSlave",
        "mirror_user_last_modified": "mirrorUserLastModified",
        "mirror_using_role": "mirrorUsingRole",
        "pass_query_string": "passQueryString",
        "protocol": "protocol",
        "redirect_type": "redirectType",
        "replace_key_prefix_with": "replaceKeyPrefixWith",
        "replace_key_with": "replaceKeyWith",
        "transparent_mirror_response_codes": "transparentMirrorResponseCodes",
    },
)
class OssBucketWebsiteRoutingRulesRoutingRuleRedirect:
    def __init__(
        self,
        *,
        enable_replace_prefix: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        host_name: typing.Optional[builtins.str] = None,
        http_redirect_code: typing.Optional[builtins.str] = None,
        mirror_allow_get_image_info: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_allow_head_object: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_allow_video_snapshot: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_async_status: typing.Optional[jsii.Number] = None,
        mirror_auth: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_check_md5: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_dst_region: typing.Optional[builtins.str] = None,
        mirror_dst_slave_vpc_id: typing.Optional[builtins.str] = None,
        mirror_dst_vpc_id: typing.Optional[builtins.str] = None,
        mirror_follow_redirect: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_headers: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_is_express_tunnel: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_multi_alternates: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_pass_original_slashes: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_pass_query_string: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_proxy_pass: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_return_headers: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_role: typing.Optional[builtins.str] = None,
        mirror_save_oss_meta: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_sni: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_switch_all_errors: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_taggings: typing.Optional[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_tunnel_id: typing.Optional[builtins.str] = None,
        mirror_url: typing.Optional[builtins.str] = None,
        mirror_url_probe: typing.Optional[builtins.str] = None,
        mirror_url_slave: typing.Optional[builtins.str] = None,
        mirror_user_last_modified: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        mirror_using_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        pass_query_string: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        protocol: typing.Optional[builtins.str] = None,
        redirect_type: typing.Optional[builtins.str] = None,
        replace_key_prefix_with: typing.Optional[builtins.str] = None,
        replace_key_with: typing.Optional[builtins.str] = None,
        transparent_mirror_response_codes: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param enable_replace_prefix: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#enable_replace_prefix OssBucketWebsiteA#enable_replace_prefix}.
        :param host_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#host_name OssBucketWebsiteA#host_name}.
        :param http_redirect_code: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#http_redirect_code OssBucketWebsiteA#http_redirect_code}.
        :param mirror_allow_get_image_info: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_allow_get_image_info OssBucketWebsiteA#mirror_allow_get_image_info}.
        :param mirror_allow_head_object: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_allow_head_object OssBucketWebsiteA#mirror_allow_head_object}.
        :param mirror_allow_video_snapshot: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_allow_video_snapshot OssBucketWebsiteA#mirror_allow_video_snapshot}.
        :param mirror_async_status: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_async_status OssBucketWebsiteA#mirror_async_status}.
        :param mirror_auth: mirror_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_auth OssBucketWebsiteA#mirror_auth}
        :param mirror_check_md5: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_check_md5 OssBucketWebsiteA#mirror_check_md5}.
        :param mirror_dst_region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_dst_region OssBucketWebsiteA#mirror_dst_region}.
        :param mirror_dst_slave_vpc_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_dst_slave_vpc_id OssBucketWebsiteA#mirror_dst_slave_vpc_id}.
        :param mirror_dst_vpc_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_dst_vpc_id OssBucketWebsiteA#mirror_dst_vpc_id}.
        :param mirror_follow_redirect: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_follow_redirect OssBucketWebsiteA#mirror_follow_redirect}.
        :param mirror_headers: mirror_headers block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_headers OssBucketWebsiteA#mirror_headers}
        :param mirror_is_express_tunnel: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_is_express_tunnel OssBucketWebsiteA#mirror_is_express_tunnel}.
        :param mirror_multi_alternates: mirror_multi_alternates block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternates OssBucketWebsiteA#mirror_multi_alternates}
        :param mirror_pass_original_slashes: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_pass_original_slashes OssBucketWebsiteA#mirror_pass_original_slashes}.
        :param mirror_pass_query_string: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_pass_query_string OssBucketWebsiteA#mirror_pass_query_string}.
        :param mirror_proxy_pass: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_proxy_pass OssBucketWebsiteA#mirror_proxy_pass}.
        :param mirror_return_headers: mirror_return_headers block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_return_headers OssBucketWebsiteA#mirror_return_headers}
        :param mirror_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_role OssBucketWebsiteA#mirror_role}.
        :param mirror_save_oss_meta: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_save_oss_meta OssBucketWebsiteA#mirror_save_oss_meta}.
        :param mirror_sni: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_sni OssBucketWebsiteA#mirror_sni}.
        :param mirror_switch_all_errors: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_switch_all_errors OssBucketWebsiteA#mirror_switch_all_errors}.
        :param mirror_taggings: mirror_taggings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_taggings OssBucketWebsiteA#mirror_taggings}
        :param mirror_tunnel_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_tunnel_id OssBucketWebsiteA#mirror_tunnel_id}.
        :param mirror_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_url OssBucketWebsiteA#mirror_url}.
        :param mirror_url_probe: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_url_probe OssBucketWebsiteA#mirror_url_probe}.
        :param mirror_url_slave: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_url_slave OssBucketWebsiteA#mirror_url_slave}.
        :param mirror_user_last_modified: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_user_last_modified OssBucketWebsiteA#mirror_user_last_modified}.
        :param mirror_using_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_using_role OssBucketWebsiteA#mirror_using_role}.
        :param pass_query_string: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#pass_query_string OssBucketWebsiteA#pass_query_string}.
        :param protocol: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#protocol OssBucketWebsiteA#protocol}.
        :param redirect_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#redirect_type OssBucketWebsiteA#redirect_type}.
        :param replace_key_prefix_with: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#replace_key_prefix_with OssBucketWebsiteA#replace_key_prefix_with}.
        :param replace_key_with: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#replace_key_with OssBucketWebsiteA#replace_key_with}.
        :param transparent_mirror_response_codes: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#transparent_mirror_response_codes OssBucketWebsiteA#transparent_mirror_response_codes}.
        '''
        if isinstance(mirror_auth, dict):
            mirror_auth = OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth(**mirror_auth)
        if isinstance(mirror_headers, dict):
            mirror_headers = OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders(**mirror_headers)
        if isinstance(mirror_multi_alternates, dict):
            mirror_multi_alternates = OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates(**mirror_multi_alternates)
        if isinstance(mirror_return_headers, dict):
            mirror_return_headers = OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders(**mirror_return_headers)
        if isinstance(mirror_taggings, dict):
            mirror_taggings = OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings(**mirror_taggings)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__55174424d8774006cc6d26f533f52c284d160137bb7219b8566bfb0c206cf23c)
            check_type(argname="argument enable_replace_prefix", value=enable_replace_prefix, expected_type=type_hints["enable_replace_prefix"])
            check_type(argname="argument host_name", value=host_name, expected_type=type_hints["host_name"])
            check_type(argname="argument http_redirect_code", value=http_redirect_code, expected_type=type_hints["http_redirect_code"])
            check_type(argname="argument mirror_allow_get_image_info", value=mirror_allow_get_image_info, expected_type=type_hints["mirror_allow_get_image_info"])
            check_type(argname="argument mirror_allow_head_object", value=mirror_allow_head_object, expected_type=type_hints["mirror_allow_head_object"])
            check_type(argname="argument mirror_allow_video_snapshot", value=mirror_allow_video_snapshot, expected_type=type_hints["mirror_allow_video_snapshot"])
            check_type(argname="argument mirror_async_status", value=mirror_async_status, expected_type=type_hints["mirror_async_status"])
            check_type(argname="argument mirror_auth", value=mirror_auth, expected_type=type_hints["mirror_auth"])
            check_type(argname="argument mirror_check_md5", value=mirror_check_md5, expected_type=type_hints["mirror_check_md5"])
            check_type(argname="argument mirror_dst_region", value=mirror_dst_region, expected_type=type_hints["mirror_dst_region"])
            check_type(argname="argument mirror_dst_slave_vpc_id", value=mirror_dst_slave_vpc_id, expected_type=type_hints["mirror_dst_slave_vpc_id"])
            check_type(argname="argument mirror_dst_vpc_id", value=mirror_dst_vpc_id, expected_type=type_hints["mirror_dst_vpc_id"])
            check_type(argname="argument mirror_follow_redirect", value=mirror_follow_redirect, expected_type=type_hints["mirror_follow_redirect"])
            check_type(argname="argument mirror_headers", value=mirror_headers, expected_type=type_hints["mirror_headers"])
            check_type(argname="argument mirror_is_express_tunnel", value=mirror_is_express_tunnel, expected_type=type_hints["mirror_is_express_tunnel"])
            check_type(argname="argument mirror_multi_alternates", value=mirror_multi_alternates, expected_type=type_hints["mirror_multi_alternates"])
            check_type(argname="argument mirror_pass_original_slashes", value=mirror_pass_original_slashes, expected_type=type_hints["mirror_pass_original_slashes"])
            check_type(argname="argument mirror_pass_query_string", value=mirror_pass_query_string, expected_type=type_hints["mirror_pass_query_string"])
            check_type(argname="argument mirror_proxy_pass", value=mirror_proxy_pass, expected_type=type_hints["mirror_proxy_pass"])
            check_type(argname="argument mirror_return_headers", value=mirror_return_headers, expected_type=type_hints["mirror_return_headers"])
            check_type(argname="argument mirror_role", value=mirror_role, expected_type=type_hints["mirror_role"])
            check_type(argname="argument mirror_save_oss_meta", value=mirror_save_oss_meta, expected_type=type_hints["mirror_save_oss_meta"])
            check_type(argname="argument mirror_sni", value=mirror_sni, expected_type=type_hints["mirror_sni"])
            check_type(argname="argument mirror_switch_all_errors", value=mirror_switch_all_errors, expected_type=type_hints["mirror_switch_all_errors"])
            check_type(argname="argument mirror_taggings", value=mirror_taggings, expected_type=type_hints["mirror_taggings"])
            check_type(argname="argument mirror_tunnel_id", value=mirror_tunnel_id, expected_type=type_hints["mirror_tunnel_id"])
            check_type(argname="argument mirror_url", value=mirror_url, expected_type=type_hints["mirror_url"])
            check_type(argname="argument mirror_url_probe", value=mirror_url_probe, expected_type=type_hints["mirror_url_probe"])
            check_type(argname="argument mirror_url_slave", value=mirror_url_slave, expected_type=type_hints["mirror_url_slave"])
            check_type(argname="argument mirror_user_last_modified", value=mirror_user_last_modified, expected_type=type_hints["mirror_user_last_modified"])
            check_type(argname="argument mirror_using_role", value=mirror_using_role, expected_type=type_hints["mirror_using_role"])
            check_type(argname="argument pass_query_string", value=pass_query_string, expected_type=type_hints["pass_query_string"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument redirect_type", value=redirect_type, expected_type=type_hints["redirect_type"])
            check_type(argname="argument replace_key_prefix_with", value=replace_key_prefix_with, expected_type=type_hints["replace_key_prefix_with"])
            check_type(argname="argument replace_key_with", value=replace_key_with, expected_type=type_hints["replace_key_with"])
            check_type(argname="argument transparent_mirror_response_codes", value=transparent_mirror_response_codes, expected_type=type_hints["transparent_mirror_response_codes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enable_replace_prefix is not None:
            self._values["enable_replace_prefix"] = enable_replace_prefix
        if host_name is not None:
            self._values["host_name"] = host_name
        if http_redirect_code is not None:
            self._values["http_redirect_code"] = http_redirect_code
        if mirror_allow_get_image_info is not None:
            self._values["mirror_allow_get_image_info"] = mirror_allow_get_image_info
        if mirror_allow_head_object is not None:
            self._values["mirror_allow_head_object"] = mirror_allow_head_object
        if mirror_allow_video_snapshot is not None:
            self._values["mirror_allow_video_snapshot"] = mirror_allow_video_snapshot
        if mirror_async_status is not None:
            self._values["mirror_async_status"] = mirror_async_status
        if mirror_auth is not None:
            self._values["mirror_auth"] = mirror_auth
        if mirror_check_md5 is not None:
            self._values["mirror_check_md5"] = mirror_check_md5
        if mirror_dst_region is not None:
            self._values["mirror_dst_region"] = mirror_dst_region
        if mirror_dst_slave_vpc_id is not None:
            self._values["mirror_dst_slave_vpc_id"] = mirror_dst_slave_vpc_id
        if mirror_dst_vpc_id is not None:
            self._values["mirror_dst_vpc_id"] = mirror_dst_vpc_id
        if mirror_follow_redirect is not None:
            self._values["mirror_follow_redirect"] = mirror_follow_redirect
        if mirror_headers is not None:
            self._values["mirror_headers"] = mirror_headers
        if mirror_is_express_tunnel is not None:
            self._values["mirror_is_express_tunnel"] = mirror_is_express_tunnel
        if mirror_multi_alternates is not None:
            self._values["mirror_multi_alternates"] = mirror_multi_alternates
        if mirror_pass_original_slashes is not None:
            self._values["mirror_pass_original_slashes"] = mirror_pass_original_slashes
        if mirror_pass_query_string is not None:
            self._values["mirror_pass_query_string"] = mirror_pass_query_string
        if mirror_proxy_pass is not None:
            self._values["mirror_proxy_pass"] = mirror_proxy_pass
        if mirror_return_headers is not None:
            self._values["mirror_return_headers"] = mirror_return_headers
        if mirror_role is not None:
            self._values["mirror_role"] = mirror_role
        if mirror_save_oss_meta is not None:
            self._values["mirror_save_oss_meta"] = mirror_save_oss_meta
        if mirror_sni is not None:
            self._values["mirror_sni"] = mirror_sni
        if mirror_switch_all_errors is not None:
            self._values["mirror_switch_all_errors"] = mirror_switch_all_errors
        if mirror_taggings is not None:
            self._values["mirror_taggings"] = mirror_taggings
        if mirror_tunnel_id is not None:
            self._values["mirror_tunnel_id"] = mirror_tunnel_id
        if mirror_url is not None:
            self._values["mirror_url"] = mirror_url
        if mirror_url_probe is not None:
            self._values["mirror_url_probe"] = mirror_url_probe
        if mirror_url_slave is not None:
            self._values["mirror_url_slave"] = mirror_url_slave
        if mirror_user_last_modified is not None:
            self._values["mirror_user_last_modified"] = mirror_user_last_modified
        if mirror_using_role is not None:
            self._values["mirror_using_role"] = mirror_using_role
        if pass_query_string is not None:
            self._values["pass_query_string"] = pass_query_string
        if protocol is not None:
            self._values["protocol"] = protocol
        if redirect_type is not None:
            self._values["redirect_type"] = redirect_type
        if replace_key_prefix_with is not None:
            self._values["replace_key_prefix_with"] = replace_key_prefix_with
        if replace_key_with is not None:
            self._values["replace_key_with"] = replace_key_with
        if transparent_mirror_response_codes is not None:
            self._values["transparent_mirror_response_codes"] = transparent_mirror_response_codes

    @builtins.property
    def enable_replace_prefix(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#enable_replace_prefix OssBucketWebsiteA#enable_replace_prefix}.'''
        result = self._values.get("enable_replace_prefix")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def host_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#host_name OssBucketWebsiteA#host_name}.'''
        result = self._values.get("host_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_redirect_code(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#http_redirect_code OssBucketWebsiteA#http_redirect_code}.'''
        result = self._values.get("http_redirect_code")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror_allow_get_image_info(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_allow_get_image_info OssBucketWebsiteA#mirror_allow_get_image_info}.'''
        result = self._values.get("mirror_allow_get_image_info")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_allow_head_object(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_allow_head_object OssBucketWebsiteA#mirror_allow_head_object}.'''
        result = self._values.get("mirror_allow_head_object")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_allow_video_snapshot(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_allow_video_snapshot OssBucketWebsiteA#mirror_allow_video_snapshot}.'''
        result = self._values.get("mirror_allow_video_snapshot")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_async_status(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_async_status OssBucketWebsiteA#mirror_async_status}.'''
        result = self._values.get("mirror_async_status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mirror_auth(
        self,
    ) -> typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth"]:
        '''mirror_auth block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_auth OssBucketWebsiteA#mirror_auth}
        '''
        result = self._values.get("mirror_auth")
        return typing.cast(typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth"], result)

    @builtins.property
    def mirror_check_md5(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_check_md5 OssBucketWebsiteA#mirror_check_md5}.'''
        result = self._values.get("mirror_check_md5")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_dst_region(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_dst_region OssBucketWebsiteA#mirror_dst_region}.'''
        result = self._values.get("mirror_dst_region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror_dst_slave_vpc_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_dst_slave_vpc_id OssBucketWebsiteA#mirror_dst_slave_vpc_id}.'''
        result = self._values.get("mirror_dst_slave_vpc_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror_dst_vpc_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_dst_vpc_id OssBucketWebsiteA#mirror_dst_vpc_id}.'''
        result = self._values.get("mirror_dst_vpc_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror_follow_redirect(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_follow_redirect OssBucketWebsiteA#mirror_follow_redirect}.'''
        result = self._values.get("mirror_follow_redirect")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_headers(
        self,
    ) -> typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders"]:
        '''mirror_headers block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_headers OssBucketWebsiteA#mirror_headers}
        '''
        result = self._values.get("mirror_headers")
        return typing.cast(typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders"], result)

    @builtins.property
    def mirror_is_express_tunnel(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_is_express_tunnel OssBucketWebsiteA#mirror_is_express_tunnel}.'''
        result = self._values.get("mirror_is_express_tunnel")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_multi_alternates(
        self,
    ) -> typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates"]:
        '''mirror_multi_alternates block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternates OssBucketWebsiteA#mirror_multi_alternates}
        '''
        result = self._values.get("mirror_multi_alternates")
        return typing.cast(typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates"], result)

    @builtins.property
    def mirror_pass_original_slashes(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_pass_original_slashes OssBucketWebsiteA#mirror_pass_original_slashes}.'''
        result = self._values.get("mirror_pass_original_slashes")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_pass_query_string(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_pass_query_string OssBucketWebsiteA#mirror_pass_query_string}.'''
        result = self._values.get("mirror_pass_query_string")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_proxy_pass(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_proxy_pass OssBucketWebsiteA#mirror_proxy_pass}.'''
        result = self._values.get("mirror_proxy_pass")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_return_headers(
        self,
    ) -> typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders"]:
        '''mirror_return_headers block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_return_headers OssBucketWebsiteA#mirror_return_headers}
        '''
        result = self._values.get("mirror_return_headers")
        return typing.cast(typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders"], result)

    @builtins.property
    def mirror_role(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_role OssBucketWebsiteA#mirror_role}.'''
        result = self._values.get("mirror_role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror_save_oss_meta(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_save_oss_meta OssBucketWebsiteA#mirror_save_oss_meta}.'''
        result = self._values.get("mirror_save_oss_meta")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_sni(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_sni OssBucketWebsiteA#mirror_sni}.'''
        result = self._values.get("mirror_sni")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_switch_all_errors(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_switch_all_errors OssBucketWebsiteA#mirror_switch_all_errors}.'''
        result = self._values.get("mirror_switch_all_errors")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_taggings(
        self,
    ) -> typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings"]:
        '''mirror_taggings block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_taggings OssBucketWebsiteA#mirror_taggings}
        '''
        result = self._values.get("mirror_taggings")
        return typing.cast(typing.Optional["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings"], result)

    @builtins.property
    def mirror_tunnel_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_tunnel_id OssBucketWebsiteA#mirror_tunnel_id}.'''
        result = self._values.get("mirror_tunnel_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror_url(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_url OssBucketWebsiteA#mirror_url}.'''
        result = self._values.get("mirror_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror_url_probe(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_url_probe OssBucketWebsiteA#mirror_url_probe}.'''
        result = self._values.get("mirror_url_probe")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror_url_slave(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_url_slave OssBucketWebsiteA#mirror_url_slave}.'''
        result = self._values.get("mirror_url_slave")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror_user_last_modified(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_user_last_modified OssBucketWebsiteA#mirror_user_last_modified}.'''
        result = self._values.get("mirror_user_last_modified")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def mirror_using_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_using_role OssBucketWebsiteA#mirror_using_role}.'''
        result = self._values.get("mirror_using_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def pass_query_string(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#pass_query_string OssBucketWebsiteA#pass_query_string}.'''
        result = self._values.get("pass_query_string")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#protocol OssBucketWebsiteA#protocol}.'''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redirect_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#redirect_type OssBucketWebsiteA#redirect_type}.'''
        result = self._values.get("redirect_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_key_prefix_with(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#replace_key_prefix_with OssBucketWebsiteA#replace_key_prefix_with}.'''
        result = self._values.get("replace_key_prefix_with")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_key_with(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#replace_key_with OssBucketWebsiteA#replace_key_with}.'''
        result = self._values.get("replace_key_with")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def transparent_mirror_response_codes(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#transparent_mirror_response_codes OssBucketWebsiteA#transparent_mirror_response_codes}.'''
        result = self._values.get("transparent_mirror_response_codes")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth",
    jsii_struct_bases=[],
    name_mapping={
        "access_key_id": "accessKeyId",
        "access_key_secret": "accessKeySecret",
        "auth_type": "authType",
        "region": "region",
    },
)
class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth:
    def __init__(
        self,
        *,
        access_key_id: typing.Optional[builtins.str] = None,
        access_key_secret: typing.Optional[builtins.str] = None,
        auth_type: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param access_key_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#access_key_id OssBucketWebsiteA#access_key_id}.
        :param access_key_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#access_key_secret OssBucketWebsiteA#access_key_secret}.
        :param auth_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#auth_type OssBucketWebsiteA#auth_type}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#region OssBucketWebsiteA#region}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e6b1a57fd6e3190abc0e58367f479f3d8e1357ae5d51420febeddfa085c5739)
            check_type(argname="argument access_key_id", value=access_key_id, expected_type=type_hints["access_key_id"])
            check_type(argname="argument access_key_secret", value=access_key_secret, expected_type=type_hints["access_key_secret"])
            check_type(argname="argument auth_type", value=auth_type, expected_type=type_hints["auth_type"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_key_id is not None:
            self._values["access_key_id"] = access_key_id
        if access_key_secret is not None:
            self._values["access_key_secret"] = access_key_secret
        if auth_type is not None:
            self._values["auth_type"] = auth_type
        if region is not None:
            self._values["region"] = region

    @builtins.property
    def access_key_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#access_key_id OssBucketWebsiteA#access_key_id}.'''
        result = self._values.get("access_key_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def access_key_secret(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#access_key_secret OssBucketWebsiteA#access_key_secret}.'''
        result = self._values.get("access_key_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def auth_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#auth_type OssBucketWebsiteA#auth_type}.'''
        result = self._values.get("auth_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#region OssBucketWebsiteA#region}.'''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuthOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuthOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d0b89768994b506f1fb79c9332718a6ad15b54825b746f2af86354765107f8ea)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetAccessKeyId")
    def reset_access_key_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccessKeyId", []))

    @jsii.member(jsii_name="resetAccessKeySecret")
    def reset_access_key_secret(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccessKeySecret", []))

    @jsii.member(jsii_name="resetAuthType")
    def reset_auth_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthType", []))

    @jsii.member(jsii_name="resetRegion")
    def reset_region(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRegion", []))

    @builtins.property
    @jsii.member(jsii_name="accessKeyIdInput")
    def access_key_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accessKeyIdInput"))

    @builtins.property
    @jsii.member(jsii_name="accessKeySecretInput")
    def access_key_secret_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accessKeySecretInput"))

    @builtins.property
    @jsii.member(jsii_name="authTypeInput")
    def auth_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="regionInput")
    def region_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "regionInput"))

    @builtins.property
    @jsii.member(jsii_name="accessKeyId")
    def access_key_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accessKeyId"))

    @access_key_id.setter
    def access_key_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f1eac8e44184249c4b876c29df71af8da548986a5ea538bddd0377cb6829e932)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accessKeyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="accessKeySecret")
    def access_key_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accessKeySecret"))

    @access_key_secret.setter
    def access_key_secret(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0b6150a6afb46b5b89daf6bcce9afa4aa87d48d07abb7ea49999338099657709)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accessKeySecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authType")
    def auth_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authType"))

    @auth_type.setter
    def auth_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0ccec04b0fe56aeb660e29880d931ed73abd3dde3b02a234f73b337f4208a85)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "region"))

    @region.setter
    def region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1faf297e253093950dbd072e89d493cf0e500eb7b6589da9b899e3f4fbb44351)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "region", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9a2bbe72572d7e193aadd20d349d2cf477e9168a8cdd8f9b7714a668d02641ac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders",
    jsii_struct_bases=[],
    name_mapping={
        "pass_": "pass",
        "pass_all": "passAll",
        "remove": "remove",
        "set": "set",
    },
)
class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders:
    def __init__(
        self,
        *,
        pass_: typing.Optional[typing.Sequence[builtins.str]] = None,
        pass_all: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param pass_: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#pass OssBucketWebsiteA#pass}.
        :param pass_all: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#pass_all OssBucketWebsiteA#pass_all}.
        :param remove: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#remove OssBucketWebsiteA#remove}.
        :param set: set block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#set OssBucketWebsiteA#set}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__afd25b64165ee7974d9e2359cf3e386248cfa8eaca15b2db5884155bd7fd9ed5)
            check_type(argname="argument pass_", value=pass_, expected_type=type_hints["pass_"])
            check_type(argname="argument pass_all", value=pass_all, expected_type=type_hints["pass_all"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pass_ is not None:
            self._values["pass_"] = pass_
        if pass_all is not None:
            self._values["pass_all"] = pass_all
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def pass_(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#pass OssBucketWebsiteA#pass}.'''
        result = self._values.get("pass_")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def pass_all(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#pass_all OssBucketWebsiteA#pass_all}.'''
        result = self._values.get("pass_all")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#remove OssBucketWebsiteA#remove}.'''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet"]]]:
        '''set block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#set OssBucketWebsiteA#set}
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet"]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e8bc181c33d505523e3b12a58d7c6241a03f94fcba01aa136d57472787a7dea7)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putSet")
    def put_set(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4ad60cba2770ccdff999b4bdb90b5169171739736c90f00a407fbf7d24aa6a3a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putSet", [value]))

    @jsii.member(jsii_name="resetPass")
    def reset_pass(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPass", []))

    @jsii.member(jsii_name="resetPassAll")
    def reset_pass_all(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassAll", []))

    @jsii.member(jsii_name="resetRemove")
    def reset_remove(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRemove", []))

    @jsii.member(jsii_name="resetSet")
    def reset_set(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSet", []))

    @builtins.property
    @jsii.member(jsii_name="set")
    def set(
        self,
    ) -> "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSetList":
        return typing.cast("OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSetList", jsii.get(self, "set"))

    @builtins.property
    @jsii.member(jsii_name="passAllInput")
    def pass_all_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "passAllInput"))

    @builtins.property
    @jsii.member(jsii_name="passInput")
    def pass_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "passInput"))

    @builtins.property
    @jsii.member(jsii_name="removeInput")
    def remove_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "removeInput"))

    @builtins.property
    @jsii.member(jsii_name="setInput")
    def set_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet"]]], jsii.get(self, "setInput"))

    @builtins.property
    @jsii.member(jsii_name="pass")
    def pass_(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "pass"))

    @pass_.setter
    def pass_(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b8439dee9900279c6bcfb7b8b2b1540e2253a1d06be925e02cac53608934376f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pass", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="passAll")
    def pass_all(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "passAll"))

    @pass_all.setter
    def pass_all(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d50677555ff6c3e2406c68df279494f2e67209b47674a5ef8377700a35dac26e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "passAll", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="remove")
    def remove(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "remove"))

    @remove.setter
    def remove(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae95eafff9695be4d0e883ed7e242fd7a2b26e814efeb7b90be0051df8435bdd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "remove", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a18aa6181245f82b0e1d0d3c5732b1aed45fff20e849dec4ef37581bcf65d8c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value": "value"},
)
class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key OssBucketWebsiteA#key}.
        :param value: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#value OssBucketWebsiteA#value}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e60ed18a0697f09f753c526976274295ce1cef9ef14b5b1b8aadbddd43eddff9)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key OssBucketWebsiteA#key}.'''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#value OssBucketWebsiteA#value}.'''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSetList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSetList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__47a203f466630af5bc32e857790194123aa4b90f61d320bf0ac714830ac678cd)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSetOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bfa8afdf79f7dd506583a3ec7a3e093ab929710c4e02b43df56fab6a6e8b05df)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSetOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2d7b405b366aa59d0fedb67b88c42fad7eb7a8473315b465f97166be1cf94434)
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
            type_hints = typing.get_type_hints(_typecheckingstub__e2a6b8ad415702c9505ab136cdc375edf8669ce7e88d36b8495888ffebac87da)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5e987008b1a5e3087c6bab62fad819976ec727352906ae256a700763df744930)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5db79abe3036b76be897cd0d2beede87413db23f246ccbd68d7387bf51ef82a1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSetOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSetOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__032c151d35b6a218a627f9907052b2427382a50dac0990383136222d11a5e628)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetKey")
    def reset_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKey", []))

    @jsii.member(jsii_name="resetValue")
    def reset_value(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetValue", []))

    @builtins.property
    @jsii.member(jsii_name="keyInput")
    def key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keyInput"))

    @builtins.property
    @jsii.member(jsii_name="valueInput")
    def value_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "valueInput"))

    @builtins.property
    @jsii.member(jsii_name="key")
    def key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "key"))

    @key.setter
    def key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__32403111d32e5b77bb7db05b7a36f95eddc26baeb0cc4763390f5f666013e923)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "key", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "value"))

    @value.setter
    def value(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aa67e41e4e665637f3278a882ed15ff1c8cd91d51aa42f3220232b9fb9796152)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "value", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__63cfa24e570297d1166605e97d8cc4b0b32e25e1679fb2a5fc9068facb516f48)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates",
    jsii_struct_bases=[],
    name_mapping={"mirror_multi_alternate": "mirrorMultiAlternate"},
)
class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates:
    def __init__(
        self,
        *,
        mirror_multi_alternate: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param mirror_multi_alternate: mirror_multi_alternate block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternate OssBucketWebsiteA#mirror_multi_alternate}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__242dad823e5834bc6959f043e0634a39e4cbd91c698cd1f12aa1b34499b59213)
            check_type(argname="argument mirror_multi_alternate", value=mirror_multi_alternate, expected_type=type_hints["mirror_multi_alternate"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mirror_multi_alternate is not None:
            self._values["mirror_multi_alternate"] = mirror_multi_alternate

    @builtins.property
    def mirror_multi_alternate(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate"]]]:
        '''mirror_multi_alternate block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternate OssBucketWebsiteA#mirror_multi_alternate}
        '''
        result = self._values.get("mirror_multi_alternate")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate"]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate",
    jsii_struct_bases=[],
    name_mapping={
        "mirror_multi_alternate_dst_region": "mirrorMultiAlternateDstRegion",
        "mirror_multi_alternate_number": "mirrorMultiAlternateNumber",
        "mirror_multi_alternate_url": "mirrorMultiAlternateUrl",
        "mirror_multi_alternate_vpc_id": "mirrorMultiAlternateVpcId",
    },
)
class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate:
    def __init__(
        self,
        *,
        mirror_multi_alternate_dst_region: typing.Optional[builtins.str] = None,
        mirror_multi_alternate_number: typing.Optional[jsii.Number] = None,
        mirror_multi_alternate_url: typing.Optional[builtins.str] = None,
        mirror_multi_alternate_vpc_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mirror_multi_alternate_dst_region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternate_dst_region OssBucketWebsiteA#mirror_multi_alternate_dst_region}.
        :param mirror_multi_alternate_number: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternate_number OssBucketWebsiteA#mirror_multi_alternate_number}.
        :param mirror_multi_alternate_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternate_url OssBucketWebsiteA#mirror_multi_alternate_url}.
        :param mirror_multi_alternate_vpc_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternate_vpc_id OssBucketWebsiteA#mirror_multi_alternate_vpc_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4efc448a1f91f052bb0a1a545fcdc7304464a39baf5e9fdc36f91313976e1cd0)
            check_type(argname="argument mirror_multi_alternate_dst_region", value=mirror_multi_alternate_dst_region, expected_type=type_hints["mirror_multi_alternate_dst_region"])
            check_type(argname="argument mirror_multi_alternate_number", value=mirror_multi_alternate_number, expected_type=type_hints["mirror_multi_alternate_number"])
            check_type(argname="argument mirror_multi_alternate_url", value=mirror_multi_alternate_url, expected_type=type_hints["mirror_multi_alternate_url"])
            check_type(argname="argument mirror_multi_alternate_vpc_id", value=mirror_multi_alternate_vpc_id, expected_type=type_hints["mirror_multi_alternate_vpc_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mirror_multi_alternate_dst_region is not None:
            self._values["mirror_multi_alternate_dst_region"] = mirror_multi_alternate_dst_region
        if mirror_multi_alternate_number is not None:
            self._values["mirror_multi_alternate_number"] = mirror_multi_alternate_number
        if mirror_multi_alternate_url is not None:
            self._values["mirror_multi_alternate_url"] = mirror_multi_alternate_url
        if mirror_multi_alternate_vpc_id is not None:
            self._values["mirror_multi_alternate_vpc_id"] = mirror_multi_alternate_vpc_id

    @builtins.property
    def mirror_multi_alternate_dst_region(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternate_dst_region OssBucketWebsiteA#mirror_multi_alternate_dst_region}.'''
        result = self._values.get("mirror_multi_alternate_dst_region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror_multi_alternate_number(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternate_number OssBucketWebsiteA#mirror_multi_alternate_number}.'''
        result = self._values.get("mirror_multi_alternate_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mirror_multi_alternate_url(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternate_url OssBucketWebsiteA#mirror_multi_alternate_url}.'''
        result = self._values.get("mirror_multi_alternate_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mirror_multi_alternate_vpc_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternate_vpc_id OssBucketWebsiteA#mirror_multi_alternate_vpc_id}.'''
        result = self._values.get("mirror_multi_alternate_vpc_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternateList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternateList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__26916b8bcb8a57513df049bbec73016f8b7582ecee709ecb6e96bb5a50acf809)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternateOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1322de2f1cd1e1ddb35fe8d10dd32d7c6d25c6e68e7d25be9073a9c056f3acc5)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternateOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eecace7b8be07a0f970bcfd0a3023cd3079eedd36348cd2959b52a602bdcf9a0)
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
            type_hints = typing.get_type_hints(_typecheckingstub__0da872239016018f9a26de570e98c47881a2e64f3b2101ca2379c9f31d9d77a7)
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
            type_hints = typing.get_type_hints(_typecheckingstub__05db76d5a734a3694928efa12c158d57dacdf0f7c26a6591df114cf935ce6b29)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab7999407e530e53da8b2e4132ee479f1ae6aa3711f07878abc0812c97284de8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternateOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternateOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e80eba7f3884befddd764c552fe8ca0e34e3cf0a4ccc6024e7d7577c70f35527)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetMirrorMultiAlternateDstRegion")
    def reset_mirror_multi_alternate_dst_region(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorMultiAlternateDstRegion", []))

    @jsii.member(jsii_name="resetMirrorMultiAlternateNumber")
    def reset_mirror_multi_alternate_number(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorMultiAlternateNumber", []))

    @jsii.member(jsii_name="resetMirrorMultiAlternateUrl")
    def reset_mirror_multi_alternate_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorMultiAlternateUrl", []))

    @jsii.member(jsii_name="resetMirrorMultiAlternateVpcId")
    def reset_mirror_multi_alternate_vpc_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorMultiAlternateVpcId", []))

    @builtins.property
    @jsii.member(jsii_name="mirrorMultiAlternateDstRegionInput")
    def mirror_multi_alternate_dst_region_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorMultiAlternateDstRegionInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorMultiAlternateNumberInput")
    def mirror_multi_alternate_number_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "mirrorMultiAlternateNumberInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorMultiAlternateUrlInput")
    def mirror_multi_alternate_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorMultiAlternateUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorMultiAlternateVpcIdInput")
    def mirror_multi_alternate_vpc_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorMultiAlternateVpcIdInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorMultiAlternateDstRegion")
    def mirror_multi_alternate_dst_region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirrorMultiAlternateDstRegion"))

    @mirror_multi_alternate_dst_region.setter
    def mirror_multi_alternate_dst_region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__404e5c4ea0db72baaa8a94876fc331e9e8d1ac9a4b24b3eccebb900ede24537a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorMultiAlternateDstRegion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorMultiAlternateNumber")
    def mirror_multi_alternate_number(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "mirrorMultiAlternateNumber"))

    @mirror_multi_alternate_number.setter
    def mirror_multi_alternate_number(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__34246f04c6e1539e94c07800d14135ba6caa120357bfa53669c67382eb8a1ece)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorMultiAlternateNumber", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorMultiAlternateUrl")
    def mirror_multi_alternate_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirrorMultiAlternateUrl"))

    @mirror_multi_alternate_url.setter
    def mirror_multi_alternate_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f42a681b3cabde530eb8d1d294060d0e3988b0bb9e6b3ee21bdbb60a5948d968)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorMultiAlternateUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorMultiAlternateVpcId")
    def mirror_multi_alternate_vpc_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirrorMultiAlternateVpcId"))

    @mirror_multi_alternate_vpc_id.setter
    def mirror_multi_alternate_vpc_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3f29bc34a2763ebe66c3d13b8803a5c5525b9ac01c3d190e019bcd704c6294e6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorMultiAlternateVpcId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b232a914220fe02e14975e79f7e7fa66321b35cbdcc2b63eae5ac815a16cad1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a0de640e2a58134e2f03a21c0aca09e63fb11ecf019b21d8bb5de412ef011af1)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putMirrorMultiAlternate")
    def put_mirror_multi_alternate(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__429de5828c8a2993a33b8ef5f91f83fd1f17d7d0cb51f3e9ef505ca97bb8a7b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putMirrorMultiAlternate", [value]))

    @jsii.member(jsii_name="resetMirrorMultiAlternate")
    def reset_mirror_multi_alternate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorMultiAlternate", []))

    @builtins.property
    @jsii.member(jsii_name="mirrorMultiAlternate")
    def mirror_multi_alternate(
        self,
    ) -> OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternateList:
        return typing.cast(OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternateList, jsii.get(self, "mirrorMultiAlternate"))

    @builtins.property
    @jsii.member(jsii_name="mirrorMultiAlternateInput")
    def mirror_multi_alternate_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate]]], jsii.get(self, "mirrorMultiAlternateInput"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84e6a84d036544b99bfcfb32e7b4bc74e548e249c5ac9ccf9705089f5d25a887)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders",
    jsii_struct_bases=[],
    name_mapping={"return_header": "returnHeader"},
)
class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders:
    def __init__(
        self,
        *,
        return_header: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param return_header: return_header block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#return_header OssBucketWebsiteA#return_header}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7073af7e5fd7b3c9b9dbf106d9caadf145ac7b7f56395f6d018566dd6bf7dc5f)
            check_type(argname="argument return_header", value=return_header, expected_type=type_hints["return_header"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if return_header is not None:
            self._values["return_header"] = return_header

    @builtins.property
    def return_header(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader"]]]:
        '''return_header block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#return_header OssBucketWebsiteA#return_header}
        '''
        result = self._values.get("return_header")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader"]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__58081c1abd082609f6f2dc5c372cdef32b602973d6f0177d7b0c5b71b9524396)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putReturnHeader")
    def put_return_header(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ca35dc6fdde879c5c655885f464e1354474738d5ed9872cc80d534151232e98f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putReturnHeader", [value]))

    @jsii.member(jsii_name="resetReturnHeader")
    def reset_return_header(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReturnHeader", []))

    @builtins.property
    @jsii.member(jsii_name="returnHeader")
    def return_header(
        self,
    ) -> "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeaderList":
        return typing.cast("OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeaderList", jsii.get(self, "returnHeader"))

    @builtins.property
    @jsii.member(jsii_name="returnHeaderInput")
    def return_header_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader"]]], jsii.get(self, "returnHeaderInput"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__10c347b80d85e95d2470ab8c1dc116efbcd552fa38414c02e7308618395155b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value": "value"},
)
class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key OssBucketWebsiteA#key}.
        :param value: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#value OssBucketWebsiteA#value}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d0627910886cba75ccebfa2f995e9244b5237cd71844449f5359607f4dcfb57c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key OssBucketWebsiteA#key}.'''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#value OssBucketWebsiteA#value}.'''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeaderList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeaderList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__9eca6d0ad5b956e12d0c58571ac1c92757013905d196c9360423721634be620c)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeaderOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__167639a28d9454716ec5a862fbe96d2d64b9204b8e0bb2b89891da2212ee942e)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeaderOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2bb34dd9a40bb66da6840126a7e198e5df5ca7ec147a2e688c20e76c3c420caf)
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
            type_hints = typing.get_type_hints(_typecheckingstub__2a67fd9fb97d0ab318957d9da137ab7390035016b73c9ac3dc07c077d2d8589f)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5e06bf05987c26ec8e0d56b76181456cca2f4bebe709b8b9ef44fd9fcc43e8ab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0a8bb7ca64c076ac9d2b509f0bb2300c08aad7df53864448fa94409bb270de73)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeaderOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeaderOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__3d5b5ab3ae5c9c61d007047c4263307dbfc22e8ed36f85d6d6ee7314ae545420)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetKey")
    def reset_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKey", []))

    @jsii.member(jsii_name="resetValue")
    def reset_value(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetValue", []))

    @builtins.property
    @jsii.member(jsii_name="keyInput")
    def key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keyInput"))

    @builtins.property
    @jsii.member(jsii_name="valueInput")
    def value_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "valueInput"))

    @builtins.property
    @jsii.member(jsii_name="key")
    def key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "key"))

    @key.setter
    def key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d91f051e11593027768eedda7960ea1e3ba372fd6d7f8c033ce9fef280831fff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "key", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "value"))

    @value.setter
    def value(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__39a8dbbfca955356b840f61d78720a96c01a30bf5e89ff458a2de63eba9673b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "value", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d975b282aa0a7df320976b2a23dbd64ef466d9ad27cc66d3cedabae3a58fc468)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings",
    jsii_struct_bases=[],
    name_mapping={"taggings": "taggings"},
)
class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings:
    def __init__(
        self,
        *,
        taggings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param taggings: taggings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#taggings OssBucketWebsiteA#taggings}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__56be2f4f30530f8dd7cd1b8522d0eb7a695e8d23cf2ba36740ee0cd7329e5993)
            check_type(argname="argument taggings", value=taggings, expected_type=type_hints["taggings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if taggings is not None:
            self._values["taggings"] = taggings

    @builtins.property
    def taggings(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings"]]]:
        '''taggings block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#taggings OssBucketWebsiteA#taggings}
        '''
        result = self._values.get("taggings")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings"]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__88fee656a5185b2a3b6f33c8ef22af7b5e63d25203851ca780b07ac9595b6422)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putTaggings")
    def put_taggings(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d23ee32dcea493c27d26ad047c6261515c39a5053f19b3f69cc5bfc863f9f04a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putTaggings", [value]))

    @jsii.member(jsii_name="resetTaggings")
    def reset_taggings(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTaggings", []))

    @builtins.property
    @jsii.member(jsii_name="taggings")
    def taggings(
        self,
    ) -> "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggingsList":
        return typing.cast("OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggingsList", jsii.get(self, "taggings"))

    @builtins.property
    @jsii.member(jsii_name="taggingsInput")
    def taggings_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings"]]], jsii.get(self, "taggingsInput"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__003e816b2149ce9b998ed233697fb8843a2b8f315be1912367364a584b3bc73e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value": "value"},
)
class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key OssBucketWebsiteA#key}.
        :param value: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#value OssBucketWebsiteA#value}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__41ee6858573fe985dbecbc1438b1c04785685d31c4cf458f82adc029a7b90317)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#key OssBucketWebsiteA#key}.'''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#value OssBucketWebsiteA#value}.'''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggingsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggingsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__cee41f635156ab716e8405a62a76ac7481e0798bbbccecbab347ae7682396601)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggingsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b9d9d5bdb894421a4845942438dc4a22a3ff91f024b087cd07edfbcd93d58ecc)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggingsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc59f742ab5ae53de3632840f8c0f9277e75b742df3c47705376a890d270c9be)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b8cca5309fa26a974f94b1fcbacef33955503530422974d319a261b072917f63)
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
            type_hints = typing.get_type_hints(_typecheckingstub__0641e76e55dfb4878126c71a70235c271343196c995bfde9a4012d33f1b79ab7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__81ba39e4beafeaffe3d847741b5fc44a96678740c727b01cc790831d66f173d3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggingsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggingsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__988214255fbab9c9d5f6fe5f4abe2f29351557b371d117ced6bb2cee932b6d96)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetKey")
    def reset_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKey", []))

    @jsii.member(jsii_name="resetValue")
    def reset_value(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetValue", []))

    @builtins.property
    @jsii.member(jsii_name="keyInput")
    def key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "keyInput"))

    @builtins.property
    @jsii.member(jsii_name="valueInput")
    def value_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "valueInput"))

    @builtins.property
    @jsii.member(jsii_name="key")
    def key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "key"))

    @key.setter
    def key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b6fae32ea788d7c43afc3ff86439964f9e1dd0d7ac37dfb790a0dfc0acb08a7a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "key", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "value"))

    @value.setter
    def value(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42687e06486de60ca3dcba41cc94135c886aaf7dda17f0f7208284e15bc93f4c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "value", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__77d7bc96c41253b6e3bd3265b0331e0f27ecdf59ab847144319183d28251e73c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OssBucketWebsiteRoutingRulesRoutingRuleRedirectOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteRoutingRulesRoutingRuleRedirectOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__38fe70e03604bff66a937787ab253abf87b0f66f259044c9debc5f4717a43e92)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putMirrorAuth")
    def put_mirror_auth(
        self,
        *,
        access_key_id: typing.Optional[builtins.str] = None,
        access_key_secret: typing.Optional[builtins.str] = None,
        auth_type: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param access_key_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#access_key_id OssBucketWebsiteA#access_key_id}.
        :param access_key_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#access_key_secret OssBucketWebsiteA#access_key_secret}.
        :param auth_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#auth_type OssBucketWebsiteA#auth_type}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#region OssBucketWebsiteA#region}.
        '''
        value = OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth(
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            auth_type=auth_type,
            region=region,
        )

        return typing.cast(None, jsii.invoke(self, "putMirrorAuth", [value]))

    @jsii.member(jsii_name="putMirrorHeaders")
    def put_mirror_headers(
        self,
        *,
        pass_: typing.Optional[typing.Sequence[builtins.str]] = None,
        pass_all: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param pass_: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#pass OssBucketWebsiteA#pass}.
        :param pass_all: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#pass_all OssBucketWebsiteA#pass_all}.
        :param remove: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#remove OssBucketWebsiteA#remove}.
        :param set: set block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#set OssBucketWebsiteA#set}
        '''
        value = OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders(
            pass_=pass_, pass_all=pass_all, remove=remove, set=set
        )

        return typing.cast(None, jsii.invoke(self, "putMirrorHeaders", [value]))

    @jsii.member(jsii_name="putMirrorMultiAlternates")
    def put_mirror_multi_alternates(
        self,
        *,
        mirror_multi_alternate: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param mirror_multi_alternate: mirror_multi_alternate block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#mirror_multi_alternate OssBucketWebsiteA#mirror_multi_alternate}
        '''
        value = OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates(
            mirror_multi_alternate=mirror_multi_alternate
        )

        return typing.cast(None, jsii.invoke(self, "putMirrorMultiAlternates", [value]))

    @jsii.member(jsii_name="putMirrorReturnHeaders")
    def put_mirror_return_headers(
        self,
        *,
        return_header: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param return_header: return_header block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#return_header OssBucketWebsiteA#return_header}
        '''
        value = OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders(
            return_header=return_header
        )

        return typing.cast(None, jsii.invoke(self, "putMirrorReturnHeaders", [value]))

    @jsii.member(jsii_name="putMirrorTaggings")
    def put_mirror_taggings(
        self,
        *,
        taggings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param taggings: taggings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#taggings OssBucketWebsiteA#taggings}
        '''
        value = OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings(
            taggings=taggings
        )

        return typing.cast(None, jsii.invoke(self, "putMirrorTaggings", [value]))

    @jsii.member(jsii_name="resetEnableReplacePrefix")
    def reset_enable_replace_prefix(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableReplacePrefix", []))

    @jsii.member(jsii_name="resetHostName")
    def reset_host_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHostName", []))

    @jsii.member(jsii_name="resetHttpRedirectCode")
    def reset_http_redirect_code(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHttpRedirectCode", []))

    @jsii.member(jsii_name="resetMirrorAllowGetImageInfo")
    def reset_mirror_allow_get_image_info(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorAllowGetImageInfo", []))

    @jsii.member(jsii_name="resetMirrorAllowHeadObject")
    def reset_mirror_allow_head_object(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorAllowHeadObject", []))

    @jsii.member(jsii_name="resetMirrorAllowVideoSnapshot")
    def reset_mirror_allow_video_snapshot(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorAllowVideoSnapshot", []))

    @jsii.member(jsii_name="resetMirrorAsyncStatus")
    def reset_mirror_async_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorAsyncStatus", []))

    @jsii.member(jsii_name="resetMirrorAuth")
    def reset_mirror_auth(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorAuth", []))

    @jsii.member(jsii_name="resetMirrorCheckMd5")
    def reset_mirror_check_md5(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorCheckMd5", []))

    @jsii.member(jsii_name="resetMirrorDstRegion")
    def reset_mirror_dst_region(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorDstRegion", []))

    @jsii.member(jsii_name="resetMirrorDstSlaveVpcId")
    def reset_mirror_dst_slave_vpc_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorDstSlaveVpcId", []))

    @jsii.member(jsii_name="resetMirrorDstVpcId")
    def reset_mirror_dst_vpc_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorDstVpcId", []))

    @jsii.member(jsii_name="resetMirrorFollowRedirect")
    def reset_mirror_follow_redirect(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorFollowRedirect", []))

    @jsii.member(jsii_name="resetMirrorHeaders")
    def reset_mirror_headers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorHeaders", []))

    @jsii.member(jsii_name="resetMirrorIsExpressTunnel")
    def reset_mirror_is_express_tunnel(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorIsExpressTunnel", []))

    @jsii.member(jsii_name="resetMirrorMultiAlternates")
    def reset_mirror_multi_alternates(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorMultiAlternates", []))

    @jsii.member(jsii_name="resetMirrorPassOriginalSlashes")
    def reset_mirror_pass_original_slashes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorPassOriginalSlashes", []))

    @jsii.member(jsii_name="resetMirrorPassQueryString")
    def reset_mirror_pass_query_string(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorPassQueryString", []))

    @jsii.member(jsii_name="resetMirrorProxyPass")
    def reset_mirror_proxy_pass(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorProxyPass", []))

    @jsii.member(jsii_name="resetMirrorReturnHeaders")
    def reset_mirror_return_headers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorReturnHeaders", []))

    @jsii.member(jsii_name="resetMirrorRole")
    def reset_mirror_role(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorRole", []))

    @jsii.member(jsii_name="resetMirrorSaveOssMeta")
    def reset_mirror_save_oss_meta(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorSaveOssMeta", []))

    @jsii.member(jsii_name="resetMirrorSni")
    def reset_mirror_sni(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorSni", []))

    @jsii.member(jsii_name="resetMirrorSwitchAllErrors")
    def reset_mirror_switch_all_errors(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorSwitchAllErrors", []))

    @jsii.member(jsii_name="resetMirrorTaggings")
    def reset_mirror_taggings(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorTaggings", []))

    @jsii.member(jsii_name="resetMirrorTunnelId")
    def reset_mirror_tunnel_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorTunnelId", []))

    @jsii.member(jsii_name="resetMirrorUrl")
    def reset_mirror_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorUrl", []))

    @jsii.member(jsii_name="resetMirrorUrlProbe")
    def reset_mirror_url_probe(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorUrlProbe", []))

    @jsii.member(jsii_name="resetMirrorUrlSlave")
    def reset_mirror_url_slave(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorUrlSlave", []))

    @jsii.member(jsii_name="resetMirrorUserLastModified")
    def reset_mirror_user_last_modified(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorUserLastModified", []))

    @jsii.member(jsii_name="resetMirrorUsingRole")
    def reset_mirror_using_role(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMirrorUsingRole", []))

    @jsii.member(jsii_name="resetPassQueryString")
    def reset_pass_query_string(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassQueryString", []))

    @jsii.member(jsii_name="resetProtocol")
    def reset_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProtocol", []))

    @jsii.member(jsii_name="resetRedirectType")
    def reset_redirect_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRedirectType", []))

    @jsii.member(jsii_name="resetReplaceKeyPrefixWith")
    def reset_replace_key_prefix_with(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReplaceKeyPrefixWith", []))

    @jsii.member(jsii_name="resetReplaceKeyWith")
    def reset_replace_key_with(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReplaceKeyWith", []))

    @jsii.member(jsii_name="resetTransparentMirrorResponseCodes")
    def reset_transparent_mirror_response_codes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTransparentMirrorResponseCodes", []))

    @builtins.property
    @jsii.member(jsii_name="mirrorAuth")
    def mirror_auth(
        self,
    ) -> OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuthOutputReference:
        return typing.cast(OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuthOutputReference, jsii.get(self, "mirrorAuth"))

    @builtins.property
    @jsii.member(jsii_name="mirrorHeaders")
    def mirror_headers(
        self,
    ) -> OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersOutputReference:
        return typing.cast(OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersOutputReference, jsii.get(self, "mirrorHeaders"))

    @builtins.property
    @jsii.member(jsii_name="mirrorMultiAlternates")
    def mirror_multi_alternates(
        self,
    ) -> OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesOutputReference:
        return typing.cast(OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesOutputReference, jsii.get(self, "mirrorMultiAlternates"))

    @builtins.property
    @jsii.member(jsii_name="mirrorReturnHeaders")
    def mirror_return_headers(
        self,
    ) -> OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersOutputReference:
        return typing.cast(OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersOutputReference, jsii.get(self, "mirrorReturnHeaders"))

    @builtins.property
    @jsii.member(jsii_name="mirrorTaggings")
    def mirror_taggings(
        self,
    ) -> OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsOutputReference:
        return typing.cast(OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsOutputReference, jsii.get(self, "mirrorTaggings"))

    @builtins.property
    @jsii.member(jsii_name="enableReplacePrefixInput")
    def enable_replace_prefix_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableReplacePrefixInput"))

    @builtins.property
    @jsii.member(jsii_name="hostNameInput")
    def host_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostNameInput"))

    @builtins.property
    @jsii.member(jsii_name="httpRedirectCodeInput")
    def http_redirect_code_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "httpRedirectCodeInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorAllowGetImageInfoInput")
    def mirror_allow_get_image_info_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorAllowGetImageInfoInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorAllowHeadObjectInput")
    def mirror_allow_head_object_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorAllowHeadObjectInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorAllowVideoSnapshotInput")
    def mirror_allow_video_snapshot_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorAllowVideoSnapshotInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorAsyncStatusInput")
    def mirror_async_status_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "mirrorAsyncStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorAuthInput")
    def mirror_auth_input(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth], jsii.get(self, "mirrorAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorCheckMd5Input")
    def mirror_check_md5_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorCheckMd5Input"))

    @builtins.property
    @jsii.member(jsii_name="mirrorDstRegionInput")
    def mirror_dst_region_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorDstRegionInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorDstSlaveVpcIdInput")
    def mirror_dst_slave_vpc_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorDstSlaveVpcIdInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorDstVpcIdInput")
    def mirror_dst_vpc_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorDstVpcIdInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorFollowRedirectInput")
    def mirror_follow_redirect_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorFollowRedirectInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorHeadersInput")
    def mirror_headers_input(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders], jsii.get(self, "mirrorHeadersInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorIsExpressTunnelInput")
    def mirror_is_express_tunnel_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorIsExpressTunnelInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorMultiAlternatesInput")
    def mirror_multi_alternates_input(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates], jsii.get(self, "mirrorMultiAlternatesInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorPassOriginalSlashesInput")
    def mirror_pass_original_slashes_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorPassOriginalSlashesInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorPassQueryStringInput")
    def mirror_pass_query_string_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorPassQueryStringInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorProxyPassInput")
    def mirror_proxy_pass_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorProxyPassInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorReturnHeadersInput")
    def mirror_return_headers_input(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders], jsii.get(self, "mirrorReturnHeadersInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorRoleInput")
    def mirror_role_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorRoleInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorSaveOssMetaInput")
    def mirror_save_oss_meta_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorSaveOssMetaInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorSniInput")
    def mirror_sni_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorSniInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorSwitchAllErrorsInput")
    def mirror_switch_all_errors_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorSwitchAllErrorsInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorTaggingsInput")
    def mirror_taggings_input(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings], jsii.get(self, "mirrorTaggingsInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorTunnelIdInput")
    def mirror_tunnel_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorTunnelIdInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorUrlInput")
    def mirror_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorUrlProbeInput")
    def mirror_url_probe_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorUrlProbeInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorUrlSlaveInput")
    def mirror_url_slave_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mirrorUrlSlaveInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorUserLastModifiedInput")
    def mirror_user_last_modified_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorUserLastModifiedInput"))

    @builtins.property
    @jsii.member(jsii_name="mirrorUsingRoleInput")
    def mirror_using_role_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "mirrorUsingRoleInput"))

    @builtins.property
    @jsii.member(jsii_name="passQueryStringInput")
    def pass_query_string_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "passQueryStringInput"))

    @builtins.property
    @jsii.member(jsii_name="protocolInput")
    def protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "protocolInput"))

    @builtins.property
    @jsii.member(jsii_name="redirectTypeInput")
    def redirect_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "redirectTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="replaceKeyPrefixWithInput")
    def replace_key_prefix_with_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "replaceKeyPrefixWithInput"))

    @builtins.property
    @jsii.member(jsii_name="replaceKeyWithInput")
    def replace_key_with_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "replaceKeyWithInput"))

    @builtins.property
    @jsii.member(jsii_name="transparentMirrorResponseCodesInput")
    def transparent_mirror_response_codes_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "transparentMirrorResponseCodesInput"))

    @builtins.property
    @jsii.member(jsii_name="enableReplacePrefix")
    def enable_replace_prefix(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableReplacePrefix"))

    @enable_replace_prefix.setter
    def enable_replace_prefix(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b4e0c61d1b12752bbb746deb67d43302a7ae51f3bde0cb74695401126cf714ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableReplacePrefix", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hostName")
    def host_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "hostName"))

    @host_name.setter
    def host_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b80ed414925d5dd4519bed132a425ec92ea8bd63dfd41779a9d447da372bd4a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hostName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="httpRedirectCode")
    def http_redirect_code(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "httpRedirectCode"))

    @http_redirect_code.setter
    def http_redirect_code(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__87a2d637f70e8ef35d1da6744234ac1432caace6f2d08766adda20fd8dc63647)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "httpRedirectCode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorAllowGetImageInfo")
    def mirror_allow_get_image_info(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorAllowGetImageInfo"))

    @mirror_allow_get_image_info.setter
    def mirror_allow_get_image_info(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c90bcf0d3a5a533ccc113cfc181738589e57d5fe50f730588dd30f27da939106)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorAllowGetImageInfo", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorAllowHeadObject")
    def mirror_allow_head_object(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorAllowHeadObject"))

    @mirror_allow_head_object.setter
    def mirror_allow_head_object(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__056e032afed60a0cf6ba024a7f71fb7116982afc41a015d84a54d17cd40ea0f4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorAllowHeadObject", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorAllowVideoSnapshot")
    def mirror_allow_video_snapshot(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorAllowVideoSnapshot"))

    @mirror_allow_video_snapshot.setter
    def mirror_allow_video_snapshot(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__113b8abf8ab47ca7ab63737c770b07434f3584a2502e8e0640ff202beaaad57d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorAllowVideoSnapshot", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorAsyncStatus")
    def mirror_async_status(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "mirrorAsyncStatus"))

    @mirror_async_status.setter
    def mirror_async_status(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5a4cdcbd16464e4aeee0f029430eacec16e279217b366c082e51c9505cedb574)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorAsyncStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorCheckMd5")
    def mirror_check_md5(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorCheckMd5"))

    @mirror_check_md5.setter
    def mirror_check_md5(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__973a6e5237d5c6ed4bb3add2e7c475a6dd168278de880bdf8914b69070a0e84c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorCheckMd5", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorDstRegion")
    def mirror_dst_region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirrorDstRegion"))

    @mirror_dst_region.setter
    def mirror_dst_region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1a0f55402a153c7dac30d64aeaae0abba3cde38a040d9d29fda137aac213dbf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorDstRegion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorDstSlaveVpcId")
    def mirror_dst_slave_vpc_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirrorDstSlaveVpcId"))

    @mirror_dst_slave_vpc_id.setter
    def mirror_dst_slave_vpc_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae2f407e739c6b843e25acf5e4365687a1a3725caeec5653f901b98a4930bd24)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorDstSlaveVpcId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorDstVpcId")
    def mirror_dst_vpc_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirrorDstVpcId"))

    @mirror_dst_vpc_id.setter
    def mirror_dst_vpc_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1a828b7d5bad18c07617ce4d964c56f9fc729499f0f79ca57ddbafd9230b6a99)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorDstVpcId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorFollowRedirect")
    def mirror_follow_redirect(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorFollowRedirect"))

    @mirror_follow_redirect.setter
    def mirror_follow_redirect(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aa53e28bf3a9cd157708626bca63fdf228ccd4d84a6379ab6b1f373dcb75c308)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorFollowRedirect", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorIsExpressTunnel")
    def mirror_is_express_tunnel(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorIsExpressTunnel"))

    @mirror_is_express_tunnel.setter
    def mirror_is_express_tunnel(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6184902e820d74039101bfa7222bb90aa72bad221fb1beed739520071c9411b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorIsExpressTunnel", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorPassOriginalSlashes")
    def mirror_pass_original_slashes(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorPassOriginalSlashes"))

    @mirror_pass_original_slashes.setter
    def mirror_pass_original_slashes(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c6868f96d53b578cd46a1f27bea2bb9e132571b61f45f9a749ea5ee1eb56948f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorPassOriginalSlashes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorPassQueryString")
    def mirror_pass_query_string(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorPassQueryString"))

    @mirror_pass_query_string.setter
    def mirror_pass_query_string(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__27ed9b8eac3961c098065176ee1a292cf7f0384e554882aff581bfbb51a553cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorPassQueryString", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorProxyPass")
    def mirror_proxy_pass(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorProxyPass"))

    @mirror_proxy_pass.setter
    def mirror_proxy_pass(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d790e84bae53743a39670590590309cff1ad3bb3594f13b017cb165970b7d21f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorProxyPass", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorRole")
    def mirror_role(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirrorRole"))

    @mirror_role.setter
    def mirror_role(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__772c22258789d4384b54b1a2add2250b8cea9c69c0f6c4edd921bdbd6cb22ba7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorSaveOssMeta")
    def mirror_save_oss_meta(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorSaveOssMeta"))

    @mirror_save_oss_meta.setter
    def mirror_save_oss_meta(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__606ec795a4e3353e1c4a658e2f32065ca66187b210867a725fff98a63666f29d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorSaveOssMeta", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorSni")
    def mirror_sni(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorSni"))

    @mirror_sni.setter
    def mirror_sni(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__048885c0bb4c3c2a8d1c45c8ac648023ba392f2c4c11399a1d13f543a3ec0ea2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorSni", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorSwitchAllErrors")
    def mirror_switch_all_errors(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorSwitchAllErrors"))

    @mirror_switch_all_errors.setter
    def mirror_switch_all_errors(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aed01085fefed7717f91f732e24219769aca84d931acfa097fe128f549c1675b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorSwitchAllErrors", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorTunnelId")
    def mirror_tunnel_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirrorTunnelId"))

    @mirror_tunnel_id.setter
    def mirror_tunnel_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e776d4ac3c8587a5153e4efd090ba051e4f0166820c5fc48825cb3c81e45b57)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorTunnelId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorUrl")
    def mirror_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirrorUrl"))

    @mirror_url.setter
    def mirror_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0aa407a82626e83e79803fd656e7ea8604cc2dec29aec137373a3dbfb6497efa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorUrlProbe")
    def mirror_url_probe(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirrorUrlProbe"))

    @mirror_url_probe.setter
    def mirror_url_probe(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__13dfb7eb47672b98a394dbaaa9bce81ba7861a24e961579f4dd8062737d612d3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorUrlProbe", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorUrlSlave")
    def mirror_url_slave(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mirrorUrlSlave"))

    @mirror_url_slave.setter
    def mirror_url_slave(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__027274e84a7b3f43c747c7d47ab4b7a5c397f05f38eda362574f406a1480e3dd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorUrlSlave", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorUserLastModified")
    def mirror_user_last_modified(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorUserLastModified"))

    @mirror_user_last_modified.setter
    def mirror_user_last_modified(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4c402bc12203ed1859b478a10b26dd1ebf2bcf40c45c0aa3a034f3c312194d4c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorUserLastModified", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mirrorUsingRole")
    def mirror_using_role(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "mirrorUsingRole"))

    @mirror_using_role.setter
    def mirror_using_role(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__61285958cad8549868cb12e89c8f3e2805d08625baa1fbfd54e8fbf89b8da627)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mirrorUsingRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="passQueryString")
    def pass_query_string(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "passQueryString"))

    @pass_query_string.setter
    def pass_query_string(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bb000957349d793c70eddefbde6dd6973ad5c0bae5dd4c5ba2e91ebc869fc45f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "passQueryString", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="protocol")
    def protocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "protocol"))

    @protocol.setter
    def protocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__467951a59a4d0cde656907b9996da79cdd475130aa3aa46e3ac76dc493051e81)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "protocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="redirectType")
    def redirect_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "redirectType"))

    @redirect_type.setter
    def redirect_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__48f7ea6421668b66c5ef94531d426d72c1c5e35fb91ed755ece528eda3587e39)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "redirectType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="replaceKeyPrefixWith")
    def replace_key_prefix_with(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "replaceKeyPrefixWith"))

    @replace_key_prefix_with.setter
    def replace_key_prefix_with(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4de87a8f55de4c915376b0b9ff921a1726f7925b1c2d67c3ff8a1a0f08bb8e9a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "replaceKeyPrefixWith", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="replaceKeyWith")
    def replace_key_with(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "replaceKeyWith"))

    @replace_key_with.setter
    def replace_key_with(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cf2a8015888b6f1f0650d669eb732a873e3e83aa323fcc9a6e0ae8804bc94cee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "replaceKeyWith", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="transparentMirrorResponseCodes")
    def transparent_mirror_response_codes(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "transparentMirrorResponseCodes"))

    @transparent_mirror_response_codes.setter
    def transparent_mirror_response_codes(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__244999a7869d4ff4a33a5f2c1f7e93e6d6bdeb224f245d529e196a2e3d7445c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "transparentMirrorResponseCodes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirect]:
        return typing.cast(typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirect], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirect],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__33195529e6d30b9d78e1f0d9f97c954853e3d6485aba24ebd1514eeb2a52fe67)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteTimeouts",
    jsii_struct_bases=[],
    name_mapping={"create": "create", "delete": "delete", "update": "update"},
)
class OssBucketWebsiteTimeouts:
    def __init__(
        self,
        *,
        create: typing.Optional[builtins.str] = None,
        delete: typing.Optional[builtins.str] = None,
        update: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param create: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#create OssBucketWebsiteA#create}.
        :param delete: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#delete OssBucketWebsiteA#delete}.
        :param update: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#update OssBucketWebsiteA#update}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f99f9635a712ac2b4a92f6ebbf422d9f3ab06d9795f09e23b2721938b932e9a0)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#create OssBucketWebsiteA#create}.'''
        result = self._values.get("create")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def delete(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#delete OssBucketWebsiteA#delete}.'''
        result = self._values.get("delete")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def update(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_website#update OssBucketWebsiteA#update}.'''
        result = self._values.get("update")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OssBucketWebsiteTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OssBucketWebsiteTimeoutsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="aliyun_alicloud.ossBucketWebsite.OssBucketWebsiteTimeoutsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__91bc0877ffd8615a9b5b86de2c890e82aee728fc41fe1255d44c07104486fc77)
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
            type_hints = typing.get_type_hints(_typecheckingstub__bfbecfab561be7dfee24ed0a70dfd4847802522f4103baa7d79bfbec5eadb911)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "create", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="delete")
    def delete(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "delete"))

    @delete.setter
    def delete(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0f942bca7b955f3443bf53495e5740e3ef243e41ad0ceb5b3a19813b2328855d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "delete", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="update")
    def update(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "update"))

    @update.setter
    def update(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a52d64ce0d9bd1b792409480c175aac63c2db6ff1c700bbde49760756579ab4d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "update", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteTimeouts]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteTimeouts]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteTimeouts]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__80422458b3d9f80e86cb8fb829876f6490cd1d83d647d7a6a61ed97f747ad567)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "OssBucketWebsiteA",
    "OssBucketWebsiteAConfig",
    "OssBucketWebsiteErrorDocument",
    "OssBucketWebsiteErrorDocumentOutputReference",
    "OssBucketWebsiteIndexDocument",
    "OssBucketWebsiteIndexDocumentOutputReference",
    "OssBucketWebsiteRoutingRules",
    "OssBucketWebsiteRoutingRulesOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRule",
    "OssBucketWebsiteRoutingRulesRoutingRuleCondition",
    "OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders",
    "OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeadersList",
    "OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeadersOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleConditionOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleList",
    "OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig",
    "OssBucketWebsiteRoutingRulesRoutingRuleLuaConfigOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirect",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuthOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSetList",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSetOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternateList",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternateOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeaderList",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeaderOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggingsList",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggingsOutputReference",
    "OssBucketWebsiteRoutingRulesRoutingRuleRedirectOutputReference",
    "OssBucketWebsiteTimeouts",
    "OssBucketWebsiteTimeoutsOutputReference",
]

publication.publish()

def _typecheckingstub__3e29786e3c378940a96a7108d86b49fb552c2b8ddb860a3503c38b0900a2139d(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    bucket: builtins.str,
    error_document: typing.Optional[typing.Union[OssBucketWebsiteErrorDocument, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    index_document: typing.Optional[typing.Union[OssBucketWebsiteIndexDocument, typing.Dict[builtins.str, typing.Any]]] = None,
    routing_rules: typing.Optional[typing.Union[OssBucketWebsiteRoutingRules, typing.Dict[builtins.str, typing.Any]]] = None,
    timeouts: typing.Optional[typing.Union[OssBucketWebsiteTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
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

def _typecheckingstub__ae58d66339d02bf41c107a272e1502c80472aef3a2197d899f5ac657b72371b2(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__012bbb60f52bc32288db4fff61accb28eae8cf44edabd1fcc2b30b483ad5ce51(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ffd1b7bd7844ec6ef4e91a0d9d85120189410beee5bba1088192300da59b3ed7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f3c8be29bfc337e62dc264ce2d37bde4f171b5571cebe56d715cfaca5aeae21(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    bucket: builtins.str,
    error_document: typing.Optional[typing.Union[OssBucketWebsiteErrorDocument, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    index_document: typing.Optional[typing.Union[OssBucketWebsiteIndexDocument, typing.Dict[builtins.str, typing.Any]]] = None,
    routing_rules: typing.Optional[typing.Union[OssBucketWebsiteRoutingRules, typing.Dict[builtins.str, typing.Any]]] = None,
    timeouts: typing.Optional[typing.Union[OssBucketWebsiteTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3506dddf510f2bf98ec02ea10e101fcfcde296271247f819ee747ed309ad5da9(
    *,
    http_status: typing.Optional[jsii.Number] = None,
    key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90a992bee28bafcd904673e1dca08d19478cb8e77090d3a82cac84cc89866508(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96fe24cfd6da99a80282a2ad417d8b68b506beab1f8ae53b5358ae8e3b8a0937(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4a2e47ccf8b9d1010beb86bd0885fbe26ae0946e3bdace9479bfe645e34e29f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__902a881ccf5042f7279fa6f97e30d532035f23bfb1f22279e9ca87ffc409abb3(
    value: typing.Optional[OssBucketWebsiteErrorDocument],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4803801b12756209e87979914aa8d6262cf27bfb1dce6888fc6a3e28c9bab6fc(
    *,
    suffix: typing.Optional[builtins.str] = None,
    support_sub_dir: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a21e826fc5c0ee9f80928169f3b48c175e376c98052eed93198d391e41fbd88b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22b4020a87b9cfe46cfa8649af82b292ac3ae6d3210d9d0b6c7821317e03ac8f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e9e69fa33ac38ee1ae564e7272c8884c2cfaa38d5f54e7a3108aa11c8121caa(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3baee7f1263b1f948fae2eb754a0aa92e32b4ad6a09979499e6f1e83af8d5888(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba92255bf0b800687819ee1073afa2874b573ec7f2ae1e84b1901c2547f84f11(
    value: typing.Optional[OssBucketWebsiteIndexDocument],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__722b3cba46d3d7ce2c5923fe4678799d98c9262c3c33e98e9f5fcbc0ab08ee2a(
    *,
    routing_rule: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRule, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a784a8e70f4b7cca04e13b0b464dc11c0401ec788d72b3454cd51ea53db4d49(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eeb956fd1feafef94cc1437bedd70cbf68ff0fa3e74e37869b5d93843c63ee8c(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRule, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e8dc5df45a6edba27fd6d4992bb8b29a8a25936accc382972907138c84800de(
    value: typing.Optional[OssBucketWebsiteRoutingRules],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36156be51f1a997da09843388d08912330ece8153fc16497c2804b755e4847a3(
    *,
    condition: typing.Optional[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleCondition, typing.Dict[builtins.str, typing.Any]]] = None,
    lua_config: typing.Optional[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    redirect: typing.Optional[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    rule_number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b5115bfbeed795cb5c394f405c7fe0485125e7acb8f8d4be5777fbe3338876d(
    *,
    http_error_code_returned_equals: typing.Optional[builtins.str] = None,
    include_headers: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders, typing.Dict[builtins.str, typing.Any]]]]] = None,
    key_prefix_equals: typing.Optional[builtins.str] = None,
    key_suffix_equals: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dddcdb04a7edc972a42322e53ce0dc84325fc9b3168b6ec7ef675faf03d4f235(
    *,
    ends_with: typing.Optional[builtins.str] = None,
    equal_to: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    starts_with: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f0dcd7b8fd9bc1218e908cb32b95c29ab60b85ebd73597e9d95f09a3407fb08(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e77bfe3ccce689813cbc222fe806686f5c25cdd7d50b05c9cf584f8ae79f5b73(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2f51b9ae341e4fdf62a2f75100ce19cda01693267ea18c9d2185f8a312c4c01(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6948527e007e67566ade4946dd954f64cc217fc48519dd100e7bc95e07eb1d5(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4288754b387655cb17f4a1fee170e42aa4225cc2619afe2cb368033e9574732(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c175b5d95019fb50d131538ceb55a8600d827fe07f49c995905bb2a2052a7c9a(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66939907389d1513b32c7890d397535555e566856f6b8ceac4be1482aed4ccbf(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be075b290230470dcc4157140747ee88bccc4a7e3aa5adb7eff53fb1e625f9c0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bf96f23a6421d058697c2d6805e9fc68ede14f78094a61c11d1e0f0761de135(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3db1e0cc42737088108d0176e8813e429fc57aecd31eea04304819e4a490a373(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebeac01c55e713239db4e9176cf5bedab883aa9dddb600aca1f696a6a648a5c4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb1f491efb18b97151779aff9733fd20081b7a56aee589da6c01c8626023b8e4(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a248a26d46505eeb97fd0db3ce04c71f8ad16315102a7a69ba429f69c3d7055a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b746eaf2d69625f618542367a0d98cd53c3646326506b63b155f9c77e7a893e(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleConditionIncludeHeaders, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__334afd99d67c650506c6ae0e223f8844973b326762513e16129e869eaa1856e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05f7187c38517ca847971bd6a16184044c7da797fd6c0edb8a785d5aeb0f6c4a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4eb222a33f53fc36e9e908ac94432dcf388ef790d74d02d40449f8ba4025f8db(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ddab2489a80039f72c012cafce98930ae4ce2d25ff0649882300d09d7e2ef377(
    value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleCondition],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8782b631d0849768f230b5c6cf4cd58a9ecaa7ed9041dcc521c70e4ac35a1e1(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__253511df932a48a0c1ef5b996b261329f00c2f945e9a49f6ec7f022a27469a10(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f60a07c1126379227fdee6e464faf2e25004f66f5d4c8a1eebe1cd067e9bb469(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd16c2a8ec92d0be51fb1ad7bca4beb94c198ff21fad826b174740a46bd1103f(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28abd3d7fb087841392d612cde7c4cef6b3724209546645a2af5ec643560d557(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95e47ea4912851453f6c564b6f15a3266e7c6f9e9c8d8a2c406c751beb5a7ae6(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRule]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c1c7556d6ee611e50cb4cb6050cd12ea1cd34bb7aabd2463aeddae36e7a8c7e(
    *,
    script: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cb87050495aa1bb19420a58dbe7c243bb9f51607cb0a3fcb9a370018a5ce0df(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3247ab7be5c2fef8939e57a6694421c23e07f785e56f4e6ef90ace5916df74fb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67c848d71e99d11c79cc2d12d3eb846d38f6623d794a444a7cab7dd854356b4c(
    value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleLuaConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ac212c0264c5c0a8cfd0a776907ef89820b5a84bca84346407f3d694b29dd39(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7adec70804968eb10b5066e98cea5bd1a6bfb5554411f043045c300ff2498bac(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc5d535281c39a7b907a558d03c09310aeaf184b60faa21bd053074d081766a3(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRule]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55174424d8774006cc6d26f533f52c284d160137bb7219b8566bfb0c206cf23c(
    *,
    enable_replace_prefix: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    host_name: typing.Optional[builtins.str] = None,
    http_redirect_code: typing.Optional[builtins.str] = None,
    mirror_allow_get_image_info: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_allow_head_object: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_allow_video_snapshot: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_async_status: typing.Optional[jsii.Number] = None,
    mirror_auth: typing.Optional[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    mirror_check_md5: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_dst_region: typing.Optional[builtins.str] = None,
    mirror_dst_slave_vpc_id: typing.Optional[builtins.str] = None,
    mirror_dst_vpc_id: typing.Optional[builtins.str] = None,
    mirror_follow_redirect: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_headers: typing.Optional[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    mirror_is_express_tunnel: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_multi_alternates: typing.Optional[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates, typing.Dict[builtins.str, typing.Any]]] = None,
    mirror_pass_original_slashes: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_pass_query_string: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_proxy_pass: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_return_headers: typing.Optional[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    mirror_role: typing.Optional[builtins.str] = None,
    mirror_save_oss_meta: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_sni: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_switch_all_errors: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_taggings: typing.Optional[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings, typing.Dict[builtins.str, typing.Any]]] = None,
    mirror_tunnel_id: typing.Optional[builtins.str] = None,
    mirror_url: typing.Optional[builtins.str] = None,
    mirror_url_probe: typing.Optional[builtins.str] = None,
    mirror_url_slave: typing.Optional[builtins.str] = None,
    mirror_user_last_modified: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    mirror_using_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    pass_query_string: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    protocol: typing.Optional[builtins.str] = None,
    redirect_type: typing.Optional[builtins.str] = None,
    replace_key_prefix_with: typing.Optional[builtins.str] = None,
    replace_key_with: typing.Optional[builtins.str] = None,
    transparent_mirror_response_codes: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e6b1a57fd6e3190abc0e58367f479f3d8e1357ae5d51420febeddfa085c5739(
    *,
    access_key_id: typing.Optional[builtins.str] = None,
    access_key_secret: typing.Optional[builtins.str] = None,
    auth_type: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0b89768994b506f1fb79c9332718a6ad15b54825b746f2af86354765107f8ea(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1eac8e44184249c4b876c29df71af8da548986a5ea538bddd0377cb6829e932(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b6150a6afb46b5b89daf6bcce9afa4aa87d48d07abb7ea49999338099657709(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0ccec04b0fe56aeb660e29880d931ed73abd3dde3b02a234f73b337f4208a85(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1faf297e253093950dbd072e89d493cf0e500eb7b6589da9b899e3f4fbb44351(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a2bbe72572d7e193aadd20d349d2cf477e9168a8cdd8f9b7714a668d02641ac(
    value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorAuth],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__afd25b64165ee7974d9e2359cf3e386248cfa8eaca15b2db5884155bd7fd9ed5(
    *,
    pass_: typing.Optional[typing.Sequence[builtins.str]] = None,
    pass_all: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8bc181c33d505523e3b12a58d7c6241a03f94fcba01aa136d57472787a7dea7(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ad60cba2770ccdff999b4bdb90b5169171739736c90f00a407fbf7d24aa6a3a(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8439dee9900279c6bcfb7b8b2b1540e2253a1d06be925e02cac53608934376f(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d50677555ff6c3e2406c68df279494f2e67209b47674a5ef8377700a35dac26e(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae95eafff9695be4d0e883ed7e242fd7a2b26e814efeb7b90be0051df8435bdd(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a18aa6181245f82b0e1d0d3c5732b1aed45fff20e849dec4ef37581bcf65d8c9(
    value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeaders],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e60ed18a0697f09f753c526976274295ce1cef9ef14b5b1b8aadbddd43eddff9(
    *,
    key: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47a203f466630af5bc32e857790194123aa4b90f61d320bf0ac714830ac678cd(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bfa8afdf79f7dd506583a3ec7a3e093ab929710c4e02b43df56fab6a6e8b05df(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d7b405b366aa59d0fedb67b88c42fad7eb7a8473315b465f97166be1cf94434(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2a6b8ad415702c9505ab136cdc375edf8669ce7e88d36b8495888ffebac87da(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e987008b1a5e3087c6bab62fad819976ec727352906ae256a700763df744930(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5db79abe3036b76be897cd0d2beede87413db23f246ccbd68d7387bf51ef82a1(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__032c151d35b6a218a627f9907052b2427382a50dac0990383136222d11a5e628(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32403111d32e5b77bb7db05b7a36f95eddc26baeb0cc4763390f5f666013e923(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa67e41e4e665637f3278a882ed15ff1c8cd91d51aa42f3220232b9fb9796152(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63cfa24e570297d1166605e97d8cc4b0b32e25e1679fb2a5fc9068facb516f48(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorHeadersSet]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__242dad823e5834bc6959f043e0634a39e4cbd91c698cd1f12aa1b34499b59213(
    *,
    mirror_multi_alternate: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4efc448a1f91f052bb0a1a545fcdc7304464a39baf5e9fdc36f91313976e1cd0(
    *,
    mirror_multi_alternate_dst_region: typing.Optional[builtins.str] = None,
    mirror_multi_alternate_number: typing.Optional[jsii.Number] = None,
    mirror_multi_alternate_url: typing.Optional[builtins.str] = None,
    mirror_multi_alternate_vpc_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26916b8bcb8a57513df049bbec73016f8b7582ecee709ecb6e96bb5a50acf809(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1322de2f1cd1e1ddb35fe8d10dd32d7c6d25c6e68e7d25be9073a9c056f3acc5(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eecace7b8be07a0f970bcfd0a3023cd3079eedd36348cd2959b52a602bdcf9a0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0da872239016018f9a26de570e98c47881a2e64f3b2101ca2379c9f31d9d77a7(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05db76d5a734a3694928efa12c158d57dacdf0f7c26a6591df114cf935ce6b29(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab7999407e530e53da8b2e4132ee479f1ae6aa3711f07878abc0812c97284de8(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e80eba7f3884befddd764c552fe8ca0e34e3cf0a4ccc6024e7d7577c70f35527(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__404e5c4ea0db72baaa8a94876fc331e9e8d1ac9a4b24b3eccebb900ede24537a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34246f04c6e1539e94c07800d14135ba6caa120357bfa53669c67382eb8a1ece(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f42a681b3cabde530eb8d1d294060d0e3988b0bb9e6b3ee21bdbb60a5948d968(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f29bc34a2763ebe66c3d13b8803a5c5525b9ac01c3d190e019bcd704c6294e6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b232a914220fe02e14975e79f7e7fa66321b35cbdcc2b63eae5ac815a16cad1(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0de640e2a58134e2f03a21c0aca09e63fb11ecf019b21d8bb5de412ef011af1(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__429de5828c8a2993a33b8ef5f91f83fd1f17d7d0cb51f3e9ef505ca97bb8a7b7(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternatesMirrorMultiAlternate, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84e6a84d036544b99bfcfb32e7b4bc74e548e249c5ac9ccf9705089f5d25a887(
    value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorMultiAlternates],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7073af7e5fd7b3c9b9dbf106d9caadf145ac7b7f56395f6d018566dd6bf7dc5f(
    *,
    return_header: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58081c1abd082609f6f2dc5c372cdef32b602973d6f0177d7b0c5b71b9524396(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca35dc6fdde879c5c655885f464e1354474738d5ed9872cc80d534151232e98f(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10c347b80d85e95d2470ab8c1dc116efbcd552fa38414c02e7308618395155b7(
    value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeaders],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0627910886cba75ccebfa2f995e9244b5237cd71844449f5359607f4dcfb57c(
    *,
    key: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9eca6d0ad5b956e12d0c58571ac1c92757013905d196c9360423721634be620c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__167639a28d9454716ec5a862fbe96d2d64b9204b8e0bb2b89891da2212ee942e(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bb34dd9a40bb66da6840126a7e198e5df5ca7ec147a2e688c20e76c3c420caf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a67fd9fb97d0ab318957d9da137ab7390035016b73c9ac3dc07c077d2d8589f(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e06bf05987c26ec8e0d56b76181456cca2f4bebe709b8b9ef44fd9fcc43e8ab(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a8bb7ca64c076ac9d2b509f0bb2300c08aad7df53864448fa94409bb270de73(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d5b5ab3ae5c9c61d007047c4263307dbfc22e8ed36f85d6d6ee7314ae545420(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d91f051e11593027768eedda7960ea1e3ba372fd6d7f8c033ce9fef280831fff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39a8dbbfca955356b840f61d78720a96c01a30bf5e89ff458a2de63eba9673b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d975b282aa0a7df320976b2a23dbd64ef466d9ad27cc66d3cedabae3a58fc468(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorReturnHeadersReturnHeader]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56be2f4f30530f8dd7cd1b8522d0eb7a695e8d23cf2ba36740ee0cd7329e5993(
    *,
    taggings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88fee656a5185b2a3b6f33c8ef22af7b5e63d25203851ca780b07ac9595b6422(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d23ee32dcea493c27d26ad047c6261515c39a5053f19b3f69cc5bfc863f9f04a(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__003e816b2149ce9b998ed233697fb8843a2b8f315be1912367364a584b3bc73e(
    value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggings],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41ee6858573fe985dbecbc1438b1c04785685d31c4cf458f82adc029a7b90317(
    *,
    key: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cee41f635156ab716e8405a62a76ac7481e0798bbbccecbab347ae7682396601(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9d9d5bdb894421a4845942438dc4a22a3ff91f024b087cd07edfbcd93d58ecc(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc59f742ab5ae53de3632840f8c0f9277e75b742df3c47705376a890d270c9be(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8cca5309fa26a974f94b1fcbacef33955503530422974d319a261b072917f63(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0641e76e55dfb4878126c71a70235c271343196c995bfde9a4012d33f1b79ab7(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__81ba39e4beafeaffe3d847741b5fc44a96678740c727b01cc790831d66f173d3(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__988214255fbab9c9d5f6fe5f4abe2f29351557b371d117ced6bb2cee932b6d96(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6fae32ea788d7c43afc3ff86439964f9e1dd0d7ac37dfb790a0dfc0acb08a7a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42687e06486de60ca3dcba41cc94135c886aaf7dda17f0f7208284e15bc93f4c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77d7bc96c41253b6e3bd3265b0331e0f27ecdf59ab847144319183d28251e73c(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteRoutingRulesRoutingRuleRedirectMirrorTaggingsTaggings]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38fe70e03604bff66a937787ab253abf87b0f66f259044c9debc5f4717a43e92(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4e0c61d1b12752bbb746deb67d43302a7ae51f3bde0cb74695401126cf714ff(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b80ed414925d5dd4519bed132a425ec92ea8bd63dfd41779a9d447da372bd4a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87a2d637f70e8ef35d1da6744234ac1432caace6f2d08766adda20fd8dc63647(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c90bcf0d3a5a533ccc113cfc181738589e57d5fe50f730588dd30f27da939106(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__056e032afed60a0cf6ba024a7f71fb7116982afc41a015d84a54d17cd40ea0f4(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__113b8abf8ab47ca7ab63737c770b07434f3584a2502e8e0640ff202beaaad57d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a4cdcbd16464e4aeee0f029430eacec16e279217b366c082e51c9505cedb574(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__973a6e5237d5c6ed4bb3add2e7c475a6dd168278de880bdf8914b69070a0e84c(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1a0f55402a153c7dac30d64aeaae0abba3cde38a040d9d29fda137aac213dbf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae2f407e739c6b843e25acf5e4365687a1a3725caeec5653f901b98a4930bd24(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a828b7d5bad18c07617ce4d964c56f9fc729499f0f79ca57ddbafd9230b6a99(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa53e28bf3a9cd157708626bca63fdf228ccd4d84a6379ab6b1f373dcb75c308(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6184902e820d74039101bfa7222bb90aa72bad221fb1beed739520071c9411b5(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6868f96d53b578cd46a1f27bea2bb9e132571b61f45f9a749ea5ee1eb56948f(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27ed9b8eac3961c098065176ee1a292cf7f0384e554882aff581bfbb51a553cb(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d790e84bae53743a39670590590309cff1ad3bb3594f13b017cb165970b7d21f(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__772c22258789d4384b54b1a2add2250b8cea9c69c0f6c4edd921bdbd6cb22ba7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__606ec795a4e3353e1c4a658e2f32065ca66187b210867a725fff98a63666f29d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__048885c0bb4c3c2a8d1c45c8ac648023ba392f2c4c11399a1d13f543a3ec0ea2(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aed01085fefed7717f91f732e24219769aca84d931acfa097fe128f549c1675b(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e776d4ac3c8587a5153e4efd090ba051e4f0166820c5fc48825cb3c81e45b57(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0aa407a82626e83e79803fd656e7ea8604cc2dec29aec137373a3dbfb6497efa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13dfb7eb47672b98a394dbaaa9bce81ba7861a24e961579f4dd8062737d612d3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__027274e84a7b3f43c747c7d47ab4b7a5c397f05f38eda362574f406a1480e3dd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c402bc12203ed1859b478a10b26dd1ebf2bcf40c45c0aa3a034f3c312194d4c(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61285958cad8549868cb12e89c8f3e2805d08625baa1fbfd54e8fbf89b8da627(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb000957349d793c70eddefbde6dd6973ad5c0bae5dd4c5ba2e91ebc869fc45f(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__467951a59a4d0cde656907b9996da79cdd475130aa3aa46e3ac76dc493051e81(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48f7ea6421668b66c5ef94531d426d72c1c5e35fb91ed755ece528eda3587e39(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4de87a8f55de4c915376b0b9ff921a1726f7925b1c2d67c3ff8a1a0f08bb8e9a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf2a8015888b6f1f0650d669eb732a873e3e83aa323fcc9a6e0ae8804bc94cee(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__244999a7869d4ff4a33a5f2c1f7e93e6d6bdeb224f245d529e196a2e3d7445c4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33195529e6d30b9d78e1f0d9f97c954853e3d6485aba24ebd1514eeb2a52fe67(
    value: typing.Optional[OssBucketWebsiteRoutingRulesRoutingRuleRedirect],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f99f9635a712ac2b4a92f6ebbf422d9f3ab06d9795f09e23b2721938b932e9a0(
    *,
    create: typing.Optional[builtins.str] = None,
    delete: typing.Optional[builtins.str] = None,
    update: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91bc0877ffd8615a9b5b86de2c890e82aee728fc41fe1255d44c07104486fc77(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bfbecfab561be7dfee24ed0a70dfd4847802522f4103baa7d79bfbec5eadb911(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f942bca7b955f3443bf53495e5740e3ef243e41ad0ceb5b3a19813b2328855d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a52d64ce0d9bd1b792409480c175aac63c2db6ff1c700bbde49760756579ab4d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80422458b3d9f80e86cb8fb829876f6490cd1d83d647d7a6a61ed97f747ad567(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OssBucketWebsiteTimeouts]],
) -> None:
    """Type checking stubs"""
    pass
