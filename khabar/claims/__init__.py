"""Claims and attribution: who asserts each statement of an article, citing whom.

:func:`find_claims` (pure; also run by the ``claims`` stage, :class:`ClaimStage`) reads every
sentence of a document and returns :class:`~khabar.document.Claim` objects:

- ``by`` is the **outermost voice** that has an entity: the outlet or agency ("نقلت وكالة رويترز
  عن ..." -> ``reuters``), the person ("قال حسن ناظم"), the body ("أعلنت وزارة الدفاع التركية").
- ``citing`` lists the nested sources, **outermost to innermost**, sources at the same depth in
  text order: "به گزارش بی‌بی‌سی فارسی، رویترز به نقل از دو منبع امنیتی" -> by ``bbc-persian``,
  citing ``[reuters, "two security sources"]``. A source without an entity is a
  :class:`~khabar.document.Citation` with an English ``description`` made from templates (count,
  adjectives, source noun, tail, anonymity: "three sources in armed factions", "a security source
  who asked not to be named"); words the templates do not know are kept by appending the original
  phrase in parentheses.
- **Conventions** (decisions):

  * ``by is None`` and ``citing == []``: the **article's own voice** (unattributed reporting; a
    brief says "the outlet").
  * ``by is None`` and ``citing`` not empty: the outermost voice has no entity of its own, so it is
    ``citing[0]`` — an anonymous source ("a security source ..."), or a speaker named by title
    only ("المتحدث باسم وزارة الخارجية الإيرانية" -> ``Citation(entity="iran-foreign-ministry",
    description="the spokesperson for the Iranian Foreign Ministry")``: the entity is the body
    the person speaks for, the description says who spoke). :func:`voice_of` returns the whole
    chain in one list either way.
  * A source that spoke *to* an outlet is cited by it: "two Gulf sources told Reuters", "كشف
    مصدر ... لوكالة فرانس برس" -> by the outlet, citing the source. "told our correspondent"
    (لمراسلنا) keeps the speaker as ``by``.
- ``kind`` is ``report``, ``quote`` (the content holds a quoted statement of five words or more;
  shorter quoted labels are scare quotes; the span is then the quote itself) or ``denial``
  ("نفى", "تکذیب کرد", "denied": the denier's claim). The media whose report is denied ("كما
  أفادت وسائل إعلام كردية", "گزارش رسانه‌های غربی") get their own ``report`` claim over the same
  span.
- **Threats, warnings and accusations** (هدد، حذر، اتهم / تهدید کرد، هشدار داد، متهم کرد /
  threatened, warned, accused): the act is reported by whoever reports the sentence (usually the
  article), and what is threatened or alleged is the speaker's claim, whose span is only that
  content (nested inside the sentence's claim). Calls, condemnations and rejections are plain
  events of the article's voice.
- **Scope**: an attribution at the start of a clause covers what follows it (to the end of the
  sentence or the next attribution); one at the end ("..., the ministry said", "بحسب X") covers
  what precedes it, back to the last coordinated clause ("A، وB، وفق X" -> only B). Text no
  attribution covers is the article's.
- **Carry-over**: "وأضاف ...", "وتابعت المصادر أن", "He added", "وی افزود", an anaphoric or
  pronoun subject, or a sentence made only of a quotation continues the previous speaker; a new
  frame starts a new claim. Neighbouring claims with the same voice and kind are merged, so one
  claim can span several sentences.
- ``span`` is the evidence: the sentence(s) or part of a sentence the voice asserts, always inside
  the text. Ids are ``c1``, ``c2``, ... in text order (deterministic).

:func:`claim_for` gives the id of the claim asserting an evidence span (the smallest claim that
covers it), so events can link to their claim.

Modules: :mod:`~khabar.claims.lexicon` (the ``khabar/lang/<lang>/attribution.py`` constants as
normalized keys), :mod:`~khabar.claims.context` (key, offsets, mentions, quotations),
:mod:`~khabar.claims.sources` (reading a source phrase into a citation, English descriptions),
:mod:`~khabar.claims.framebase` / :mod:`~khabar.claims.frames` / :mod:`~khabar.claims.english`
(attribution frames), :mod:`~khabar.claims.find` (claims, carry-over, ids),
:mod:`~khabar.claims.link` and :mod:`~khabar.claims.stage`. Accuracy: ``python bench/claims.py``.
"""

from __future__ import annotations

import logging

from khabar.claims.find import find_claims, voice_of
from khabar.claims.link import claim_covering, claim_for
from khabar.claims.stage import ClaimStage

__all__ = ["find_claims", "claim_for", "claim_covering", "voice_of", "ClaimStage"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
