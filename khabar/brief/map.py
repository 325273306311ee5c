"""An inline SVG map of event places over a bundled low-resolution world outline.

No tiles, no network: ``world.json`` holds Natural Earth 1:110m country outlines (public
domain) as SVG paths in degrees (see ``tools/make_world_outline.py``). The view is cropped to
the places shown, in an equirectangular projection with longitude scaled by cos(latitude)
so the Middle East keeps its shape.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from markupsafe import Markup, escape

__all__ = ["MapPoint", "render_map"]

_NUM = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class MapPoint:
    lat: float
    lon: float
    label: str
    weight: int = 1  # e.g. number of events at this place
    anchor: str = ""  # id of the element this point links to


@lru_cache(maxsize=1)
def _world() -> list[tuple[str, tuple[float, float, float, float]]]:
    data = json.loads((resources.files("khabar.brief") / "world.json").read_text(encoding="utf-8"))
    out = []
    for c in data["countries"]:
        nums = [float(x) for x in _NUM.findall(c["d"])]
        xs, ys = nums[0::2], nums[1::2]
        out.append((c["d"], (min(xs), min(ys), max(xs), max(ys))))
    return out


def render_map(points: list[MapPoint], *, width: int = 640, min_span: float = 16.0, pad: float = 3.0) -> Markup:
    """SVG markup for ``points``; empty markup when there is nothing to place."""
    pts = [p for p in points if -90 <= p.lat <= 90 and -180 <= p.lon <= 180]
    if not pts:
        return Markup("")
    lat0 = sum(p.lat for p in pts) / len(pts)
    kx = max(math.cos(math.radians(lat0)), 0.2)
    xs = [p.lon for p in pts]
    ys = [-p.lat for p in pts]
    x0, x1 = min(xs) - pad, max(xs) + pad
    y0, y1 = min(ys) - pad, max(ys) + pad
    if x1 - x0 < min_span:
        c = (x0 + x1) / 2
        x0, x1 = c - min_span / 2, c + min_span / 2
    # keep a landscape frame (width/height between 1.3 and 2.0 on screen)
    w_screen, h = (x1 - x0) * kx, y1 - y0
    if w_screen / h < 1.3:
        grow = (1.3 * h / kx - (x1 - x0)) / 2
        x0, x1 = x0 - grow, x1 + grow
    elif w_screen / h > 2.0:
        grow = (w_screen / 2.0 - h) / 2
        y0, y1 = y0 - grow, y1 + grow
    vx0, vw, vh = x0 * kx, (x1 - x0) * kx, (y1 - y0)
    height = max(180, int(width * vh / vw))
    unit = vw / 60  # marker and label size in view units
    paths = [
        f'<path d="{d}"/>'
        for d, (bx0, by0, bx1, by1) in _world()
        if bx1 >= x0 and bx0 <= x1 and by1 >= y0 and by0 <= y1
    ]
    marks = []
    for p in sorted(pts, key=lambda q: -q.weight):
        r = unit * (0.45 + 0.25 * math.sqrt(max(p.weight, 1)))
        cx, cy = p.lon * kx, -p.lat
        label = escape(p.label)
        mark = (
            f'<circle cx="{cx:.3f}" cy="{cy:.3f}" r="{r:.3f}"><title>{label}</title></circle>'
            f'<text x="{cx + r * 1.3:.3f}" y="{cy + r * 0.45:.3f}" font-size="{unit * 1.35:.3f}">{label}</text>'
        )
        if p.anchor:
            mark = f'<a href="#{escape(p.anchor)}">{mark}</a>'
        marks.append(mark)
    return Markup(
        f'<svg class="map" role="img" aria-label="map of event places" viewBox="{vx0:.3f} {y0:.3f} {vw:.3f} {vh:.3f}"'
        f' width="{width}" height="{height}">'
        f'<rect x="{vx0:.3f}" y="{y0:.3f}" width="{vw:.3f}" height="{vh:.3f}" class="sea"/>'
        f'<g class="land" transform="scale({kx:.5f} 1)" stroke-width="{unit * 0.1 / kx:.3f}">{"".join(paths)}</g>'
        f'<g class="marks">{"".join(marks)}</g></svg>'
    )
