"""The applicant's declaration: 申报信息.xlsx (or declaration.json) read into typed records.

`reader` finds and reads it whatever its form; `workbook` reads the hand-filled workbook (sheet,
row and column named in every error), `cells` turns one cell into a typed value, `layout` says
which sheets and columns there are, `json_form` reads and writes declaration.json. Credit codes
are normalised here but never validated (that produces gaps elsewhere)."""

from pipeline.ingest.declaration.cells import (parse_amount_wan, parse_cell_date, parse_count, parse_flag,
                                               parse_phase, wan_to_yuan, yuan_to_wan_text)
from pipeline.ingest.declaration.json_form import declaration_to_json, read_declaration_json
from pipeline.ingest.declaration.layout import (DECLARATION_JSON, DECLARATION_WORKBOOK, PHASE_ASSESSMENT,
                                                PHASE_SUPPORT, SCHEMA_PATH, SECTION_SHEETS)
from pipeline.ingest.declaration.reader import find_declaration, read_declaration, require_sections
from pipeline.ingest.declaration.workbook import read_workbook

__all__ = ["DECLARATION_JSON", "DECLARATION_WORKBOOK", "PHASE_ASSESSMENT", "PHASE_SUPPORT", "SCHEMA_PATH",
           "SECTION_SHEETS", "declaration_to_json", "find_declaration", "parse_amount_wan", "parse_cell_date",
           "parse_count", "parse_flag", "parse_phase", "read_declaration", "read_declaration_json",
           "read_workbook", "require_sections", "wan_to_yuan", "yuan_to_wan_text"]
