"""``khabar kb``: check, add and list knowledge-base entries."""

from __future__ import annotations

import shutil
import sys
from collections import Counter
from pathlib import Path

import click

from khabar.config import load_settings

from .load import check_files, packaged_files, user_paths


@click.group("kb")
def kb_group() -> None:
    """The knowledge base of people, organizations and places."""


@kb_group.command("check")
@click.argument("files", nargs=-1, type=click.Path(exists=True))
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="TOML settings file.")
def kb_check(files: tuple[str, ...], config_path: str | None) -> None:
    """Validate the packaged and user knowledge base, plus FILES (duplicate ids, bad scripts, fields)."""
    settings = load_settings(config_path)
    paths = packaged_files() + user_paths(settings) + [Path(f) for f in files]
    entities, problems = check_files(paths)
    for p in problems:
        click.echo(f"{p.severity}: {p}")
    errors = sum(p.severity == "error" for p in problems)
    types = Counter(e.type for e in entities)
    click.echo(
        f"{len(entities)} entities ({', '.join(f'{n} {t}' for t, n in sorted(types.items()))}) in {len(paths)} files;"
        f" {errors} errors, {len(problems) - errors} warnings",
        err=True,
    )
    sys.exit(1 if errors else 0)


@kb_group.command("add")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="TOML settings file.")
def kb_add(file: str, config_path: str | None) -> None:
    """Check FILE against the whole knowledge base, then keep a copy in the user KB folder."""
    settings = load_settings(config_path)
    target_dir = Path(str(settings.kb_dir)).expanduser()
    target = target_dir / Path(file).name
    existing = [p for p in user_paths(settings) if p.resolve() != target.resolve()]
    _, problems = check_files(packaged_files() + existing + [Path(file)])
    errors = [p for p in problems if p.severity == "error"]
    for p in problems:
        click.echo(f"{p.severity}: {p}")
    if errors:
        click.echo(f"khabar: [E010] {Path(file).name} was not added: {len(errors)} errors", err=True)
        sys.exit(2)
    target_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(file, target)
    click.echo(f"added {file} -> {target}")


@kb_group.command("list")
@click.option("--type", "etype", type=click.Choice(["PER", "ORG", "LOC"]), help="Only this type.")
@click.option("--grep", help="Only entries whose id or names contain this text.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="TOML settings file.")
def kb_list(etype: str | None, grep: str | None, config_path: str | None) -> None:
    """List entries: id, type, English name, Arabic and Persian names."""
    settings = load_settings(config_path)
    entities, _ = check_files(packaged_files() + user_paths(settings))
    for e in sorted(entities, key=lambda x: x.id):
        if etype and e.type != etype:
            continue
        names = " / ".join(n for lg in ("ar", "fa") for n in e.names.get(lg, [])[:1])
        line = f"{e.id:<40} {e.type:<4} {e.name_en:<36} {names}"
        if grep and grep.lower() not in (line + " ".join(e.all_names())).lower():
            continue
        click.echo(line)
