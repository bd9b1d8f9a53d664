"""Parsers for the values evidence documents state: amounts, dates, credit codes, places."""
