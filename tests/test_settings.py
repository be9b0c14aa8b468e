"""The settings registry (ossiac/settings.py): every OSSIAC_ variable the code or docs name is in it, every entry
is read somewhere, readers go through it, and docs/settings.md shows exactly what it holds."""

from __future__ import annotations

import re

import pytest

from harness import REPO_ROOT
from ossiac import settings, synth_cache

SOURCE_FOLDERS = ("ossiac", "props", "policies", "constructs", "stacks", "functions", "tools")
NAME = re.compile(r"\bOSSIAC_[A-Z0-9_]*[A-Z0-9]\b")
# reading the environment for an OSSIAC_ variable by its literal name, past the registry
DIRECT_READ = re.compile(r"""(environ\.get|getenv)\(\s*["']OSSIAC_|environ\[\s*["']OSSIAC_""")


def _sources() -> dict[str, str]:
    files = [p for folder in SOURCE_FOLDERS for p in sorted((REPO_ROOT / folder).rglob("*.py"))]
    files.append(REPO_ROOT / "main.py")
    return {
        p.relative_to(REPO_ROOT).as_posix(): p.read_text(encoding="utf-8")
        for p in files
        if "tfplugin5_pb2" not in p.name
    }


def _names_in(texts: dict[str, str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for file, text in texts.items():
        for name in NAME.findall(text):
            found.setdefault(name, set()).add(file)
    return found


def test_every_ossiac_variable_the_code_names_is_registered() -> None:
    found = _names_in(_sources())
    unregistered = {name: sorted(files) for name, files in found.items() if name not in settings.BY_NAME}
    assert unregistered == {}, "add each to ossiac/settings.py"


# A repository variable or secret the GitHub workflows read (`vars.OSSIAC_X`, `secrets.OSSIAC_X`) is a setting of
# GitHub's, not an environment variable ossiac reads, so the registry does not hold it unless ossiac reads it too.
GITHUB_SETTING = re.compile(r"\$\{\{\s*(?:vars|secrets)\.(OSSIAC_[A-Z0-9_]*[A-Z0-9])\s*\}\}")


def _github_settings() -> set[str]:
    workflows = sorted((REPO_ROOT / ".github" / "workflows").glob("*.yml"))
    return {name for path in workflows for name in GITHUB_SETTING.findall(path.read_text(encoding="utf-8"))}


def test_every_ossiac_variable_the_docs_name_is_registered() -> None:
    docs = [REPO_ROOT / "README.md", *sorted((REPO_ROOT / "docs").glob("*.md"))]
    texts = {p.relative_to(REPO_ROOT).as_posix(): p.read_text(encoding="utf-8") for p in docs}
    github_only = _github_settings() - set(_names_in(_sources()))
    unregistered = {
        name: sorted(files)
        for name, files in _names_in(texts).items()
        if name not in settings.BY_NAME and name not in github_only
    }
    assert unregistered == {}


def test_the_github_settings_the_docs_name_are_the_workflows_own() -> None:
    assert {"OSSIAC_PLANS_KEY", "OSSIAC_ALLOW_DESTROY"} <= _github_settings()
    # Role ARNs are no repository settings: each stack's synthesized JSON names its roles (pr-to-production.md).
    assert not {"OSSIAC_PLAN_ROLE_ARN", "OSSIAC_DRIFT_ROLE_ARN", "OSSIAC_OIDC_PROVIDER_ARN"} & _github_settings()
    assert "OSSIAC_TARGET" not in _github_settings() - set(_names_in(_sources()))  # ossiac reads it: registered


def test_every_registered_variable_is_used_by_the_code() -> None:
    used = _names_in({file: text for file, text in _sources().items() if file != "ossiac/settings.py"})
    assert sorted(set(settings.BY_NAME) - set(used)) == []


def test_the_code_reads_ossiac_variables_through_the_registry() -> None:
    direct = [f"{file}: {m.group(0)}" for file, text in _sources().items() for m in DIRECT_READ.finditer(text)]
    assert direct == [], "read it with ossiac.settings.value(NAME)"


def test_values_come_from_the_environment_else_the_registered_default(monkeypatch) -> None:
    monkeypatch.delenv("OSSIAC_TARGET", raising=False)
    assert settings.value("OSSIAC_TARGET") == "local"
    monkeypatch.setenv("OSSIAC_TARGET", "")
    assert settings.value("OSSIAC_TARGET") == "local"  # empty is unset
    monkeypatch.setenv("OSSIAC_TARGET", "alicloud")
    assert settings.value("OSSIAC_TARGET") == "alicloud"
    assert settings.value("OSSIAC_TARGET", {"OSSIAC_TARGET": " x "}) == " x "  # as given: the reader checks it
    assert settings.value("OSSIAC_JOBS", {}) is None  # its default is worked out (the cores)
    with pytest.raises(KeyError, match="OSSIAC_NOT_A_SETTING is not a registered setting: add it to ossiac/settings"):
        settings.value("OSSIAC_NOT_A_SETTING")


def test_the_synth_cache_ignores_exactly_what_the_registry_says_synth_does_not_read() -> None:
    ours = {name for name in synth_cache.IGNORED_ENV if name.startswith(settings.PREFIX)}
    assert ours == {s.name for s in settings.SETTINGS if not s.affects_synth}
    assert "OSSIAC_JOBS" in ours and "OSSIAC_TARGET" not in ours


def test_docs_settings_md_holds_the_rendered_table() -> None:
    text = (REPO_ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    table = "".join(line + "\n" for line in text.splitlines() if line.startswith("|"))
    assert table == settings.markdown_table(), "regenerate it: python -m ossiac.settings"
    assert len(settings.markdown_table().splitlines()) == len(settings.SETTINGS) + 2


def test_the_registry_is_well_formed() -> None:
    assert len(settings.BY_NAME) == len(settings.SETTINGS)  # no name twice
    for s in settings.SETTINGS:
        assert s.name.startswith(settings.PREFIX) and NAME.fullmatch(s.name)
        assert s.doc and "|" not in s.doc and "\n" not in s.doc
        assert (s.default is None) != (s.default_doc == ""), f"{s.name}: a literal default or a description, not both"
