from __future__ import annotations

import math
import re

from khabar.brief.map import MapPoint, place_labels, render_map


def test_no_points_no_map() -> None:
    assert str(render_map([])) == ""
    assert str(render_map([MapPoint(200.0, 10.0, "nowhere")])) == ""


def test_map_is_cropped_around_the_places_and_escapes_labels() -> None:
    svg = str(render_map([MapPoint(33.31, 44.37, "<script>alert(1)</script>", 2), MapPoint(36.19, 44.01, "Erbil")]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    x0, y0, w, h = (float(v) for v in re.search(r'viewBox="([^"]+)"', svg).group(1).split())
    assert 1.3 <= w / h <= 2.0 + 1e-6  # landscape frame
    assert w < 40 and h < 30  # a regional view, not the world
    assert svg.count("<path") < 60  # only the countries in view
    assert "<circle" in svg and svg.count("<circle") == 2


BAGHDAD = [MapPoint(33.3406, 44.4009, "Baghdad", 3), MapPoint(33.3031, 44.3936, "Green Zone", 2),
           MapPoint(33.3010, 44.4300, "Karrada", 1)]
AROUND = [MapPoint(33.2625, 44.2346, "Baghdad International Airport"), MapPoint(33.2900, 44.0600, "Abu Ghraib"),
          MapPoint(33.5200, 44.2600, "Taji"), MapPoint(33.3500, 43.7800, "Fallujah"), MapPoint(33.4200, 43.3000, "Ramadi"),
          MapPoint(34.0100, 44.1400, "Balad"), MapPoint(32.4800, 44.4200, "Hillah"), MapPoint(36.1900, 44.0100, "Erbil")]


def test_places_too_close_to_tell_apart_share_one_label_with_a_count() -> None:
    svg = str(render_map(BAGHDAD + [MapPoint(36.19, 44.01, "Erbil")]))
    labels = re.findall(r"<text[^>]*>([^<]+)</text>", svg)
    assert sorted(labels) == ["Baghdad +2", "Erbil"]  # the heaviest name leads the merged label
    assert "Baghdad, Green Zone, Karrada" in svg  # every name stays in the tooltip
    assert svg.count("<circle") == 2


def test_labels_never_overlap_each_other_or_the_markers() -> None:
    pts = BAGHDAD + AROUND
    lat0 = sum(p.lat for p in pts) / len(pts)
    kx = math.cos(math.radians(lat0))
    unit = 0.3
    labels = place_labels(pts, kx, unit, (35.0, -40.0, 45.0, -28.0))
    boxes = [lab.box for lab in labels if lab.box is not None]
    assert len(boxes) >= len(labels) - 2  # nearly every place keeps its label
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
        for lab in labels:
            circle = (lab.x - lab.r, lab.y - lab.r, lab.x + lab.r, lab.y + lab.r)
            assert not (a[0] < circle[2] and circle[0] < a[2] and a[1] < circle[3] and circle[1] < a[3])
