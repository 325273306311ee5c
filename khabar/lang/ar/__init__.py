"""Arabic (``ar``) language data. Constants only; see ``norm.py`` for normalization tables."""

WRITING_SYSTEM = {"direction": "rtl", "has_case": False}
