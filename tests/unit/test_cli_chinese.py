"""The command line speaks Chinese: help, argparse's own words, argument errors (exit 2, one
line after the usage, never a traceback), and outputs that cannot be written are refused before
any work (issue 14)."""

from __future__ import annotations

import argparse
import re

import pytest

from pipeline.cli import main as cli
from pipeline.cli.chinese_argparse import wrap
from pipeline.errors import EXIT_CANNOT_RUN, JinzhengError

CJK = re.compile(r"[\u4e00-\u9fff]")
ARGPARSE_ENGLISH = ("usage:", "options:", "positional arguments", "optional arguments",
                    "show this help", "error:", "the following arguments", "invalid choice",
                    "unrecognized arguments", "expected one argument", "not allowed with",
                    "is required", "invalid int value", "invalid float value")


def _parsers():
    cli._load_extensions()
    root = cli.build_parser()
    (sub,) = [a for a in root._actions if isinstance(a, argparse._SubParsersAction)]
    return root, sub


def test_every_command_and_option_has_chinese_help() -> None:
    root, sub = _parsers()
    missing = []
    for name, parser in [("jinzheng", root), *sub.choices.items()]:
        if name != "jinzheng" and not CJK.search(parser.description or ""):
            missing.append(f"{name}: description")
        for action in parser._actions:
            if action.help is argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
                continue
            if not CJK.search(action.help or ""):
                missing.append(f"{name} {'/'.join(action.option_strings) or action.dest}")
    for choice in sub._choices_actions:
        if not CJK.search(choice.help or ""):
            missing.append(f"{choice.dest}: summary")
    assert not missing, missing


def test_help_pages_have_no_english_argparse_words() -> None:
    root, sub = _parsers()
    for name, parser in [("jinzheng", root), *sub.choices.items()]:
        text = parser.format_help()
        assert text.startswith("用法："), name
        assert "选项" in text, name
        for words in ARGPARSE_ENGLISH:
            assert words not in text, (name, words)


def test_help_exits_0_in_chinese(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["verify", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：jinzheng verify") and "显示本帮助并退出" in out and "--out DIR" in out


@pytest.mark.parametrize("argv, words", [
    ([], "缺少必需的参数"),
    (["verfy"], "无效的取值 'verfy'"),
    (["verify"], "缺少必需的参数：SUBMISSION, --out"),
    (["verify", "x", "--out"], "参数 --out：需要一个值"),
    (["verify", "x", "--out", "o", "--bogus"], "无法识别的参数：--bogus"),
    (["verify", "x", "--out", "o", "--workers", "abc"], "参数 --workers：应为整数"),
    (["verify", "x", "--out", "o", "--timeout", "-3"], "参数 --timeout："),
    (["verify", "x", "--out", "o", "--ocr", "abbyy"], "参数 --ocr：无效的取值 'abbyy'"),
    (["review", "x", "--gap", "k", "--reviewer", "r", "--reason", "t"], "--accept --dismiss 中必须给出一个"),
    (["review", "x", "--gap", "k", "--accept", "--dismiss", "--reviewer", "r", "--reason", "t"],
     "不能与参数 --accept 同时使用"),
    (["gaps", "--status", "open"], "参数 --status：无效的取值"),
    (["nightly"], "缺少必需的参数：--inbox"),
    (["extract"], "缺少必需的参数：FILE"),
])
def test_argument_errors_are_one_chinese_line_after_the_usage_exit_2(capsys, argv, words) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    assert info.value.code == 2                      # argparse's own code, as the README says
    err = capsys.readouterr().err
    assert err.startswith("用法：jinzheng") and "Traceback" not in err
    last = err.rstrip("\n").splitlines()[-1]
    assert re.match(r"jinzheng[\w -]*：错误：", last), last
    assert words in last
    usage_lines = [line for line in err.splitlines()[:-1]]
    assert all(line.startswith(("用法：", " ")) for line in usage_lines)
    for english in ARGPARSE_ENGLISH:
        assert english not in err, english


def test_other_argparse_users_keep_their_own_words() -> None:
    """The translation is installed only while our parser works: pytest's or Prefect's stay."""
    with pytest.raises(SystemExit):
        cli.main(["verify"])
    other = argparse.ArgumentParser(prog="other")
    assert other.format_usage().startswith("usage: other")
    assert "show this help message and exit" in other.format_help()


def test_wrap_counts_chinese_as_two_columns() -> None:
    lines = wrap("核验收件箱中的每份申报材料（子文件夹或 .zip），各份结果写到 DIR", 20)
    assert all(sum(2 if CJK.match(c) or c in "（），" else 1 for c in line) <= 20 for line in lines)
    assert "".join(lines).replace(" ", "") == "核验收件箱中的每份申报材料（子文件夹或.zip），各份结果写到DIR"
    assert not any(line.startswith(("，", "）")) for line in lines)


# ---- outputs are checked before any work -------------------------------------------------------


@pytest.fixture
def a_file(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("an existing file", encoding="utf-8")
    return path


def _no_work(*args, **kwargs):
    raise AssertionError("work started before the outputs were checked")


@pytest.mark.parametrize("out", ["file", "below_file"])
def test_verify_out_naming_a_file_is_refused_before_any_work(monkeypatch, capsys, tmp_path, a_file, out):
    import pipeline.results.verify as verify

    monkeypatch.setattr(verify, "verify_submission", _no_work)
    target = a_file if out == "file" else a_file / "sub"
    (tmp_path / "submission").mkdir()
    code = cli.main(["verify", str(tmp_path / "submission"), "--out", str(target)])
    err = capsys.readouterr().err
    assert code == EXIT_CANNOT_RUN and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert f"--out {target}" in err and ("不是文件夹" in err)


def test_verify_batch_out_naming_a_file_is_refused_before_any_work(monkeypatch, capsys, tmp_path, a_file):
    import pipeline.results.verify as verify

    monkeypatch.setattr(verify, "verify_submission", _no_work)
    (tmp_path / "inbox" / "acme").mkdir(parents=True)
    code = cli.main(["verify-batch", str(tmp_path / "inbox"), "--out", str(a_file), "-q"])
    err = capsys.readouterr().err
    assert code == EXIT_CANNOT_RUN and f"--out {a_file} 是一个已存在的文件" in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["nightly", "serve"])
def test_nightly_out_naming_a_file_is_refused_before_prefect_starts(monkeypatch, capsys, tmp_path, a_file,
                                                                     command):
    import flows.cli

    cli._load_extensions()
    monkeypatch.setattr(flows.cli, "_prefect_environment", _no_work)
    (tmp_path / "inbox").mkdir()
    code = cli.main([command, "--inbox", str(tmp_path / "inbox"), "--out", str(a_file), "-q"]
                    if command == "nightly" else
                    [command, "--inbox", str(tmp_path / "inbox"), "--out", str(a_file)])
    err = capsys.readouterr().err
    assert code == EXIT_CANNOT_RUN and f"--out {a_file} 是一个已存在的文件" in err


def test_eval_json_naming_a_folder_is_refused_before_any_work(monkeypatch, capsys, tmp_path):
    import pipeline.results.evaluate as evaluate

    monkeypatch.setattr(evaluate, "find_samples", _no_work)
    code = cli.main(["eval", str(tmp_path), "--json", str(tmp_path)])
    assert code == EXIT_CANNOT_RUN and "--json" in capsys.readouterr().err


def test_verify_of_the_workbook_asks_for_its_folder(capsys, tmp_path) -> None:
    from helpers.workbooks import build, standard_sheets

    folder = tmp_path / "申报材料"
    folder.mkdir()
    workbook = build(folder / "申报信息.xlsx", standard_sheets())
    code = cli.main(["verify", str(workbook), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == EXIT_CANNOT_RUN
    assert "请给出包含它的文件夹" in err and str(folder) in err and "没有找到申报信息" not in err


def test_library_words_in_an_error_go_to_the_log(monkeypatch, capsys, tmp_path) -> None:
    def fails(args):
        try:
            raise FileExistsError(17, "File exists", "/srv/out")
        except OSError as exc:
            raise JinzhengError(f"夜间核验未能完成：{type(exc).__name__}: {exc}") from exc

    monkeypatch.setenv("JINZHENG_LOG_DIR", str(tmp_path))
    cli._load_extensions()
    monkeypatch.setitem(cli.COMMANDS, "status", fails)
    code = cli.main(["status", "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == EXIT_CANNOT_RUN and len(err.strip().splitlines()) == 1
    assert err.startswith("jinzheng: 夜间核验未能完成") and "FileExistsError" not in err
    (log,) = tmp_path.glob("jinzheng-*.log")
    assert str(log) in err and "FileExistsError" in log.read_text(encoding="utf-8")


def test_cache_dir_naming_a_file_is_refused_before_any_work(monkeypatch, capsys, tmp_path, a_file):
    import pipeline.results.verify as verify

    monkeypatch.setattr(verify, "verify_submission", _no_work)
    (tmp_path / "submission").mkdir()
    code = cli.main(["verify", str(tmp_path / "submission"), "--out", str(tmp_path / "out"),
                     "--cache-dir", str(a_file)])
    assert code == EXIT_CANNOT_RUN and f"--cache-dir {a_file} 是一个已存在的文件" in capsys.readouterr().err
