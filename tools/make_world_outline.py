"""Generate khabar/brief/world.json: a low-resolution world outline for the brief's map.

Source: Natural Earth 1:110m admin-0 countries (public domain), as shipped inside the
geopandas 0.14.x wheel on PyPI (``geopandas/datasets/naturalearth_lowres``). Run once by
hand; the output is committed, nothing is fetched at run time:

    pip download --no-deps geopandas==0.14.4 -d /tmp/ne && cd /tmp/ne && unzip -q geopandas-0.14.4-py3-none-any.whl
    pip install pyshp==3.1.6
    python tools/make_world_outline.py /tmp/ne/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp

Each country becomes one SVG path in plain longitude/latitude degrees (y = -latitude),
rounded to 0.1 degree, so the brief can crop the view to the places it shows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import shapefile  # pyshp


def ring_path(points: list[tuple[float, float]]) -> str:
    out: list[str] = []
    last = None
    for lon, lat in points:
        p = (round(lon, 1), round(-lat, 1))
        if p == last:
            continue
        out.append(f"{p[0]:g},{p[1]:g}")
        last = p
    if len(out) < 3:
        return ""
    return "M" + "L".join(out) + "Z"


def main(shp: str) -> None:
    reader = shapefile.Reader(shp)
    fields = [f[0] for f in reader.fields[1:]]
    countries = []
    for sr in reader.iterShapeRecords():
        rec = dict(zip(fields, sr.record, strict=True))
        shape = sr.shape
        parts = list(shape.parts) + [len(shape.points)]
        d = "".join(ring_path(shape.points[a:b]) for a, b in zip(parts, parts[1:], strict=False))
        if d:
            countries.append({"iso3": rec.get("iso_a3"), "name": rec.get("name"), "d": d})
    out = Path(__file__).resolve().parents[1] / "khabar" / "brief" / "world.json"
    meta = {"source": "Natural Earth 1:110m admin-0 countries (public domain), via geopandas 0.14.4 datasets",
            "projection": "equirectangular degrees, y = -latitude", "countries": countries}
    out.write_text(json.dumps(meta, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB, {len(countries)} countries)")


if __name__ == "__main__":
    main(sys.argv[1])
