"""The eval's seal score: a ring recognised by its words (a bank's, a tendering agency's) is
right when it is taken for one of that role, not when its reading spells the name whole."""

from __future__ import annotations

from pipeline.results.evaluate import Evaluation, score_seals


def _truth(name: str, role: str) -> dict:
    return {"documents": [{"path": "成交通知书.pdf", "rendering": "scan",
                           "seals": [{"page": 1, "x": 0.6, "y": 0.5, "name": name, "role": role}]}]}


def _report(match: dict | None) -> dict:
    return {"documents": [{"path": "成交通知书.pdf", "seal_pages": [1],
                           "seals": [{"page": 1, "box": [0.5, 0.4, 0.7, 0.6], "ring_text": "", "match": match}]}]}


def test_an_agency_seal_taken_for_an_agency_is_matched_right():
    ev = Evaluation()
    score_seals("s", _truth("天津蓝海招标代理有限公司", "agency"),
                _report({"party": "天津蓝海招标代理有限公", "role": "agency"}), ev)
    assert ev.seals.found == 1 and ev.seals.party_right == 1
    ev = Evaluation()
    score_seals("s", _truth("天津蓝海招标代理有限公司", "agency"),
                _report({"party": "天津蓝海招标代理有限公司", "role": "customer"}), ev)
    assert ev.seals.found == 1 and ev.seals.party_right == 0
