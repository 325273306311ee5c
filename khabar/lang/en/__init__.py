"""English (``en``) language data. Constants only; see ``norm.py`` for normalization tables."""

WRITING_SYSTEM = {"direction": "ltr", "has_case": True}
