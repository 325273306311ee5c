"""Event dates against the publication date: relative, absolute, Jalali, Hijri, anchored, windows,
and what happens without a publication date."""

from __future__ import annotations

import pytest

from khabar.document import Event
from khabar.events import extract_events


def dated(text: str, lang: str, published: str | None) -> list[tuple[str, str | None, tuple[str, str] | None]]:
    found = extract_events(text, lang, published=published).events
    return [(f.event.type, f.event.date, tuple(f.event.date_window) if f.event.date_window else None) for f in found]


def only(text: str, lang: str, published: str | None) -> tuple[str | None, tuple[str, str] | None]:
    (row,) = dated(text, lang, published)
    return row[1], row[2]


@pytest.mark.parametrize("lang, text, published, date", [
    # relative days and weekdays (2023-05-10 is a Wednesday)
    ("ar", "سقطت ثلاثة صواريخ على القاعدة أمس.", "2023-05-10", "2023-05-09"),
    ("ar", "سقطت ثلاثة صواريخ على القاعدة فجر اليوم الأربعاء.", "2023-05-10", "2023-05-10"),
    ("ar", "استهدفت طائرة مسيرة القاعدة الثلاثاء الماضي.", "2023-05-10", "2023-05-09"),
    ("ar", "اعتقلت الشرطة خمسة أشخاص قبل ثلاثة أيام.", "2023-05-10", "2023-05-07"),
    ("fa", "پهپادها دیروز به پایگاه حمله کردند.", "2023-05-10", "2023-05-09"),
    ("fa", "سپاه سه‌شنبه گذشته مقرهای گروه را هدف قرار داد.", "2023-05-10", "2023-05-09"),
    ("en", "Rockets struck the base yesterday.", "2023-05-10", "2023-05-09"),
    ("en", "Police detained five activists last Sunday.", "2023-05-10", "2023-05-07"),
    ("en", "Gunmen attacked a checkpoint two days ago.", "2023-05-10", "2023-05-08"),
    # absolute, ordinal words, other calendars
    ("ar", "استقبل الرئيس الوزير في الخامس من يوليو.", "2023-07-07", "2023-07-05"),
    ("ar", "وقع البلدان اتفاقاً يوم 14 آذار 2023.", "2023-05-10", "2023-03-14"),
    ("ar", "رست سفينة المساعدات يوم الثلاثاء 12 شوال 1444هـ في الميناء.", "2023-05-03", "2023-05-02"),
    ("fa", "سپاه روز ۲۲ تیر ۱۴۰۰ یک شناور را توقیف کرد.", "2021-07-14", "2021-07-13"),
    ("fa", "وزیر روز ۷ ژوئیه در مسکو با همتای خود دیدار کرد.", "2021-07-08", "2021-07-07"),
    ("en", "The two ministers met in Beijing on April 6, 2023.", "2023-04-07", "2023-04-06"),
])
def test_exact_days(lang: str, text: str, published: str, date: str) -> None:
    assert only(text, lang, published) == (date, None)


@pytest.mark.parametrize("lang, text, published, window", [
    ("ar", "تظاهر الآلاف في الساحة الأسبوع الماضي.", "2019-10-10", ("2019-09-28", "2019-10-04")),
    ("ar", "أطلقت صواريخ على الحقل أواخر يونيو.", "2021-07-12", ("2021-06-21", "2021-06-30")),
    ("fa", "ارتش اواخر خرداد امسال رزمایشی برگزار کرد.", "2021-07-13", ("2021-06-11", "2021-06-21")),
    ("fa", "قرار است وزیر هفته آینده به تهران سفر کند.", "2023-05-16", ("2023-05-20", "2023-05-26")),
    ("en", "Hundreds of people protested outside the bank last week.", "2023-03-08", ("2023-02-27", "2023-03-05")),
    ("en", "The Houthis fired a ballistic missile at the city earlier this month.", "2021-03-15",
     ("2021-03-01", "2021-03-14")),
])
def test_windows_when_only_a_range_is_known(lang: str, text: str, published: str, window: tuple[str, str]) -> None:
    assert only(text, lang, published) == (None, window)


def test_no_publication_date_leaves_relative_dates_unresolved() -> None:
    assert only("سقطت ثلاثة صواريخ على القاعدة أمس.", "ar", None) == (None, None)
    assert only("پهپادها دیروز به پایگاه حمله کردند.", "fa", None) == (None, None)
    assert only("Gunmen shot dead a judge on Sunday.", "en", None) == (None, None)
    # an absolute date still resolves, and so does what is anchored to it
    text = "في 3 كانون الثاني 2020 قُتل القائد بغارة جوية، وردّت إيران بعد خمسة أيام بقصف القاعدة."
    assert [d for _, d, _ in dated(text, "ar", None)] == ["2020-01-03", "2020-01-08"]


@pytest.mark.parametrize("lang, text, published, dates", [
    ("en", "The ministry on Thursday condemned an artillery strike that killed nine tourists the previous day, "
           "and rejected the denial.", "2022-07-22", {"ACCUSE": "2022-07-21", "ASSAULT": "2022-07-20",
                                                      "REJECT": "2022-07-21"}),
    ("en", "Jets struck the camps on Dec. 29 in retaliation for a rocket attack two days earlier.", "2019-12-31",
     {"ASSAULT": ["2019-12-29", "2019-12-27"]}),
])
def test_dates_anchored_to_another_date(lang: str, text: str, published: str, dates: dict[str, object]) -> None:
    got: dict[str, list[str | None]] = {}
    for etype, date, _ in dated(text, lang, published):
        got.setdefault(etype, []).append(date)
    for etype, want in dates.items():
        assert got[etype] == (want if isinstance(want, list) else [want])


def test_date_sharing_follows_coordination_not_embedding() -> None:
    text = "رفضت الجماعة، يوم الأحد، مقترحاً قدمه المبعوث، واتهمت التحالف بعدم الالتزام."
    got = {etype: date for etype, date, _ in dated(text, "ar", "2022-10-03")}
    assert got == {"REJECT": "2022-10-02", "REQUEST": None, "ACCUSE": "2022-10-02"}


def test_the_reporting_verb_keeps_its_own_date() -> None:
    text = "The Houthis fired a missile at the city earlier this month, the coalition said on Sunday."
    assert only(text, "en", "2021-03-15") == (None, ("2021-03-01", "2021-03-14"))
    text = "Israel has called up 300,000 reservists since Saturday, the military said on Monday."
    assert only(text, "en", "2023-10-10") == ("2023-10-07", None)


def test_a_denial_keeps_its_own_date() -> None:
    text = "نفى المتحدث، اليوم الاثنين، أن يكون الوزير قد التقى مسؤولين أجانب."
    assert only(text, "ar", "2021-06-28") == (None, None)


def test_scheduled_bare_weekday_is_the_next_one() -> None:
    text = "Jordan has called off a summit in Amman that was to bring the leaders together on Wednesday."
    assert only(text, "en", "2023-10-17") == ("2023-10-18", None)


def test_two_digit_year_read_with_the_publication_century() -> None:
    found = extract_events("ضبطت الشرطة في 5/7/21 خلية من ستة أشخاص.", "ar", published="2021-07-08")
    assert [f.event.date for f in found.events] == ["2021-07-05"]
    assert any("two-digit year" in m for _, m in found.issues)


def test_past_event_dated_after_publication_is_kept_with_an_issue() -> None:
    found = extract_events("استهدفت طائرة مسيرة القاعدة في 15 تموز 2021.", "ar", published="2021-07-08")
    assert [f.event.date for f in found.events] == ["2021-07-15"]
    assert any("after the publication date" in m for _, m in found.issues)


def test_dates_never_cross_a_sentence() -> None:
    text = "Rockets struck the base on Monday. The militia threatened more attacks."
    got = dated(text, "en", "2023-05-10")
    assert ("THREATEN", None, None) in got


def events_of(text: str, lang: str, published: str | None) -> list[Event]:
    return [f.event for f in extract_events(text, lang, published=published).events]


def test_date_window_is_never_a_made_up_day() -> None:
    for e in events_of("Protesters rallied in the capital late last month.", "en", "2023-08-05"):
        assert e.date is None and e.date_window == ("2023-07-21", "2023-07-31")
