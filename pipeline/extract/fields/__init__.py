"""Fields of one classified document: label-driven, with provenance and cross-checks.

Documents label what they state (甲方：…, 合同编号：…, 金额（小写）…). We find the labels
(`vocabulary`, data), read the value that follows on the line or below it (`hits`), and read
each family of values in its own module: `parties`, `amounts`, `dates`, `numbers`, `outcomes`,
`titles`, `solutions`; `assemble` puts one document's fields together. Values are checked
against each other (a 大写 amount must agree with its 小写 twin, a credit code must pass its
checksum); one that fails keeps a `review_reason` and may be re-read by a second OCR engine
through the `reread` callback before we give up on it (`doubt` says which are worth it).
"""

from pipeline.extract.fields.amounts import Reread, amount_text
from pipeline.extract.fields.assemble import classify_document, extract_fields, settle_batch
from pipeline.extract.fields.doubt import DOUBTFUL_CONFIDENCE, doubtful_fields, missing_required
from pipeline.extract.fields.parties import PARTY_LABELS
from pipeline.extract.fields.solutions import find_solution

__all__ = ["DOUBTFUL_CONFIDENCE", "PARTY_LABELS", "Reread", "amount_text", "classify_document", "doubtful_fields",
           "extract_fields", "find_solution", "missing_required", "settle_batch"]
