"""Server-side segmentation for highlighting: every character lands in exactly one segment with
the right marks, whatever the spans (overlapping, nested, out of range), and snippets map matches
back to the original characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from khabar.document import Mention, Span
from khabar.web.highlight import segment_text, snippet_match
from khabar.web.present import page_links, safe_url, seg

ALPHABET = "abc يكپ\u200c"


@st.composite
def spans(draw: st.DrawFn, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(draw(st.integers(0, 5))):
        a = draw(st.integers(0, n + 2))
        b = draw(st.integers(a, n + 3))
        out.append((a, b))
    return out


@given(st.data())
def test_segments_cover_the_text_once_with_the_right_marks(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet=ALPHABET.replace(" ", ""), min_size=0, max_size=40))
    n = len(text)
    ms = [(a, b) for a, b in data.draw(spans(n)) if a < b]
    evs = data.draw(spans(n))
    hls = data.draw(spans(n))
    mentions = [Mention(start=a, end=b, text=text[a:b], entity=f"ent{k}") for k, (a, b) in enumerate(ms)]
    paragraphs = segment_text(text, mentions, [("e0", [Span(a, b) for a, b in evs])], [Span(a, b) for a, b in hls])
    flat = [s for p in paragraphs for s in p]
    assert "".join(s.text for s in flat) == text
    pos = 0
    for s in flat:
        for i in range(pos, pos + len(s.text)):
            assert s.hl == any(a <= i < b <= n for a, b in hls)
            assert ("e0" in s.events) == any(a <= i < b <= n for a, b in evs)
            inside = [k for k, (a, b) in enumerate(ms) if a <= i < b <= n]
            assert (s.entity is not None) == bool(inside)
        pos += len(s.text)
    assert sum(s.anchor for s in flat) == (1 if any(s.hl for s in flat) else 0)


def test_paragraphs_split_on_newlines_and_spans_cross_them() -> None:
    text = "first line\n\nsecond line\nthird"
    paras = segment_text(text, highlight=[Span(6, 18)])
    assert [["".join(s.text for s in p)] for p in paras] == [["first line"], ["second line"], ["third"]]
    assert [s.text for p in paras for s in p if s.hl] == ["line", "second"]


def test_entity_tokens_are_generated_not_taken_from_ids() -> None:
    text = "Qaani met Qaani"
    tokens: dict[str, str] = {}
    evil = '"><script>alert(1)</script>'
    paras = segment_text(text, [Mention(0, 5, "Qaani", entity=evil), Mention(10, 15, "Qaani", entity=evil)],
                         entity_tokens=tokens)
    assert tokens == {evil: "n0"}
    assert {s.entity_token for p in paras for s in p if s.entity} == {"n0"}


def test_snippet_maps_the_match_to_original_characters() -> None:
    text = "مقدمة طويلة. " * 10 + "وصل إسماعيل قاآني إلى بغداد يوم السبت"
    snippet, match = snippet_match(text, "قاآنی")  # Persian spelling of the query
    assert match is not None
    assert snippet[match[0]:match[1]] == "قاآني"
    assert snippet.startswith("…")
    assert snippet_match("no hit here", "zzz") == ("no hit here", None)


def test_links_and_urls_are_safe() -> None:
    assert safe_url("javascript:alert(1)") is None and safe_url(" JAVASCRIPT:x") is None
    assert safe_url("data:text/html,x") is None and safe_url("http://a/\nb") is None
    assert safe_url("https://example.com/a?b=1") == "https://example.com/a?b=1"
    assert seg("a/../b?c#d") == "a%2F..%2Fb%3Fc%23d"
    nxt, prev = page_links("/api/documents", {"lang": "ar", "limit": "2", "offset": "2", "outlet": ""}, 5, 2, 2)
    assert nxt == "/api/documents?lang=ar&limit=2&offset=4" and prev == "/api/documents?lang=ar&limit=2&offset=0"
    assert page_links("/x", {}, 3, 2, 2) == (None, "/x?limit=2&offset=0")
