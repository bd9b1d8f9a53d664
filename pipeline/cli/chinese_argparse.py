"""argparse in Chinese: `用法：`, `选项`, and every usage error in words a reviewer reads.

argparse looks its own words up through `argparse._` / `argparse.ngettext` (gettext) each time
it needs them. `ChineseArgumentParser` puts a translating lookup there only while one of its
own methods runs, so nothing else in the process (pytest, Prefect) sees Chinese. A message this
table does not know (a newer Python's new wording) stays as argparse wrote it; the exit codes
are argparse's own: 2 for a usage error, 0 for --help and --version.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import re
import threading
import unicodedata
from typing import Any, Iterator

ZH: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",          # Python before 3.10
    "subcommands": "命令",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "%s 中必须给出一个",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "unrecognized arguments: %s": "无法识别的参数：%s（选项名请以 --help 所列为准）",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多只能有一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的取值 %(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的值 %(value)r（应为 %(type)s）",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是 %(matches)s",
    "ignored explicit argument %r": "选项不接受值，%r 被忽略",
    "unexpected option string: %s": "意外的选项：%s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知命令 %(parser_name)r（可选：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开「%(filename)s」：%(error)s",
    "cannot have multiple subparser arguments": "不能有多组子命令",
}

_lock = threading.RLock()
_depth = 0
_saved: tuple[Any, Any] | None = None


def translate(message: str) -> str:
    return ZH.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return translate(singular if n == 1 else plural)


@contextlib.contextmanager
def chinese() -> Iterator[None]:
    """argparse speaks Chinese inside this block (re-entrant: help inside parsing is nested)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = (argparse._, argparse.ngettext)
            argparse._ = translate
            argparse.ngettext = _ngettext
        _depth += 1
        try:
            yield
        finally:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                argparse._, argparse.ngettext = _saved
                _saved = None


def _in_chinese(method):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        with chinese():
            return method(*args, **kwargs)
    return wrapper


# an ASCII word or one other character, with the closing punctuation that must not begin a line
_TOKEN = re.compile(r"(?:[\x21-\x7e]+|[^\s\x21-\x7e])[，。、；：）」』》！？,.;:)]*|\s+")


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` terminal columns: Chinese breaks between any two characters
    (a Chinese character takes two columns), English only at spaces."""
    lines: list[str] = []
    line, used = "", 0
    for token in _TOKEN.findall(" ".join(text.split())):
        if token.isspace():
            if line:
                line, used = line + " ", used + 1
            continue
        size = display_width(token)
        if used + size > width and line.strip():
            lines.append(line.rstrip())
            line, used = "", 0
        line, used = line + token, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


class ChineseHelpFormatter(argparse.HelpFormatter):
    """Help text wrapped by display width, so Chinese lines fit the terminal and break
    between characters rather than at the rare space or hyphen."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width))


class ChineseArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (usage, headings, errors) are Chinese; sub-command
    parsers are of the same class (add_subparsers' default parser_class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        with chinese():
            super().__init__(*args, **kwargs)

    add_argument = _in_chinese(argparse.ArgumentParser.add_argument)
    add_subparsers = _in_chinese(argparse.ArgumentParser.add_subparsers)
    parse_args = _in_chinese(argparse.ArgumentParser.parse_args)
    parse_known_args = _in_chinese(argparse.ArgumentParser.parse_known_args)
    format_usage = _in_chinese(argparse.ArgumentParser.format_usage)
    format_help = _in_chinese(argparse.ArgumentParser.format_help)
    error = _in_chinese(argparse.ArgumentParser.error)


# ---- argument types with Chinese messages (argparse's own says "invalid int value") ------------
# 0 keeps meaning "the default", as it did when these options were plain int/float.


def count(text: str) -> int:
    """A whole number, 0 or more."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为整数，而不是「{text}」") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"不能为负数「{text}」")
    return value


def seconds(text: str) -> float:
    """A number of seconds, 0 or more."""
    try:
        value = float(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为秒数（数字），而不是「{text}」") from None
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"应为不小于 0 的有限秒数，而不是「{text}」")
    return value
