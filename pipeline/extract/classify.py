"""Document kind from what the document states (file names are never consulted).

Each kind is defined as data (`pipeline/catalogs/vocabularies/document_kinds.json`, validated by
`schemas/document_kinds.schema.json`): the titles it gives itself, the statements that make
it evidence (a payment happened from A to B; the customer accepted the project; the customer
chose the supplier) and supporting cues. Titles weigh most, because bodies cross-reference
each other (a contract has an acceptance clause, an acceptance report quotes the contract);
statements are read in the body with line breaks removed, so a sentence wrapped over lines
still counts. A kind wins with a score and a margin over the next; a document that reaches
neither is `other` and *not recognised*, which later stages treat as "needs review", never
as proof that evidence is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


from pipeline.catalogs import CATALOG_DIR, read_validated_json
from pipeline.errors import CatalogError
from pipeline.extract.script_forms import fold_traditional

VOCABULARY_PATH = CATALOG_DIR / "vocabularies" / "document_kinds.json"


@dataclass(frozen=True)
class Signal:
    pattern: re.Pattern[str]
    weight: float
    means: str = ""
    fallback: bool = False   # counted only when no other statement of the kind is found


@dataclass(frozen=True)
class RowList:
    pattern: re.Pattern[str]
    min_rows: int
    weight: float
    means: str
    context: re.Pattern[str] | None = None   # what else the text must state (the event of a roster)


@dataclass(frozen=True)
class KindSpec:
    kind: str
    label: str
    titles: tuple[re.Pattern[str], ...]
    statements: tuple[Signal, ...]
    cues: tuple[Signal, ...]
    title_required_factor: float | None = None
    # headings of the part that carries the evidence (参会企业名单), read on any heading line
    part_titles: tuple[re.Pattern[str], ...] = ()
    # rows that together carry the evidence (a roster of organisations), whatever the title
    row_lists: tuple["RowList", ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    kinds: tuple[KindSpec, ...]
    thresholds: dict[str, float]
    # a kind's name followed by a field word (合同号 X) names a field of another document, and a
    # row that opens with a field label (项目名称 …) holds values: neither is the document's title
    label_after_name: re.Pattern[str] | None = None
    label_row_opening: re.Pattern[str] | None = None

    def spec(self, kind: str) -> KindSpec:
        return next(k for k in self.kinds if k.kind == kind)


@dataclass(frozen=True)
class Classification:
    doc_type: str
    confidence: float
    scores: dict[str, float]
    recognised: bool = True                 # False: no kind reached its score and margin
    statements: tuple[str, ...] = field(default_factory=tuple)   # what the winner was seen to state


def load_vocabulary(path: Path = VOCABULARY_PATH) -> Vocabulary:
    """The vocabulary at `path`, refused with `file: json-path: message` when it fails its schema
    or holds a pattern Python cannot compile."""
    data = read_validated_json(path, "document_kinds.schema.json", "document vocabulary")

    def compiled(pattern: str, where: str) -> re.Pattern[str]:
        try:
            return re.compile(pattern)
        except re.error as exc:
            raise CatalogError(f"{path}: {where}: not a valid pattern ({exc})") from exc

    kinds = []
    for kind, spec in data["kinds"].items():
        base = f"$.kinds.{kind}"
        kinds.append(KindSpec(
            kind=kind, label=spec["label"],
            titles=tuple(compiled(p, f"{base}.titles[{i}]") for i, p in enumerate(spec["titles"])),
            statements=tuple(Signal(compiled(s["pattern"], f"{base}.statements[{i}]"), s["weight"], s["means"],
                                    s.get("fallback", False))
                             for i, s in enumerate(spec["statements"])),
            cues=tuple(Signal(compiled(c["pattern"], f"{base}.cues[{i}]"), c["weight"])
                       for i, c in enumerate(spec["cues"])),
            title_required_factor=spec.get("title_required_factor"),
            part_titles=tuple(compiled(p, f"{base}.part_titles[{i}]")
                              for i, p in enumerate(spec.get("part_titles", ()))),
            row_lists=tuple(RowList(compiled(r["pattern"], f"{base}.row_lists[{i}]"), r["min_rows"], r["weight"], r["means"],
                                    compiled(r["context"], f"{base}.row_lists[{i}].context") if "context" in r else None)
                            for i, r in enumerate(spec.get("row_lists", ()))),
        ))
    labels = data.get("field_labels") or {}
    return Vocabulary(tuple(kinds), dict(data["thresholds"]),
                      compiled(labels["after_name"], "$.field_labels.after_name") if labels else None,
                      compiled(labels["row_opening"], "$.field_labels.row_opening") if labels else None)


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    return load_vocabulary()


def kind_label(kind: str) -> str:
    """What a reviewer calls the kind (付款证明, 会议材料), from the vocabulary."""
    return next((k.label for k in default_vocabulary().kinds if k.kind == kind), kind)


def kind_title_patterns(kind: str) -> tuple[re.Pattern[str], ...]:
    """The titles a kind gives itself, from the vocabulary (none for an unknown kind)."""
    vocabulary = default_vocabulary()
    return next((k.titles for k in vocabulary.kinds if k.kind == kind), ())


_SPACE_NOT_BETWEEN_WORDS = re.compile(r"(?<![A-Za-z0-9]) +| +(?![A-Za-z0-9])")


def title_lines(text: str, count: int | None = None) -> list[str]:
    count = count or int(default_vocabulary().thresholds["title_lines"])
    # letter-spacing goes (合 同 → 合同); a space between two Latin words stays (Payment Receipt)
    lines = [_SPACE_NOT_BETWEEN_WORDS.sub("", ln) for ln in text.splitlines() if ln.strip()]
    return lines[:count]


def _title_hits(titles: list[str], vocab: Vocabulary) -> dict[str, tuple[int, int, int]]:
    """Per kind, the first title line naming it: (line, start, end) of the longest name there."""
    th = vocab.thresholds
    out: dict[str, tuple[int, int, int]] = {}
    for spec in vocab.kinds:
        for i, line in enumerate(titles):
            if _title_length(line) > th["title_max_chars"]:
                # a heading followed on its line by its date (and place) is still a heading:
                # 来宾登记册 2024年2月22日 XX报告厅; the part before the date is the title
                dated = _FULL_DATE.search(line)
                if dated and dated.start() >= 2 and not _CLAUSE_MARK.search(line[:dated.start()]):
                    line = line[:dated.start()]
            headed = False
            if _title_length(line) > th["title_max_chars"]:
                # a long line is prose that happens to mention a word, unless it is a long
                # heading: no sentence in it and it ends in the kind's name, a meeting's full
                # name before its head noun (…交流会（第二期）参会单位签到表)
                if _CLAUSE_MARK.search(line) or _title_length(line) > th.get("heading_max_chars", 0):
                    continue
                headed = True
            if _FIGURE_IN_LINE.search(line):
                continue    # a line stating a sum is a table row (印花税 买卖合同 648.00), not a title
            if vocab.label_row_opening is not None and vocab.label_row_opening.search(line):
                continue    # 项目名称 … 项目合同编号 …: a form's row of values, not a title
            # a copy's designation (回单联, 第二联, 副本) says which copy, not which kind
            line = _TITLE_NOTE.sub("", line) or line
            found = [m for p in spec.titles for m in [p.search(line)] if m and not _names_a_field(line, m, vocab)
                     and (not headed or _ends_heading(line, m))]
            if found:
                m = max(found, key=lambda m: m.end() - m.start())
                out[spec.kind] = (i, m.start(), m.end())
                break
    return out


_TRAILING_NOTES = re.compile(r"(?:\s*[（(][^（）()]{1,12}[）)])+\s*$|\s+$")


def _ends_heading(line: str, m: re.Match[str]) -> bool:
    """The name closes the line, but for bracketed notes after it (（第二期）（录音整理稿）): the
    head noun of a long heading comes last, a word inside it only qualifies it."""
    return _TRAILING_NOTES.sub("", line[m.end():]) == ""


def _names_a_field(line: str, m: re.Match[str], vocab: Vocabulary) -> bool:
    """The kind's name is a field label here (合同号, 合同金额, Agreement No.): the line cites
    another document of that kind, it does not title this one."""
    return vocab.label_after_name is not None and bool(vocab.label_after_name.match(line, m.end()))


# An English gloss beside a title (OUTWARD REMITTANCE ADVICE 汇出汇款通知) does not make the line
# prose: each run of Latin letters counts as one character of its length.
_LATIN_RUN = re.compile(r"[A-Za-z]+")


def _title_length(line: str) -> int:
    return len(_LATIN_RUN.sub("A", line))


_CLAUSE_MARK = re.compile(r"[，。；,;]")    # a sentence, not a heading
_FULL_DATE = re.compile(r"\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}")
_TITLE_NOTE = re.compile(r"[（(][^（）()]{0,6}(?:联|副本|正本|存根|复印件)[）)]")
_FIGURE_IN_LINE = re.compile(r"\d[\d,]*\.\d{2}(?![\d%％])|[¥￥]\s*\d")


def _modifier(kind: str, hit: tuple[int, int, int], named: dict[str, tuple[int, int, int]]) -> bool:
    """A kind named before another on the same title line qualifies it: in 团体标准制定项目计划的通知
    or 采购合同验收单 the last name is the head noun (a notice, an acceptance), the first its subject."""
    line, _start, end = hit
    return any(other != kind and o_line == line and o_start >= end
               for other, (o_line, o_start, _o_end) in named.items())


def _outnamed(kind: str, hit: tuple[int, int, int], named: dict[str, tuple[int, int, int]]) -> bool:
    """A title that is part of a longer title of another kind on the same line names that kind,
    not this one: 专业分包合同 is a subcontract, although it ends in 合同."""
    line, start, end = hit
    return any(other != kind and o_line == line and o_start <= start and end <= o_end
               and (o_end - o_start) > (end - start)
               for other, (o_line, o_start, o_end) in named.items())


def _part_titled(text: str, spec: KindSpec, th: dict[str, float]) -> bool:
    """Some heading line of the document (short, no sentence in it) names the part that carries
    the kind's evidence."""
    if not spec.part_titles:
        return False
    for line in title_lines(text, 10 ** 6):
        if _title_length(line) > th["title_max_chars"] or _CLAUSE_MARK.search(line):
            continue
        if any(p.search(line) for p in spec.part_titles):
            return True
    return False


def classify_text(text: str, vocabulary: Vocabulary | None = None) -> Classification:
    """The document kind, a confidence from how far the best score leads the next, and whether
    the document was recognised at all."""
    vocab = vocabulary or default_vocabulary()
    th = vocab.thresholds
    text = fold_traditional(text)     # a text in traditional characters (合約書) is read in simplified ones
    titles = title_lines(text, int(th["title_lines"]))
    compact = text.replace(" ", "")
    prose = compact.replace("\n", "")    # sentences wrap; a statement is read across line ends
    # the same prose with the spaces between Latin words kept: an English statement (this
    # agreement is made) needs them, a Chinese one reads the same in either
    spaced = _SPACE_NOT_BETWEEN_WORDS.sub("", re.sub(r"\s+", " ", text))
    scores: dict[str, float] = {}
    stated: dict[str, list[str]] = {}
    named = _title_hits(titles, vocab)
    for spec in vocab.kinds:
        score = 0.0
        hit = named.get(spec.kind)
        if hit is not None and not _outnamed(spec.kind, hit, named):
            # the first line that names a kind is the document's title; a later one naming
            # another kind is a part's heading (专业分包合同 / 第一部分 协议书)
            first = min(line for line, _, _ in named.values())
            early = hit[0] < th["early_title_lines"] and hit[0] == first and not _modifier(spec.kind, hit, named)
            score += th["title_weight"] * (1.0 if early else th["late_title_factor"])
        titled = score > 0
        for signal in spec.statements:
            if signal.fallback and spec.kind in stated:
                continue     # the kind's own wording was found: its general form adds nothing
            hits = max(len(signal.pattern.findall(prose)), len(signal.pattern.findall(spaced)))
            if hits:
                score += signal.weight * min(hits, th["statement_hits_cap"]) ** 0.5
                stated.setdefault(spec.kind, []).append(signal.means)
        if not titled and spec.kind in stated and _part_titled(text, spec, th):
            # a paper titled only by its genre (证明, 工作日志) that states the kind's fact (a
            # meeting was held) and carries the part that evidences it (the list of those who
            # attended) is of that kind, as if that part's heading were a later title
            score += th["title_weight"] * th["late_title_factor"]
            titled = True
        for rows in spec.row_lists:
            if (rows.context is None or rows.context.search(compact)) and \
                    sum(1 for line in text.splitlines() if rows.pattern.search(line)) >= rows.min_rows:
                # the paper carries the kind's evidence itself (the roster of those who came):
                # that part titles it, whatever its own title says
                score += rows.weight
                stated.setdefault(spec.kind, []).append(rows.means)
                titled = True
        for signal in spec.cues:
            hits = len(signal.pattern.findall(compact))
            score += signal.weight * min(hits, th["cue_hits_cap"]) ** 0.5
        if not titled and spec.title_required_factor is not None:
            score *= spec.title_required_factor
        scores[spec.kind] = round(score, 2)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, best_score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score < th["min_score"]:
        return Classification("other", round(best_score / th["min_score"] / 2, 3), scores, recognised=False)
    lead = (best_score - second) / best_score
    confidence = min(1.0, 0.5 + lead / 2)
    recognised = lead >= th["recognised_margin"]
    return Classification(best, round(confidence, 3), scores, recognised=recognised,
                          statements=tuple(stated.get(best, ())))
