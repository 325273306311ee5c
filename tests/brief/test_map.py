from __future__ import annotations

import re

from khabar.brief.map import MapPoint, render_map


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
