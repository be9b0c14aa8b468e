"""The rest of the object API through the official SDK: copy, listings (v1, v2, versions), batch
delete, multipart upload, versioning and server-side encryption, as OSS answers them."""

from __future__ import annotations

import base64
import hashlib
import io

import alibabacloud_oss_v2 as oss
import pytest

from ossiac.localcloud import console
from ossiac.localcloud.store import Store


def _bucket(endpoint, name: str):
    client = endpoint.client()
    client.put_bucket(oss.PutBucketRequest(bucket=name))
    return client


def _read(client, bucket: str, key: str, **kwargs) -> bytes:
    return client.get_object(oss.GetObjectRequest(bucket=bucket, key=key, **kwargs)).body.read()


def _code(raised) -> str:
    return raised.value.unwrap().code


def _status(raised) -> int:
    return raised.value.unwrap().status_code


# -- CopyObject -------------------------------------------------------------------------------


def test_copy_within_and_across_buckets_keeps_bytes_and_metadata_or_replaces_them(endpoint):
    client = _bucket(endpoint, "copy-src")
    client.put_bucket(oss.PutBucketRequest(bucket="copy-dst"))
    client.put_object(
        oss.PutObjectRequest(
            bucket="copy-src",
            key="dir/söurce file+?.txt",
            body=b"payload",
            content_type="text/plain",
            metadata={"colour": "blue"},
        )
    )
    copied = client.copy_object(
        oss.CopyObjectRequest(
            bucket="copy-dst", key="copy.txt", source_bucket="copy-src", source_key="dir/söurce file+?.txt"
        )
    )
    assert copied.etag == f'"{hashlib.md5(b"payload").hexdigest().upper()}"'
    head = client.head_object(oss.HeadObjectRequest(bucket="copy-dst", key="copy.txt"))
    assert (head.content_type, head.metadata, head.hash_crc64) == ("text/plain", {"colour": "blue"}, copied.hash_crc64)
    client.copy_object(
        oss.CopyObjectRequest(
            bucket="copy-src",
            key="replaced",
            source_key="dir/söurce file+?.txt",
            metadata_directive="REPLACE",
            content_type="application/x-new",
            metadata={"shape": "round"},
        )
    )
    head = client.head_object(oss.HeadObjectRequest(bucket="copy-src", key="replaced"))
    assert (head.content_type, head.metadata) == ("application/x-new", {"shape": "round"})
    # The copies share no fate with the source: deleting it leaves them whole.
    client.delete_object(oss.DeleteObjectRequest(bucket="copy-src", key="dir/söurce file+?.txt"))
    assert _read(client, "copy-dst", "copy.txt") == b"payload"
    assert _read(client, "copy-src", "replaced") == b"payload"


def test_copy_of_a_missing_source_is_no_such_key_and_a_bad_directive_is_invalid_argument(endpoint):
    client = _bucket(endpoint, "copy-errors")
    with pytest.raises(oss.exceptions.OperationError) as missing:
        client.copy_object(oss.CopyObjectRequest(bucket="copy-errors", key="k", source_key="absent"))
    assert (_status(missing), _code(missing)) == (404, "NoSuchKey")
    with pytest.raises(oss.exceptions.OperationError) as no_bucket:
        client.copy_object(
            oss.CopyObjectRequest(
                bucket="copy-errors", key="k", source_bucket="no-such-bucket-here", source_key="absent"
            )
        )
    assert _code(no_bucket) == "NoSuchBucket"
    client.put_object(oss.PutObjectRequest(bucket="copy-errors", key="src", body=b"x"))
    with pytest.raises(oss.exceptions.OperationError) as bad:
        client.copy_object(
            oss.CopyObjectRequest(bucket="copy-errors", key="k", source_key="src", metadata_directive="MERGE")
        )
    assert _code(bad) == "InvalidArgument"


def test_copy_needs_read_access_to_the_source_as_well_as_write_access_to_the_target(endpoint):
    owner = _bucket(endpoint, "copy-open")
    owner.put_bucket(oss.PutBucketRequest(bucket="copy-closed"))
    owner.put_object(oss.PutObjectRequest(bucket="copy-closed", key="secret", body=b"s"))
    store = Store(endpoint.cloud)
    console.set_bucket(store, "copy-open", acl="public-read-write")  # anyone may write the target
    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.AnonymousCredentialsProvider()
    cfg.region, cfg.endpoint = "cn-hangzhou", endpoint.url
    anonymous = oss.Client(cfg)
    copy = oss.CopyObjectRequest(bucket="copy-open", key="stolen", source_bucket="copy-closed", source_key="secret")
    with pytest.raises(oss.exceptions.OperationError) as refused:
        anonymous.copy_object(copy)
    assert (_status(refused), _code(refused)) == (403, "AccessDenied")
    assert not owner.is_object_exist("copy-open", "stolen")
    console.set_bucket(store, "copy-closed", acl="public-read")  # now anyone may read the source too
    anonymous.copy_object(copy)
    assert _read(owner, "copy-open", "stolen") == b"s"


# -- listings ---------------------------------------------------------------------------------

KEYS = ["a/1.txt", "a/2.txt", "a/b/3.txt", "b/4.txt", "c.txt", "d.txt", "e f&<g>.txt"]


@pytest.fixture()
def listed(endpoint):
    client = _bucket(endpoint, "listing")
    for key in KEYS:
        client.put_object(oss.PutObjectRequest(bucket="listing", key=key, body=key.encode()))
    return client


def test_list_objects_v1_pages_with_marker_and_folds_common_prefixes(listed):
    seen_keys, seen_prefixes, marker, pages = [], [], "", 0
    while True:
        page = listed.list_objects(oss.ListObjectsRequest(bucket="listing", delimiter="/", max_keys=2, marker=marker))
        seen_keys += [o.key for o in page.contents or []]
        seen_prefixes += [p.prefix for p in page.common_prefixes or []]
        pages += 1
        if not page.is_truncated:
            break
        marker = page.next_marker
    assert seen_prefixes == ["a/", "b/"]
    assert seen_keys == ["c.txt", "d.txt", "e f&<g>.txt"]
    assert pages == 3
    inside = listed.list_objects(oss.ListObjectsRequest(bucket="listing", prefix="a/", delimiter="/"))
    assert [o.key for o in inside.contents] == ["a/1.txt", "a/2.txt"]
    assert [p.prefix for p in inside.common_prefixes] == ["a/b/"]
    first = inside.contents[0]
    assert (first.size, first.etag, first.owner.id) == (
        7,
        f'"{hashlib.md5(b"a/1.txt").hexdigest().upper()}"',
        first.owner.id,
    )
    assert first.owner.id


def test_list_objects_v2_paginator_continuation_token_start_after_and_fetch_owner(listed):
    keys = [
        o.key
        for page in listed.list_objects_v2_paginator().iter_page(oss.ListObjectsV2Request(bucket="listing", max_keys=3))
        for o in page.contents or []
    ]
    assert keys == sorted(KEYS)
    after = listed.list_objects_v2(oss.ListObjectsV2Request(bucket="listing", start_after="b/4.txt"))
    assert [o.key for o in after.contents] == ["c.txt", "d.txt", "e f&<g>.txt"]
    assert after.key_count == 3 and after.contents[0].owner is None
    owned = listed.list_objects_v2(oss.ListObjectsV2Request(bucket="listing", prefix="c", fetch_owner=True))
    assert owned.contents[0].owner.id
    folded = listed.list_objects_v2(oss.ListObjectsV2Request(bucket="listing", delimiter="/", max_keys=1))
    assert (folded.key_count, [p.prefix for p in folded.common_prefixes], folded.is_truncated) == (1, ["a/"], True)
    rest = listed.list_objects_v2(
        oss.ListObjectsV2Request(bucket="listing", delimiter="/", continuation_token=folded.next_continuation_token)
    )
    assert [p.prefix for p in rest.common_prefixes] == ["b/"]
    assert [o.key for o in rest.contents] == ["c.txt", "d.txt", "e f&<g>.txt"]


def test_keys_xml_cannot_carry_come_back_whole_through_url_encoding(endpoint):
    client = _bucket(endpoint, "odd-keys")
    odd = "ctl\x01\x1f key/ünï%2F"
    client.put_object(oss.PutObjectRequest(bucket="odd-keys", key=odd, body=b"x"))
    assert [o.key for o in client.list_objects(oss.ListObjectsRequest(bucket="odd-keys")).contents] == [odd]
    assert [o.key for o in client.list_objects_v2(oss.ListObjectsV2Request(bucket="odd-keys")).contents] == [odd]
    deleted = client.delete_multiple_objects(
        oss.DeleteMultipleObjectsRequest(bucket="odd-keys", objects=[oss.DeleteObject(key=odd)])
    )
    assert [d.key for d in deleted.deleted_objects] == [odd]


def test_list_refuses_a_max_keys_out_of_range(listed):
    with pytest.raises(oss.exceptions.OperationError) as refused:
        listed.list_objects(oss.ListObjectsRequest(bucket="listing", max_keys=1001))
    assert _code(refused) == "InvalidArgument"


# -- DeleteMultipleObjects ---------------------------------------------------------------------


def test_delete_multiple_objects_verbose_and_quiet(listed):
    result = listed.delete_multiple_objects(
        oss.DeleteMultipleObjectsRequest(
            bucket="listing",
            objects=[
                oss.DeleteObject(key="a/1.txt"),
                oss.DeleteObject(key="e f&<g>.txt"),
                oss.DeleteObject(key="never-existed"),
            ],
        )
    )
    assert sorted(d.key for d in result.deleted_objects) == ["a/1.txt", "e f&<g>.txt", "never-existed"]
    quiet = listed.delete_multiple_objects(
        oss.DeleteMultipleObjectsRequest(bucket="listing", objects=[oss.DeleteObject(key="c.txt")], quiet=True)
    )
    assert not quiet.deleted_objects
    left = listed.list_objects_v2(oss.ListObjectsV2Request(bucket="listing"))
    assert [o.key for o in left.contents] == ["a/2.txt", "a/b/3.txt", "b/4.txt", "d.txt"]


def test_delete_multiple_objects_needs_a_matching_content_md5(listed):
    body = b"<Delete><Object><Key>d.txt</Key></Object></Delete>"
    for headers in ({}, {"Content-MD5": base64.b64encode(hashlib.md5(b"other").digest()).decode()}):
        with pytest.raises(oss.exceptions.OperationError) as refused:
            listed.invoke_operation(
                oss.OperationInput(
                    op_name="DeleteMultipleObjects",
                    method="POST",
                    bucket="listing",
                    parameters={"delete": ""},
                    headers=headers,
                    body=body,
                )
            )
        assert (_status(refused), _code(refused)) == (400, "InvalidDigest")
    assert listed.is_object_exist("listing", "d.txt")


# -- multipart --------------------------------------------------------------------------------


def test_the_sdk_uploader_does_a_multipart_upload_with_its_crc_check(endpoint):
    client = _bucket(endpoint, "multipart")
    data = hashlib.sha256(b"seed").digest() * (450 * 1024 // 32)
    result = client.uploader().upload_from(
        oss.PutObjectRequest(bucket="multipart", key="big.bin"), io.BytesIO(data), part_size=100 * 1024
    )
    assert result.etag.strip('"').endswith("-5")
    got = client.get_object(oss.GetObjectRequest(bucket="multipart", key="big.bin"))
    assert got.body.read() == data and got.object_type == "Multipart" and got.hash_crc64 == result.hash_crc64
    assert not client.list_multipart_uploads(oss.ListMultipartUploadsRequest(bucket="multipart")).uploads


def _init(client, key: str) -> str:
    return client.initiate_multipart_upload(
        oss.InitiateMultipartUploadRequest(bucket="multipart-raw", key=key)
    ).upload_id


def _part(client, key: str, upload_id: str, number: int, body: bytes) -> str:
    return client.upload_part(
        oss.UploadPartRequest(bucket="multipart-raw", key=key, upload_id=upload_id, part_number=number, body=body)
    ).etag


def _complete(client, key: str, upload_id: str, parts: list[tuple[int, str]]):
    return client.complete_multipart_upload(
        oss.CompleteMultipartUploadRequest(
            bucket="multipart-raw",
            key=key,
            upload_id=upload_id,
            complete_multipart_upload=oss.CompleteMultipartUpload(
                parts=[oss.UploadPart(part_number=n, etag=e) for n, e in parts]
            ),
        )
    )


def test_raw_multipart_calls_list_parts_and_uploads_and_check_the_part_list(endpoint):
    client = _bucket(endpoint, "multipart-raw")
    big, small = b"A" * (100 * 1024), b"tail"
    upload_id = _init(client, "joined")
    e1, e2 = _part(client, "joined", upload_id, 1, big), _part(client, "joined", upload_id, 3, small)
    uploads = client.list_multipart_uploads(oss.ListMultipartUploadsRequest(bucket="multipart-raw")).uploads
    assert [(u.key, u.upload_id) for u in uploads] == [("joined", upload_id)]
    parts = client.list_parts(oss.ListPartsRequest(bucket="multipart-raw", key="joined", upload_id=upload_id)).parts
    assert [(p.part_number, p.etag, p.size) for p in parts] == [(1, e1, len(big)), (3, e2, len(small))]
    for listed, code in (
        ([(3, e2), (1, e1)], "InvalidPartOrder"),
        ([(1, e1), (2, e2)], "InvalidPart"),
        ([(1, e2), (3, e2)], "InvalidPart"),
    ):
        with pytest.raises(oss.exceptions.OperationError) as refused:
            _complete(client, "joined", upload_id, listed)
        assert (_status(refused), _code(refused)) == (400, code)
    done = _complete(client, "joined", upload_id, [(1, e1), (3, e2)])
    md5s = hashlib.md5(hashlib.md5(big).digest() + hashlib.md5(small).digest()).hexdigest().upper()
    assert done.etag == f'"{md5s}-2"'
    assert _read(client, "multipart-raw", "joined") == big + small
    with pytest.raises(oss.exceptions.OperationError) as ended:
        _part(client, "joined", upload_id, 4, b"late")
    assert (_status(ended), _code(ended)) == (404, "NoSuchUpload")


def test_a_small_part_before_the_last_is_entity_too_small_and_abort_ends_the_upload(endpoint):
    client = _bucket(endpoint, "multipart-raw")
    upload_id = _init(client, "tiny")
    e1, e2 = _part(client, "tiny", upload_id, 1, b"too small"), _part(client, "tiny", upload_id, 2, b"last")
    with pytest.raises(oss.exceptions.OperationError) as refused:
        _complete(client, "tiny", upload_id, [(1, e1), (2, e2)])
    assert (_status(refused), _code(refused)) == (400, "EntityTooSmall")
    client.abort_multipart_upload(
        oss.AbortMultipartUploadRequest(bucket="multipart-raw", key="tiny", upload_id=upload_id)
    )
    with pytest.raises(oss.exceptions.OperationError) as gone:
        client.list_parts(oss.ListPartsRequest(bucket="multipart-raw", key="tiny", upload_id=upload_id))
    assert _code(gone) == "NoSuchUpload"
    assert not (endpoint.cloud / "blobs").exists() or all(
        not p.is_file() for d in (endpoint.cloud / "blobs").iterdir() if d.name != "tmp" for p in d.iterdir()
    )
    with pytest.raises(oss.exceptions.OperationError) as bad_number:
        _part(client, "tiny", _init(client, "tiny"), 10001, b"x")
    assert _code(bad_number) == "InvalidArgument"


# -- versioning -------------------------------------------------------------------------------


def _versioned(endpoint, name: str):
    client = _bucket(endpoint, name)
    client.put_bucket_versioning(
        oss.PutBucketVersioningRequest(
            bucket=name, versioning_configuration=oss.VersioningConfiguration(status="Enabled")
        )
    )
    return client


def test_a_versioned_bucket_keeps_every_version_and_a_delete_leaves_a_marker(endpoint):
    client = _versioned(endpoint, "versioned")
    v1 = client.put_object(oss.PutObjectRequest(bucket="versioned", key="doc", body=b"one")).version_id
    v2 = client.put_object(oss.PutObjectRequest(bucket="versioned", key="doc", body=b"two")).version_id
    assert v1 and v2 and v1 != v2
    assert _read(client, "versioned", "doc") == b"two"
    assert _read(client, "versioned", "doc", version_id=v1) == b"one"
    assert client.head_object(oss.HeadObjectRequest(bucket="versioned", key="doc", version_id=v1)).content_length == 3
    deleted = client.delete_object(oss.DeleteObjectRequest(bucket="versioned", key="doc"))
    assert deleted.delete_marker and deleted.version_id
    with pytest.raises(oss.exceptions.OperationError) as hidden:
        _read(client, "versioned", "doc")
    assert _code(hidden) == "NoSuchKey"
    assert hidden.value.unwrap().headers.get("x-oss-delete-marker") == "true"
    assert _read(client, "versioned", "doc", version_id=v2) == b"two"
    listing = client.list_object_versions(oss.ListObjectVersionsRequest(bucket="versioned"))
    assert [(v.version_id, v.is_latest) for v in listing.version] == [(v2, False), (v1, False)]
    assert [(m.version_id, m.is_latest) for m in listing.delete_marker] == [(deleted.version_id, True)]
    paged = [
        (v.version_id)
        for page in client.list_object_versions_paginator().iter_page(
            oss.ListObjectVersionsRequest(bucket="versioned", max_keys=1)
        )
        for v in (page.version or []) + (page.delete_marker or [])
    ]
    assert paged == [deleted.version_id, v2, v1]
    assert not client.list_objects_v2(oss.ListObjectsV2Request(bucket="versioned")).contents
    # Removing the marker brings v2 back; removing v2 for good makes v1 current.
    client.delete_object(oss.DeleteObjectRequest(bucket="versioned", key="doc", version_id=deleted.version_id))
    assert _read(client, "versioned", "doc") == b"two"
    client.delete_object(oss.DeleteObjectRequest(bucket="versioned", key="doc", version_id=v2))
    assert _read(client, "versioned", "doc") == b"one"
    with pytest.raises(oss.exceptions.OperationError) as gone:
        _read(client, "versioned", "doc", version_id=v2)
    assert _code(gone) == "NoSuchVersion"


def test_a_suspended_bucket_writes_the_null_version_and_keeps_the_older_ones(endpoint):
    client = _versioned(endpoint, "suspended")
    kept = client.put_object(oss.PutObjectRequest(bucket="suspended", key="k", body=b"enabled")).version_id
    client.put_bucket_versioning(
        oss.PutBucketVersioningRequest(
            bucket="suspended", versioning_configuration=oss.VersioningConfiguration(status="Suspended")
        )
    )
    assert client.put_object(oss.PutObjectRequest(bucket="suspended", key="k", body=b"n1")).version_id == "null"
    client.put_object(oss.PutObjectRequest(bucket="suspended", key="k", body=b"n2"))
    listing = client.list_object_versions(oss.ListObjectVersionsRequest(bucket="suspended"))
    assert [(v.version_id, v.is_latest) for v in listing.version] == [("null", True), (kept, False)]
    assert _read(client, "suspended", "k") == b"n2" and _read(client, "suspended", "k", version_id=kept) == b"enabled"
    assert len([p for d in (endpoint.cloud / "blobs").iterdir() if d.name != "tmp" for p in d.iterdir()]) == 2


def test_delete_multiple_objects_in_a_versioned_bucket_leaves_markers(endpoint):
    client = _versioned(endpoint, "versioned-batch")
    version = client.put_object(oss.PutObjectRequest(bucket="versioned-batch", key="k", body=b"v")).version_id
    result = client.delete_multiple_objects(
        oss.DeleteMultipleObjectsRequest(bucket="versioned-batch", objects=[oss.DeleteObject(key="k")])
    )
    assert result.deleted_objects[0].delete_marker and result.deleted_objects[0].delete_marker_version_id
    assert _read(client, "versioned-batch", "k", version_id=version) == b"v"


# -- server-side encryption -------------------------------------------------------------------


def test_objects_in_a_kms_bucket_record_the_key_and_a_header_overrides_it(endpoint):
    store = Store(endpoint.cloud)
    default_key = console.create_kms_key(store)["id"]
    other_key = console.create_kms_key(store)["id"]
    client = _bucket(endpoint, "encrypted")
    console.set_bucket(store, "encrypted", sse="KMS", kms_key=default_key)
    put = client.put_object(oss.PutObjectRequest(bucket="encrypted", key="default", body=b"d"))
    assert put.headers["x-oss-server-side-encryption"] == "KMS"
    head = client.head_object(oss.HeadObjectRequest(bucket="encrypted", key="default"))
    assert (head.server_side_encryption, head.server_side_encryption_key_id) == ("KMS", default_key)
    client.put_object(
        oss.PutObjectRequest(
            bucket="encrypted",
            key="chosen",
            body=b"c",
            server_side_encryption="KMS",
            server_side_encryption_key_id=other_key,
        )
    )
    got = client.get_object(oss.GetObjectRequest(bucket="encrypted", key="chosen"))
    assert (got.server_side_encryption, got.server_side_encryption_key_id, got.body.read()) == ("KMS", other_key, b"c")
    plain = _bucket(endpoint, "plain")
    plain.put_object(oss.PutObjectRequest(bucket="plain", key="aes", body=b"a", server_side_encryption="AES256"))
    assert plain.head_object(oss.HeadObjectRequest(bucket="plain", key="aes")).server_side_encryption == "AES256"
    assert (
        plain.put_object(oss.PutObjectRequest(bucket="plain", key="none", body=b"n")).headers.get(
            "x-oss-server-side-encryption"
        )
        is None
    )


def test_a_disabled_kms_key_makes_get_object_fail_as_oss_does(endpoint):
    store = Store(endpoint.cloud)
    key_id = console.create_kms_key(store)["id"]
    client = _bucket(endpoint, "kms-off")
    console.set_bucket(store, "kms-off", sse="KMS", kms_key=key_id)
    client.put_object(oss.PutObjectRequest(bucket="kms-off", key="k", body=b"secret"))
    console.set_kms_key(store, key_id, enabled=False)
    with pytest.raises(oss.exceptions.OperationError) as refused:
        _read(client, "kms-off", "k")
    assert (_status(refused), _code(refused), refused.value.unwrap().ec) == (409, "Rejected.Disabled", "0005-00000214")
    with pytest.raises(oss.exceptions.OperationError) as write_refused:
        client.put_object(oss.PutObjectRequest(bucket="kms-off", key="new", body=b"x"))
    assert _status(write_refused) == 409
    console.set_kms_key(store, key_id, enabled=True)
    assert _read(client, "kms-off", "k") == b"secret"
    store.delete("alicloud_kms_key", key_id)
    with pytest.raises(oss.exceptions.OperationError) as missing:
        _read(client, "kms-off", "k")
    assert (_status(missing), _code(missing)) == (404, "KeyNotFound")


def test_a_kms_key_of_another_region_is_not_found_as_oss_answers(endpoint):
    """OSS asks the KMS of the bucket's region, which does not know a key made elsewhere."""
    store = Store(endpoint.cloud)
    beijing_key = console.create_kms_key(store, region="cn-beijing")["id"]
    hangzhou_key = console.create_kms_key(store, region="cn-hangzhou")["id"]
    client = _bucket(endpoint, "kms-regions")  # cn-hangzhou, the endpoint's default region
    with pytest.raises(oss.exceptions.OperationError) as refused:
        client.put_object(
            oss.PutObjectRequest(
                bucket="kms-regions",
                key="k",
                body=b"x",
                server_side_encryption="KMS",
                server_side_encryption_key_id=beijing_key,
            )
        )
    assert (_status(refused), _code(refused)) == (404, "KeyNotFound")
    client.put_object(
        oss.PutObjectRequest(
            bucket="kms-regions",
            key="k",
            body=b"x",
            server_side_encryption="KMS",
            server_side_encryption_key_id=hangzhou_key,
        )
    )
    assert _read(client, "kms-regions", "k") == b"x"


def test_a_bucket_with_only_old_versions_or_an_unfinished_upload_is_not_empty(endpoint):
    client = endpoint.client()
    client.put_bucket(oss.PutBucketRequest(bucket="versions-left"))
    client.put_bucket_versioning(
        oss.PutBucketVersioningRequest(
            bucket="versions-left", versioning_configuration=oss.VersioningConfiguration(status="Enabled")
        )
    )
    client.put_object(oss.PutObjectRequest(bucket="versions-left", key="k", body=b"one"))
    client.delete_object(oss.DeleteObjectRequest(bucket="versions-left", key="k"))  # leaves a version and a marker
    client.put_bucket(oss.PutBucketRequest(bucket="upload-left"))
    client.initiate_multipart_upload(oss.InitiateMultipartUploadRequest(bucket="upload-left", key="big"))
    for name in ("versions-left", "upload-left"):
        with pytest.raises(oss.exceptions.OperationError) as refused:
            client.delete_bucket(oss.DeleteBucketRequest(bucket=name))
        assert refused.value.unwrap().code == "BucketNotEmpty"
    assert {b.name for b in client.list_buckets(oss.ListBucketsRequest()).buckets} >= {"versions-left", "upload-left"}


def test_a_forced_delete_removes_versions_uploads_and_their_bytes(endpoint):
    from ossiac.localcloud.blobs import Blobs

    client = endpoint.client()
    client.put_bucket(oss.PutBucketRequest(bucket="forced"))
    client.put_bucket_versioning(
        oss.PutBucketVersioningRequest(
            bucket="forced", versioning_configuration=oss.VersioningConfiguration(status="Enabled")
        )
    )
    client.put_object(oss.PutObjectRequest(bucket="forced", key="k", body=b"one"))
    client.put_object(oss.PutObjectRequest(bucket="forced", key="k", body=b"two"))
    upload = client.initiate_multipart_upload(oss.InitiateMultipartUploadRequest(bucket="forced", key="big"))
    client.upload_part(
        oss.UploadPartRequest(bucket="forced", key="big", upload_id=upload.upload_id, part_number=1, body=b"part")
    )
    blobs = Blobs(endpoint.cloud)
    assert len(blobs.all()) == 3
    console.delete_bucket(Store(endpoint.cloud), "forced", force=True)
    store = Store(endpoint.cloud)
    assert [
        r
        for t in ("localcloud_object_version", "localcloud_multipart_upload", "alicloud_oss_bucket_object")
        for r in store.in_bucket(t, "forced")
    ] == []
    assert blobs.all() == []
