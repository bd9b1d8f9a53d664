"""The field-label vocabulary is data: loaded, validated, and refused with where it is wrong."""

import json

import pytest

from pipeline.errors import CatalogError
from pipeline.extract.fields.vocabulary import FIELD_LABELS_PATH, load_field_labels


def _write(tmp_path, data):
    path = tmp_path / "field_labels.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_shipped_labels_load_and_name_every_reconciled_kind():
    labels = load_field_labels()
    assert "甲方" in labels.party_labels["contract"]["customer"]
    assert labels.required_fields["payment_proof"] == ("amount_yuan", "date", "payer", "payee")
    # every role a note can give is a role the kind has labels for
    for kind, pairs in labels.role_note_words.items():
        assert {role for _, role in pairs} <= set(labels.party_labels[kind])
    assert "单号" not in labels.every_label()      # too short to end another label's value


def test_a_role_outside_the_vocabulary_is_refused_with_its_path(tmp_path):
    data = json.loads(FIELD_LABELS_PATH.read_text(encoding="utf-8"))
    data["party_labels"]["contract"]["buyer"] = ["买方"]
    with pytest.raises(CatalogError, match=r"party_labels\.contract"):
        load_field_labels(_write(tmp_path, data))


def test_an_empty_label_list_is_refused(tmp_path):
    data = json.loads(FIELD_LABELS_PATH.read_text(encoding="utf-8"))
    data["total_labels"] = []
    with pytest.raises(CatalogError, match="total_labels"):
        load_field_labels(_write(tmp_path, data))


def test_unreadable_json_is_a_catalog_error(tmp_path):
    path = tmp_path / "field_labels.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(CatalogError, match="field_labels.json"):
        load_field_labels(path)
