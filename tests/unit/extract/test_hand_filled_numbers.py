"""A printed form's number blank filled by hand: the writing sits a little above or below the
printed label, right of it, and is read as a line of its own (pages built for these tests)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from helpers.textdocs import grid_page  # noqa: E402

from pipeline.extract.fields.numbers import extract_contract_no  # noqa: E402
from pipeline.models import Document  # noqa: E402


def _doc(rows) -> Document:
    return Document(path="x.jpg", sha256="0", pages=[grid_page(rows, method="ocr:rapidocr")], doc_type="subcontract")


def test_a_hand_written_number_above_its_printed_label_is_the_number():
    doc = _doc([[("设备安装分包合同（示范文本）", 0.30, 0.05)],
                [("GZ-2021-0907", 0.62, 0.088)],
                [("编号：", 0.55, 0.095)],
                [("发包方（甲方）：丙东重工有限公司", 0.10, 0.13)]])
    assert extract_contract_no(doc).value == "GZ-2021-0907"


def test_a_hand_written_number_alone_on_the_line_beside_its_label_is_the_number():
    doc = _doc([[("设备安装分包合同（示范文本）", 0.30, 0.05)],
                [("GZ-2021-0907", 0.40, 0.088)],
                [("编号：", 0.70, 0.095)],
                [("发包方（甲方）：丙东重工有限公司", 0.10, 0.13)]])
    assert extract_contract_no(doc).value == "GZ-2021-0907"


def test_a_line_far_from_an_empty_label_is_not_its_value():
    doc = _doc([[("GZ-2021-0907", 0.62, 0.02)],
                [("设备安装分包合同（示范文本）", 0.30, 0.20)],
                [("编号：", 0.55, 0.40)],
                [("发包方（甲方）：丙东重工有限公司", 0.10, 0.60)]])
    found = extract_contract_no(doc)
    assert found is None or found.value != "GZ-2021-0907"
