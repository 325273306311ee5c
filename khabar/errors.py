"""Coded, actionable errors and issue codes.

Every problem khabar reports carries a code (``E…`` stops a command, ``W…`` is recorded on
one input as an :class:`~khabar.document.Issue` and the batch goes on) and a hint saying
what to do about it. The table below is the single place codes are defined; a test checks
that every code used in the package is listed here.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KhabarError", "CODES", "Code", "message"]


@dataclass(frozen=True)
class Code:
    code: str
    summary: str
    hint: str


_TABLE = (
    # command-level errors
    Code("E001", "input path does not exist", "Check the path; quote paths containing spaces."),
    Code("E002", "nothing could be processed", "See the listed issues; `khabar docs --issues` shows them."),
    Code("E003", "bad configuration file", "Fix the TOML at the given line; `khabar config` lists settings."),
    Code("E004", "unknown setting", "Run `khabar config` to list valid settings."),
    Code("E005", "database error", "Check the --db path is writable and not a non-khabar file."),
    Code("E006", "database is from a newer khabar", "Upgrade khabar, or use another --db file."),
    Code("E007", "bad pipeline", "A stage requires a field that no earlier stage assigns; reorder stages."),
    Code("E008", "unknown stage", "Use one of the registered stage names."),
    Code("E010", "bad knowledge-base file", "Fix the named field at the given line; see khabar/kb/SCHEMA.md."),
    Code("E011", "duplicate knowledge-base id", "Each id must be unique across all knowledge-base files; rename one."),
    # per-input issues: reading
    Code("W001", "empty input", "The file or response had no bytes; nothing to extract."),
    Code("W002", "binary input", "The bytes are not text or HTML (image, archive, executable?)."),
    Code("W003", "input too large", "Raise `max_bytes` in the config if this page is legitimate."),
    Code("W004", "encoding guessed", "The encoding was not declared; khabar guessed it. Check the text."),
    Code("W005", "undecodable bytes replaced", "Some bytes were invalid in the detected encoding."),
    Code("W006", "unsupported file type", "khabar reads .html .htm .txt .json .jsonl .xml .rss .atom .warc, each also .gz."),
    Code("W007", "unreadable file", "Check permissions; the OS error is in the message."),
    Code("W008", "too many files", "Raise `max_files` in the config or pass sub-folders."),
    # per-input issues: network
    Code("W010", "URL fetch failed", "The host could not be reached or answered with an error."),
    Code("W011", "URL fetch timed out", "Raise `http_timeout` in the config or retry later."),
    Code("W012", "too many redirects", "The URL redirects in a loop or too often."),
    Code("W013", "feed could not be parsed", "The feed XML is broken; its entries could not be read."),
    Code("W014", "URL refused", "Only http(s) URLs are fetched; private addresses need `allow_private_urls`."),
    Code("W015", "bad JSON line", "Each line of a .jsonl file must be a JSON object with a text or html field."),
    Code("W016", "bad WARC record", "The WARC file is truncated or corrupt after this point."),
    Code("W017", "broken compressed file", "The .gz file is truncated or not gzip; nothing was read from it."),
    # per-document issues: extraction and language
    Code("W020", "no main text found", "The page has no article body khabar could find."),
    Code("W021", "text very short", "Under 200 characters of body text; results will be thin."),
    Code("W022", "HTML truncated or malformed", "The page was repaired while parsing; check the text."),
    Code("W023", "language uncertain", "The language detector's confidence is low."),
    Code("W024", "language not supported", "khabar analyses ar, fa and en; other languages are stored only."),
    Code("W025", "no publication date", "Neither metadata, URL nor text gave a publication date."),
    Code("W026", "publication date rejected", "The date found was in the future or implausibly old."),
    Code("W040", "event date uncertain", "An impossible day, a two-digit year, disagreeing calendars or a future publication date: the event keeps no date or a window."),
    # per-document issues: stage failures
    Code("W090", "stage failed", "A bug: please report it with the input; other stages still ran."),
)

CODES: dict[str, Code] = {c.code: c for c in _TABLE}


def message(code: str, detail: str = "") -> str:
    """The one-line text of an issue: summary, detail, and the hint."""
    c = CODES[code]
    parts = [c.summary]
    if detail:
        parts.append(detail)
    return ": ".join(parts) + f" ({c.hint})"


class KhabarError(Exception):
    """An error a user can act on. Shown without a traceback by the CLI."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"[{code}] {message(code, detail)}")
