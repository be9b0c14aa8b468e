"""docs/stack-file-reference.md is generated from the props models (tools/stack_file_reference.py): the committed
page is the generator's output, every key of every model has its row, and --check catches a stale page."""

from __future__ import annotations

import re
import sys

from harness import REPO_ROOT, run

sys.path.insert(0, str(REPO_ROOT / "tools"))
import stack_file_reference as reference  # noqa: E402 - tools/ is not a package

from ossiac_props.json_schema import stack_file_schema  # noqa: E402


def test_the_committed_page_is_what_the_props_models_give():
    committed = (REPO_ROOT / reference.OUTPUT).read_text(encoding="utf-8")
    assert committed == reference.build(), "regenerate it: python tools/stack_file_reference.py"


def _sections(text: str) -> dict[str, str]:
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_key_of_every_model_has_a_row_with_its_description():
    schema = stack_file_schema()
    sections = _sections(reference.build())
    assert set(sections) == {reference.ROOT, *schema["$defs"]}
    for name, model in [(reference.ROOT, schema), *schema["$defs"].items()]:
        rows = {line.split("|")[1].strip(): line for line in sections[name].splitlines() if line.startswith("| `")}
        assert sorted(rows) == sorted(f"`{key}`" for key in model["properties"]), name
        for key, field in model["properties"].items():
            assert " ".join(field.get("description", "").split()).replace("|", "\\|") in rows[f"`{key}`"], (name, key)


def test_types_bounds_and_defaults_read_as_words():
    bucket = stack_file_schema()["$defs"]["BucketProps"]["properties"]
    assert reference.render_type(bucket["acl"]) == "one of `private`, `public-read`, `public-read-write`"
    assert reference.render_type(bucket["cors"]) == "list of [CorsRule](#corsrule), at most 10 items"
    assert reference.render_type(bucket["referer"]) == "[RefererProps](#refererprops)"
    assert (
        reference.render_type({"type": "integer", "minimum": 60, "multipleOf": 60})
        == "integer, at least 60, a multiple of 60"
    )
    assert reference.render_type({"type": "string", "minLength": 1, "maxLength": 64}) == "string, 1 to 64 characters"
    assert reference.render_default(bucket["acl"], required=False) == "`private`"
    assert reference.render_default(bucket["name"], required=True) == "required"
    assert reference.render_default(bucket["tags"], required=False) == "none"


def test_check_names_a_stale_page_and_writing_fixes_it(tmp_path, monkeypatch):
    page = tmp_path / reference.OUTPUT
    page.parent.mkdir(parents=True)
    page.write_text("# Stack-file reference\n\nhand-edited\n", encoding="utf-8")
    monkeypatch.setattr(reference, "REPO", tmp_path)
    assert reference.main(["--check"]) == 1
    assert page.read_text(encoding="utf-8").endswith("hand-edited\n")
    assert reference.main([]) == 0
    assert reference.main(["--check"]) == 0
    assert page.read_text(encoding="utf-8") == reference.build()


def test_the_command_line_form_runs():
    result = run([sys.executable, "tools/stack_file_reference.py", "--check"], cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"up to date: {reference.OUTPUT}\n"
