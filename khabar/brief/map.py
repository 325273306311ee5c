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
    unit = vw * 9.5 / width  # marker and label size in view units: about 9.5 px on screen at ``width``
    paths = [
        f'<path d="{d}"/>'
        for d, (bx0, by0, bx1, by1) in _world()
        if bx1 >= x0 and bx0 <= x1 and by1 >= y0 and by0 <= y1
    ]
    marks = [_mark(lab, unit) for lab in place_labels(pts, kx, unit, (vx0, y0, vx0 + vw, y0 + vh))]
    return Markup(
        f'<svg class="map" role="img" aria-label="map of event places" viewBox="{vx0:.3f} {y0:.3f} {vw:.3f} {vh:.3f}"'
        f' width="{width}" height="{height}">'
        f'<rect x="{vx0:.3f}" y="{y0:.3f}" width="{vw:.3f}" height="{vh:.3f}" class="sea"/>'
        f'<g class="land" transform="scale({kx:.5f} 1)" stroke-width="{unit * 0.1 / kx:.3f}">{"".join(paths)}</g>'
        f'<g class="marks" stroke-width="{unit * 0.08:.3f}">{"".join(marks)}</g></svg>'
    )


@dataclass
class Label:
    """A marker (one place, or several places too close to tell apart) and where its label goes."""

    x: float
    y: float
    r: float
    text: str
    title: str
    anchor: str
    tx: float | None = None  # text position (None: no room for the label; the marker keeps its title)
    ty: float | None = None
    align: str = "start"
    leader: bool = False  # the label sits away from the marker, joined by a line
    box: tuple[float, float, float, float] | None = None  # the text's estimated extent (x0, y0, x1, y1)


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(pts: list[MapPoint], kx: float, unit: float, view: tuple[float, float, float, float]) -> list[Label]:
    """Markers and non-overlapping label positions, heaviest places first.

    Places whose markers would touch are drawn as one marker labelled with the heaviest name and
    a count ("Baghdad +2", every name in its tooltip). Each label then takes the first free spot
    around its marker (right, left, above, below, the corners); failing that, a spot further out
    joined by a leader line; failing that, it is left off (the marker keeps its tooltip).
    """
    fs = unit * 1.35
    cw = fs * 0.56  # average glyph width of a system sans-serif, a little generous
    ordered = sorted(pts, key=lambda q: (-q.weight, q.label))
    def radius(weight: int) -> float:
        return unit * (0.45 + 0.25 * math.sqrt(max(weight, 1)))

    clusters: list[list[MapPoint]] = []
    for p in ordered:
        x, y = p.lon * kx, -p.lat
        for c in clusters:
            h = c[0]
            if math.hypot(h.lon * kx - x, -h.lat - y) < (radius(h.weight) + radius(p.weight)) * 1.1:
                c.append(p)  # the markers would touch: one marker, one label with a count
                break
        else:
            clusters.append([p])
    labels = []
    for c in clusters:
        head, weight = c[0], sum(q.weight for q in c)
        names = list(dict.fromkeys(q.label for q in c))
        text = names[0] + (f" +{len(names) - 1}" if len(names) > 1 else "")
        title = ", ".join(names) if len(names) > 1 else names[0]
        r = radius(weight)
        labels.append(Label(head.lon * kx, -head.lat, r, text, title, next((q.anchor for q in c if q.anchor), "")))
    taken = [(lab.x - lab.r, lab.y - lab.r, lab.x + lab.r, lab.y + lab.r) for lab in labels]
    vx0, vy0, vx1, vy1 = view
    for lab in labels:
        w, gap = len(lab.text) * cw, lab.r * 1.3
        spots = [
            (lab.x + gap, lab.y + fs * 0.35, "start"), (lab.x - gap, lab.y + fs * 0.35, "end"),
            (lab.x, lab.y - lab.r - fs * 0.3, "middle"), (lab.x, lab.y + lab.r + fs * 0.95, "middle"),
            (lab.x + gap * 0.8, lab.y - lab.r - fs * 0.2, "start"), (lab.x + gap * 0.8, lab.y + lab.r + fs * 0.85, "start"),
            (lab.x - gap * 0.8, lab.y - lab.r - fs * 0.2, "end"), (lab.x - gap * 0.8, lab.y + lab.r + fs * 0.85, "end"),
        ]
        far = [(lab.x + dx * fs * 2.2, lab.y + dy * fs * 1.25 + fs * 0.35, "start" if dx > 0 else "end")
               for dy in (1, -1, 2, -2, 3, -3) for dx in (1, -1)]
        for k, (tx, ty, align) in enumerate(spots + far):
            x0 = tx if align == "start" else tx - w if align == "end" else tx - w / 2
            box = (x0, ty - fs * 0.82, x0 + w, ty + fs * 0.22)
            if box[0] < vx0 or box[2] > vx1 or box[1] < vy0 or box[3] > vy1:
                continue
            if any(_overlaps(box, t) for t in taken):
                continue
            lab.tx, lab.ty, lab.align, lab.leader, lab.box = tx, ty, align, k >= len(spots), box
            taken.append(box)
            break
    return labels


def _mark(lab: Label, unit: float) -> str:
    out = f'<title>{escape(lab.title)}</title><circle cx="{lab.x:.3f}" cy="{lab.y:.3f}" r="{lab.r:.3f}"/>'
    if lab.tx is not None and lab.ty is not None:
        if lab.leader and lab.box is not None:
            ex = lab.box[0] if lab.align == "start" else lab.box[2]
            out += (f'<line x1="{lab.x:.3f}" y1="{lab.y:.3f}" x2="{ex:.3f}" y2="{lab.ty - unit * 0.45:.3f}"'
                    f' stroke-width="{unit * 0.06:.3f}"/>')
        out += (f'<text x="{lab.tx:.3f}" y="{lab.ty:.3f}" font-size="{unit * 1.35:.3f}" text-anchor="{lab.align}"'
                f' stroke-width="{unit * 0.3:.3f}">{escape(lab.text)}</text>')
    if lab.anchor:
        return f'<a href="#{escape(lab.anchor)}">{out}</a>'
    return f"<g>{out}</g>"
