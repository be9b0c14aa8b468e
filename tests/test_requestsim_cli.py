"""`ossiac request simulate`: text and JSON output, exit codes, and bad input."""

from __future__ import annotations

import json

import pytest

from harness import REPO_ROOT, VENV_BIN, run
from ossiac.cli import main
from requestsim_buckets import INLINE, SPLIT, write


def simulate_cli(capsys, *args):
    code = main(["request", "simulate", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_served_preflight_prints_status_then_cors_headers(tmp_path, capsys):
    path = write(tmp_path, SPLIT)
    code, out, _ = simulate_cli(
        capsys,
        "--tf-json",
        str(path),
        "--bucket",
        "assets-split",
        "--key",
        "a.png",
        "--preflight",
        "--origin",
        "https://www.example.com",
        "--request-method",
        "put",
        "--request-headers",
        "Content-Type, x-oss-meta-a",
    )
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "served 200"
    assert "  Access-Control-Allow-Origin: https://www.example.com" in lines
    assert "  Access-Control-Allow-Headers: Content-Type, x-oss-meta-a" in lines
    assert "  Vary: Origin" in lines


def test_refused_request_names_the_check_in_text(tmp_path, capsys):
    path = write(tmp_path, SPLIT)
    code, out, _ = simulate_cli(
        capsys,
        "--tf-json",
        str(path),
        "--bucket",
        "assets-split",
        "--method",
        "GET",
        "--key",
        "a.png",
        "--referer",
        "https://bad.leech.example.com/p",
    )
    lines = out.splitlines()
    assert code == 1
    assert lines[0] == "403 AccessDenied"
    assert lines[1].startswith("refused by referer-blacklist: ")
    assert "CORS response headers: none" in lines


def test_json_output(tmp_path, capsys):
    path = write(tmp_path, INLINE)
    code, out, _ = simulate_cli(
        capsys,
        "--tf-json",
        str(path),
        "--bucket",
        "media-inline",
        "--method",
        "GET",
        "--key",
        "a.png",
        "--no-referer",
        "--json",
    )
    result = json.loads(out)
    assert code == 1
    assert (result["served"], result["status"], result["error"], result["refused_by"]) == (
        False,
        403,
        "AccessDenied",
        "referer-empty",
    )
    assert {c["check"]: c["outcome"] for c in result["checks"]}["referer-empty"] == "fail"
    assert result["request"] == {
        "method": "GET",
        "key": "a.png",
        "credentials": "anonymous",
        "referer": None,
        "origin": None,
        "request_method": None,
        "request_headers": [],
    }


def test_json_for_a_served_signed_url(tmp_path, capsys):
    path = write(tmp_path, INLINE)
    code, out, _ = simulate_cli(
        capsys,
        "--tf-json",
        str(path),
        "--bucket",
        "private-inline",
        "--method",
        "GET",
        "--key",
        "a.png",
        "--signed",
        "--json",
    )
    result = json.loads(out)
    assert code == 0
    assert (result["served"], result["status"], result["refused_by"], result["cors_headers"]) == (True, 200, None, {})


BAD_INPUT = [
    (
        "missing file",
        ["--tf-json", "{tmp}/absent.json", "--bucket", "b", "--method", "GET", "--key", "k"],
        ["absent.json", "no such file"],
    ),
    (
        "unknown bucket",
        ["--tf-json", "{file}", "--bucket", "nope", "--method", "GET", "--key", "k"],
        ["cdk.tf.json", "'nope'", "buckets found: media-inline", "private-inline", "uploads-inline"],
    ),
    (
        "bad method",
        ["--tf-json", "{file}", "--bucket", "media-inline", "--method", "PATCH", "--key", "k"],
        ["--method 'PATCH'", "allowed: GET, HEAD, PUT, POST, DELETE"],
    ),
    (
        "missing method",
        ["--tf-json", "{file}", "--bucket", "media-inline", "--key", "k"],
        ["--method is required", "GET, HEAD, PUT, POST, DELETE"],
    ),
    (
        "OPTIONS without --preflight",
        ["--tf-json", "{file}", "--bucket", "media-inline", "--method", "OPTIONS", "--key", "k"],
        ["use --preflight"],
    ),
    (
        "preflight without request method",
        ["--tf-json", "{file}", "--bucket", "media-inline", "--key", "k", "--preflight", "--origin", "https://a"],
        ["--request-method", "GET, HEAD, PUT, POST, DELETE"],
    ),
    (
        "preflight with a bad request method",
        [
            "--tf-json",
            "{file}",
            "--bucket",
            "media-inline",
            "--key",
            "k",
            "--preflight",
            "--origin",
            "https://a",
            "--request-method",
            "TRACE",
        ],
        ["--request-method 'TRACE'"],
    ),
    (
        "preflight without origin",
        ["--tf-json", "{file}", "--bucket", "media-inline", "--key", "k", "--preflight", "--request-method", "GET"],
        ["needs --origin"],
    ),
    (
        "request headers without preflight",
        ["--tf-json", "{file}", "--bucket", "media-inline", "--method", "GET", "--key", "k", "--request-headers", "a"],
        ["add --preflight"],
    ),
    (
        "empty key",
        ["--tf-json", "{file}", "--bucket", "media-inline", "--method", "GET", "--key", ""],
        ["--key must name an object"],
    ),
]


@pytest.mark.parametrize(("case", "args", "fragments"), BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_bad_input_exits_2_with_a_clear_error(tmp_path, capsys, case, args, fragments):
    path = write(tmp_path, INLINE)
    code, out, err = simulate_cli(capsys, *[a.format(tmp=tmp_path, file=path) for a in args])
    assert code == 2
    assert out == ""
    for fragment in fragments:
        assert fragment in err


def test_conflicting_flags_are_refused_by_the_parser(tmp_path, capsys):
    path = write(tmp_path, INLINE)
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                "request",
                "simulate",
                "--tf-json",
                str(path),
                "--bucket",
                "media-inline",
                "--method",
                "GET",
                "--key",
                "k",
                "--signed",
                "--authorization",
            ]
        )
    assert exit_.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_installed_command_reads_a_synthesized_stack(tmp_path):
    # The cdk.tf.json shape cdktf writes for the example stack (private bucket, ACL resource).
    document = {
        "//": {"metadata": {"backend": "local", "stackName": "example", "version": "0.21.0"}},
        "resource": {
            "alicloud_oss_bucket": {
                "example_bucket_62B5B97A": {
                    "//": {"metadata": {"path": "example/example/bucket"}},
                    "bucket": "ossiac-example-private",
                }
            },
            "alicloud_oss_bucket_acl": {
                "example_acl_A5243FC2": {
                    "//": {"metadata": {}},
                    "acl": "private",
                    "bucket": "${alicloud_oss_bucket.example_bucket_62B5B97A.bucket}",
                }
            },
        },
    }
    path = write(tmp_path, document)
    result = run(
        [
            str(VENV_BIN / "ossiac"),
            "request",
            "simulate",
            "--tf-json",
            str(path),
            "--bucket",
            "ossiac-example-private",
            "--method",
            "GET",
            "--key",
            "a",
        ],
        cwd=REPO_ROOT,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines()[:2] == [
        "403 AccessDenied",
        "refused by acl: anonymous GET (read) needs acl public-read or public-read-write; the bucket's acl is private (resource.alicloud_oss_bucket_acl.example_acl_A5243FC2.acl)",
    ]
