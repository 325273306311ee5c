"""Search keys shared by the FTS index and queries, so Arabic and Persian spellings meet.

Both sides go through the same key function: script normalization (Arabic rules, which
also fold Persian ی/ک into ي/ك, so a query in either script finds both), and a light
clitic stemmer for Arabic-script tokens (و ف ب ل ك ال لل prefixes, ها/های plural suffixes),
whose stems are indexed in a separate column.
"""

from __future__ import annotations

import regex

from khabar.text.normalize import normalize_key

_TOKEN = regex.compile(r"[\p{L}\p{N}\p{M}]+")
_AR_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_FA_SUFFIXES = ("هایی", "های", "ها")
_ARABIC = regex.compile(r"\p{Arabic}")


def key(text: str) -> str:
    """The normalized form stored in the FTS columns."""
    return normalize_key(text, "ar").replace("\u200c", " ")


def stem(token: str) -> str:
    """Strip one layer of attached clitics from an Arabic-script token (keys only)."""
    if not _ARABIC.match(token):
        return token
    for p in _AR_PREFIXES:
        if token.startswith(p) and len(token) - len(p) >= 3:
            token = token[len(p) :]
            break
    for s in _FA_SUFFIXES:
        if token.endswith(s) and len(token) - len(s) >= 3:
            token = token[: -len(s)]
            break
    return token


def stems(text_key: str) -> str:
    """Space-joined stems of every token in a key (for the ``stems`` FTS column)."""
    return " ".join(stem(t) for t in _TOKEN.findall(text_key))


def fts_query(query: str) -> str:
    """Turn a user query into a safe FTS5 expression.

    Each word must match, either as written (normalized) or by its stem. Words in double
    quotes stay a phrase. FTS5 syntax characters in user input are neutralized.
    """
    parts: list[str] = []
    for m in regex.finditer(r'"([^"]+)"|(\S+)', query):
        phrase, word = m.group(1), m.group(2)
        if phrase:
            toks = _TOKEN.findall(key(phrase))
            if toks:
                parts.append('"' + " ".join(toks) + '"')
            continue
        for tok in _TOKEN.findall(key(word or "")):
            s = stem(tok)
            parts.append(f'({{title body}} : "{tok}" OR stems : "{s}")')
    return " AND ".join(parts)
