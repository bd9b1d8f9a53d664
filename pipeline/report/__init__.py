"""Stage 7: report.json and what people read: vocabulary, HTML, gaps.csv, summary.xlsx, explain, decisions."""
