"""Search keys shared by the FTS index and queries, so Arabic and Persian spellings meet.

Both sides go through the same key function: script normalization (Arabic rules, which
also fold Persian ی/ک into ي/ك, so a query in either script finds both), and a light
clitic stemmer for Arabic-script tokens (و ف ب ل ك ال لل prefixes, ها/های plural suffixes),
whose stems are indexed in a separate column.
"""

from __future__ import annotations

import regex

from khabar.text.normalize import normalize, normalize_key

_TOKEN = regex.compile(r"[\p{L}\p{N}\p{M}]+")
_ARTICLE = ("وال", "فال", "بال", "كال", "لل", "ال")  # clitic + article, then the article alone
_CLITIC = ("و", "ف", "ب", "ل", "ك")  # one-letter clitics: ambiguous, so stripped on the index side only
_FA_SUFFIXES = ("هايي", "هاي", "ها")  # keys fold Persian ی to ي
_ARABIC = regex.compile(r"\p{Arabic}")


def key(text: str) -> str:
    """The normalized form stored in the FTS columns."""
    return normalize_key(text, "ar").replace("\u200c", " ")


def strip_article(token: str) -> str:
    """Remove a leading article (with its clitic) when a stem of 2+ letters remains."""
    if _ARABIC.match(token):
        for p in _ARTICLE:
            if token.startswith(p) and len(token) - len(p) >= 2:
                return token[len(p) :]
    return token


def variants(token: str) -> set[str]:
    """Every plausible clitic-free form of an indexed token (index side; over-generation is harmless)."""
    out = {token}
    if not _ARABIC.match(token):
        return out
    bare = strip_article(token)
    out.add(bare)
    for c in _CLITIC:
        if token.startswith(c) and len(token) - 1 >= 3:
            out.add(token[1:])
    for form in list(out):
        for suffix in _FA_SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                out.add(form[: -len(suffix)])
                break
    return out


def stems(text_key: str) -> str:
    """Space-joined variants of every token in a key (for the ``stems`` FTS column)."""
    seen: dict[str, None] = {}
    for t in _TOKEN.findall(text_key):
        for v in variants(t):
            seen[v] = None
    return " ".join(seen)


def fts_query(query: str) -> str:
    """Turn a user query into a safe FTS5 expression.

    Each word must match, either as written (normalized) or, without its article, among the
    indexed clitic-free variants. Words in double quotes stay a phrase. FTS5 syntax in user
    input is neutralized: only quoted tokens reach the engine.
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
            parts.append(f'({{title body}} : "{tok}" OR stems : "{strip_article(tok)}")')
    return " AND ".join(parts)


def query_terms(query: str) -> list[str]:
    """The normalized, article-free terms of a query (for highlighting)."""
    return [strip_article(t) for t in _TOKEN.findall(key(query.replace('"', " ")))]


def snippet(text: str, query: str, *, width: int = 70) -> str:
    """A window of the ORIGINAL text around the first query term, the term in [brackets].

    Matching runs on the normalized key (so spellings and clitics meet) and the offsets map
    the hit back to the characters the article really has.
    """
    norm = normalize(text, "ar")
    terms = [t for t in query_terms(query) if t]
    best: tuple[int, int] | None = None
    for t in terms:
        for m in regex.finditer(r"\p{L}*" + regex.escape(t) + r"\p{L}*", norm.text):
            if best is None or m.start() < best[0]:
                best = (m.start(), m.end())
            break
    if best is None:
        return text[: 2 * width].replace("\n", " ") + ("…" if len(text) > 2 * width else "")
    a, b = norm.to_original(*best)
    lo, hi = max(0, a - width), min(len(text), b + width)
    out = ("…" if lo else "") + text[lo:a] + "[" + text[a:b] + "]" + text[b:hi] + ("…" if hi < len(text) else "")
    return out.replace("\n", " ")
