"""Stage 1: what the applicant gave: the submission (folder or zip, opened safely) and the declaration."""
