"""The ``khabar`` command line: thin commands over library functions.

Output is UTF-8 whatever the terminal says, so Arabic and Persian print correctly. Errors
a user can fix are shown as one coded line with a hint, never as a traceback.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from .config import SETTINGS, Settings, load_settings
from .errors import KhabarError
from .runners import RunReport, process
from .store import SQLiteStore

F = TypeVar("F", bound=Callable[..., Any])
LOGGER = logging.getLogger(__name__)


def _utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def common_options(f: F) -> F:
    """--db and --config, shared by every command that touches the store."""
    f = click.option("--config", "config_path", type=click.Path(dir_okay=False), help="TOML settings file.")(f)
    f = click.option("--db", type=click.Path(dir_okay=False), help="SQLite database file (default: khabar.db).")(f)
    return f


def json_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(f)


def _settings(db: str | None, config_path: str | None) -> Settings:
    return load_settings(config_path, db=db)


def handle_errors(f: F) -> F:
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except KhabarError as exc:
            click.echo(f"khabar: {exc}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


@contextmanager
def _progress(total: int | None, label: str) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr when it is a terminal; silent when piped."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
    ) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)


def run_ingest(inputs: tuple[str, ...], settings: Settings, store: SQLiteStore) -> RunReport:
    from .ingest import count_inputs

    total = count_inputs(inputs, settings)
    with _progress(total, "ingesting") as advance:
        return process(inputs, settings, store, progress=advance)


def _update_stories(store: SQLiteStore, report: RunReport) -> None:
    """Online story clustering of the documents just ingested (corpus stage)."""
    from .stories import update_stories

    ids = list(dict.fromkeys(report.ids))  # the stories engine skips inputs that could not be read
    if ids:
        update_stories(store, ids)


def _stories_for(store: SQLiteStore, docs: list[Any], entities: list[Any] | None = None,
                 settings: Settings | None = None) -> list[Any]:
    """The stories that hold any of ``docs``, with merged events, outlet differences and titles
    computed again from ``docs`` (corpus-linked by :func:`analyse_corpus`, so the entity ids
    agree with the JSON ``entities``); members not in ``docs`` are read from the store."""
    from .stories import build_story_objects
    from .stories.enrich import enrich_story, names_from_documents
    from .stories.service import kb_lookups

    ids = {d.id for d in docs}
    stories = [s for s in build_story_objects(store) if any(d in ids for d in s.documents)]
    if not stories:
        return []
    kb = None
    try:
        from .kb import load_kb, user_paths

        kb = load_kb(user_paths(settings or Settings()))
    except Exception as exc:  # names fall back to the documents' own spellings
        LOGGER.warning("knowledge base not loaded for story titles: %s", exc)
    kind_of, name_of = kb_lookups(kb) if kb is not None else (lambda _: None, lambda _: None)
    linked = {e.id: e.name_en for e in entities or [] if getattr(e, "name_en", None)}
    by_id = {d.id: d for d in docs}
    missing = sorted({m for s in stories for m in s.documents if m not in by_id})
    if missing:
        by_id.update({d.id: d for d in store.documents(ids=missing)})
    out = []
    for story in stories:
        members = [by_id[m] for m in story.documents if m in by_id]
        names = names_from_documents(members, linked.get, name_of)
        out.append(enrich_story(story, members, names, kind_of=kind_of))
    return out


def analyse_corpus(docs: list[Any], settings: Settings) -> list[Any]:
    """Corpus stages over the documents of a brief: entity linking across documents and scripts."""
    from .entities.link import link_entities
    from .kb import load_kb, user_paths

    ok = [d for d in docs if not d.failed]
    if not any(d.mentions for d in ok):
        return []
    return link_entities(ok, load_kb(user_paths(settings)))


def _summary(report: RunReport) -> str:
    parts = [f"{report.seen} inputs: {report.new} new, {report.updated} updated, {report.unchanged} unchanged"]
    if report.failed:
        parts.append(f"{report.failed} skipped (see `khabar docs --issues`)")
    if report.warnings:
        parts.append(f"{report.warnings} warnings")
    return "; ".join(parts)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug).")
@click.version_option(package_name="khabar")
def main(verbose: int) -> None:
    """khabar: Arabic, Persian and English news into stories, entities and events."""
    _utf8_stdio()
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@common_options
@handle_errors
def ingest(inputs: tuple[str, ...], db: str | None, config_path: str | None) -> None:
    """Read files, folders, URLs, feeds or WARC files into the store."""
    settings = _settings(db, config_path)
    with SQLiteStore(settings.db) as store:
        report = run_ingest(inputs, settings, store)
        click.echo(_summary(report), err=True)
        if report.ok == 0:
            raise KhabarError("E002", f"none of {report.seen} inputs gave a document")
        _update_stories(store, report)


@main.command()
@common_options
@json_option
@click.option("--issues", "show_issues", is_flag=True, help="List the recorded issues instead of documents.")
@click.option("--lang", help="Only documents in this language (ar, fa, en, ...).")
@click.option("--outlet", help="Only documents from this outlet.")
@click.option("--all", "include_failed", is_flag=True, help="Include inputs that could not be read.")
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@handle_errors
def docs(
    db: str | None, config_path: str | None, as_json: bool, show_issues: bool, lang: str | None,
    outlet: str | None, include_failed: bool, limit: int | None,
) -> None:
    """List stored documents, or their issues with --issues."""
    settings = _settings(db, config_path)
    _require_db(settings.db)
    with SQLiteStore(settings.db) as store:
        if show_issues:
            rows = store.issues()
            if as_json:
                click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
                return
            for r in rows:
                click.echo(f"{r['severity']:<7} {r['code']} {r['stage']:<9} {r['input'] or r['document_id']}\n        {r['message']}")
            click.echo(f"{len(rows)} issues", err=True)
            return
        listing = store.listing(lang=lang, outlet=outlet, include_failed=include_failed, limit=limit)
    if as_json:
        click.echo(json.dumps([vars(r) for r in listing], ensure_ascii=False, indent=2))
        return
    for r in listing:
        title = (r.title or "(no title)").replace("\n", " ")
        click.echo(f"{r.id}  {r.lang or '--':<3} {r.published or '----------'}  {(r.outlet or '')[:24]:<24}  {title[:90]}")
    click.echo(f"{len(listing)} documents", err=True)


@main.command()
@click.argument("query")
@common_options
@json_option
@click.option("--limit", type=int, default=20, show_default=True)
@handle_errors
def search(query: str, db: str | None, config_path: str | None, as_json: bool, limit: int) -> None:
    """Full-text search over titles and texts, across Arabic, Persian and English spellings."""
    settings = _settings(db, config_path)
    _require_db(settings.db)
    with SQLiteStore(settings.db) as store:
        hits = store.search(query, limit=limit)
    if as_json:
        click.echo(json.dumps([{**vars(d), "snippet": s} for d, s in hits], ensure_ascii=False, indent=2))
        return
    for d, snip in hits:
        click.echo(f"{d.id}  {d.lang or '--':<3} {d.published or '----------'}  {d.title or ''}\n    {snip}")
    click.echo(f"{len(hits)} hits", err=True)


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", default="brief.html", show_default=True, help="HTML file to write.")
@click.option("--json", "json_path", help="Also write the JSON result (khabar.result.v1) here.")
@common_options
@handle_errors
def brief(inputs: tuple[str, ...], output: str, json_path: str | None, db: str | None, config_path: str | None) -> None:
    """Ingest INPUTS (or use the whole store) and write the brief as one offline HTML file."""
    from .brief import write_brief

    settings = _settings(db, config_path)
    with SQLiteStore(settings.db) as store:
        ids: list[str] | None = None
        if inputs:
            report = run_ingest(inputs, settings, store)
            click.echo(_summary(report), err=True)
            if report.ok == 0:
                raise KhabarError("E002", f"none of {report.seen} inputs gave a document")
            ids = list(dict.fromkeys(report.ids))
            _update_stories(store, report)
        docs = list(store.documents(ids=ids, include_failed=True))
        entities = analyse_corpus(docs, settings)  # also renames the events' and claims' entity ids
        stories = _stories_for(store, docs, entities, settings)
        written = write_brief(docs, output, json_path=json_path, entities=entities, stories=stories)
    for path in written:
        click.echo(f"wrote {Path(path).resolve()}")


@main.command()
@common_options
@json_option
@click.option("--update", is_flag=True, help="First cluster the stored documents that are not in a story yet.")
@click.option("--rebuild", is_flag=True, help="Drop all stories and cluster the whole store again.")
@click.option("--limit", type=int, default=None, help="At most this many stories (most recent first).")
@handle_errors
def stories(db: str | None, config_path: str | None, as_json: bool, update: bool, rebuild: bool,
            limit: int | None) -> None:
    """List stories: id, dates, documents, languages, independent sources and title."""
    from .stories import list_stories, rebuild_stories, update_pending

    settings = _settings(db, config_path)
    _require_db(settings.db)
    with SQLiteStore(settings.db) as store:
        if rebuild or update:
            report = (rebuild_stories if rebuild else update_pending)(store)
            click.echo(f"{report.documents} documents clustered in {report.seconds} s", err=True)
        rows = list_stories(store, limit=limit)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        days = r["first_day"] or "undated"
        if r["last_day"] and r["last_day"] != r["first_day"]:
            days += f"..{r['last_day'][5:]}"
        langs = " ".join(f"{k}:{v}" for k, v in r["langs"].items())
        click.echo(f"{r['id']}  {days:<16} {r['n_documents']:>3} docs  {r['independent_sources']:>3} sources"
                   f"  {langs:<14} {r['title_en'] or ''}")
    click.echo(f"{len(rows)} stories", err=True)


@main.command("config")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="TOML settings file.")
@handle_errors
def config_cmd(config_path: str | None) -> None:
    """List every setting with its current value and help."""
    settings = load_settings(config_path)
    for s in SETTINGS:
        click.echo(f"{s.name} = {getattr(settings, s.name)!r}\n    {s.help}")


@main.command()
@common_options
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@handle_errors
def serve(db: str | None, config_path: str | None, host: str, port: int) -> None:
    """Serve the web app and JSON API over the store (pages are live while documents arrive)."""
    from .web import serve as run_server

    run_server(_settings(db, config_path), host=host, port=port)


@main.command("export")
@click.argument("kind", type=click.Choice(["events", "documents", "entities", "stories"]))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "json"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: standard output).")
@click.option("--excel", is_flag=True, help="CSV for Excel: UTF-8 byte-order mark and CRLF line ends.")
@common_options
@handle_errors
def export_cmd(kind: str, fmt: str, output: str | None, excel: bool, db: str | None, config_path: str | None) -> None:
    """Export events, documents, entities or stories as CSV, JSON Lines, Parquet or JSON (docs/exports.md)."""
    import sqlite3

    from .export import export, load_names
    from .kb import user_paths

    settings = _settings(db, config_path)
    _require_db(settings.db)
    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs -o FILE")
    with SQLiteStore(settings.db) as store:
        store.conn.row_factory = sqlite3.Row
        names = load_names(user_paths(settings))
        if output:
            Path(output).parent.mkdir(parents=True, exist_ok=True)
            with open(output, "wb") as fh:
                n = export(store.conn, kind, fmt, fh, names=names, excel=excel)
        else:
            n = export(store.conn, kind, fmt, sys.stdout.buffer, names=names, excel=excel)
            sys.stdout.buffer.flush()
    unit = "documents" if fmt == "json" else "rows"
    click.echo(f"{n} {unit} exported" + (f" to {Path(output).resolve()}" if output else ""), err=True)


from .kb.cli import kb_group  # noqa: E402

main.add_command(kb_group)


def _require_db(path: str) -> None:
    if path != ":memory:" and not Path(path).exists():
        raise KhabarError("E005", f"{path} does not exist yet; run `khabar ingest INPUT...` first")


if __name__ == "__main__":  # pragma: no cover
    main()
