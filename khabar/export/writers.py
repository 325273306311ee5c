"""Table writers: CSV, JSON Lines and Parquet, streaming rows with declared columns.

CSV is plain UTF-8 with a header row (``excel=True`` adds a byte-order mark and CRLF line
ends so Excel opens Arabic and Persian correctly); lists are ``"; "``-joined and objects are
JSON text. JSON Lines keeps lists and objects nested. Parquet has typed columns: lists are
``list<string>``, objects JSON text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import IO, Any

from .columns import Column

__all__ = ["write_csv", "write_jsonl", "write_parquet", "csv_value", "LIST_SEP"]

LIST_SEP = "; "
PARQUET_BATCH = 5000


def csv_value(col: Column, value: Any) -> Any:
    """The CSV cell for ``value`` in column ``col``."""
    if value is None:
        return ""
    if col.type == "list":
        return LIST_SEP.join(str(v) for v in value)
    if col.type == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def write_csv(rows: Iterable[dict[str, Any]], columns: tuple[Column, ...], out: IO[bytes], *, excel: bool = False) -> int:
    """Write rows as CSV to the binary stream ``out``; returns the number of rows."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if excel else "utf-8", newline="", write_through=True)
    try:
        w = csv.writer(text, lineterminator="\r\n" if excel else "\n")
        w.writerow([c.name for c in columns])
        n = 0
        for row in rows:
            w.writerow([csv_value(c, row.get(c.name)) for c in columns])
            n += 1
        text.flush()
    finally:
        text.detach()
    return n


def write_jsonl(rows: Iterable[dict[str, Any]], columns: tuple[Column, ...], out: IO[bytes]) -> int:
    """One JSON object per line, keys in column order."""
    n = 0
    for row in rows:
        obj = {c.name: row.get(c.name) for c in columns}
        out.write(json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n")
        n += 1
    return n


def _arrow_type(col: Column) -> Any:
    import pyarrow as pa

    return {
        "string": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "list": pa.list_(pa.string()),
        "json": pa.string(),
    }[col.type]


def _batches(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while batch := list(islice(it, PARQUET_BATCH)):
        yield batch


def write_parquet(rows: Iterable[dict[str, Any]], columns: tuple[Column, ...], out: IO[bytes]) -> int:
    """Typed Parquet (zstd); written in batches so memory stays flat."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([pa.field(c.name, _arrow_type(c)) for c in columns])
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for batch in _batches(rows):
            arrays = []
            for c in columns:
                values = [r.get(c.name) for r in batch]
                if c.type == "json":
                    values = [None if v is None else json.dumps(v, ensure_ascii=False, sort_keys=True) for v in values]
                elif c.type == "list":
                    values = [None if v is None else [str(x) for x in v] for v in values]
                arrays.append(pa.array(values, type=_arrow_type(c)))
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n
