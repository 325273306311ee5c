"""Actor, target and place frames in Arabic, Persian and English (sentences written for these tests).

Mentions are built here as the "entities" and "places" stages would give them: ids ``csc:XX`` for
countries, ``gn:...`` for cities, knowledge-base ids for the rest.
"""

from __future__ import annotations

import pytest

from khabar.document import Event, Mention
from khabar.events import World, extract_events
from khabar.kb import KBEntity, KnowledgeBase

#: A small knowledge base: place kinds decide which place is the most specific.
KB = KnowledgeBase([
    KBEntity(id="abha-airport", type="LOC", kind="site", name_en="Abha International Airport"),
    KBEntity(id="ain-al-asad", type="LOC", kind="base", name_en="Ain al-Asad Air Base"),
])


def run(text: str, lang: str, names: dict[str, tuple[str, str]] | None = None,
        published: str | None = "2023-05-10") -> list[Event]:
    mentions = []
    for surface, (eid, typ) in (names or {}).items():
        i = text.find(surface)
        assert i >= 0, surface
        mentions.append(Mention(i, i + len(surface), surface, eid, typ, "test"))
    found = extract_events(text, lang, mentions=mentions, published=published, world=World(KB))
    return [f.event for f in found.events]


def one(events: list[Event], etype: str) -> Event:
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.actor, e.target) for e in events]
    return found[0]


def test_arabic_vso_subject_and_object() -> None:
    text = "استقبل رئيس الوزراء مصطفى الكاظمي في بغداد وزير الخارجية محمد جواد ظريف."
    e = one(run(text, "ar", {"مصطفى الكاظمي": ("kadhimi", "PER"), "بغداد": ("gn:98182", "LOC"),
                             "محمد جواد ظريف": ("zarif", "PER")}), "CONSULT")
    assert (e.actor, e.target, e.place and e.place.entity) == ("kadhimi", "zarif", "gn:98182")


def test_arabic_attack_on_target_with_preposition() -> None:
    text = "شن الحوثيون هجوماً على مطار أبها."
    e = one(run(text, "ar", {"الحوثيون": ("houthis", "ORG"), "مطار أبها": ("abha-airport", "LOC")}), "ASSAULT")
    assert e.actor == "houthis"
    assert e.target == "abha-airport"


def test_arabic_met_with_partner_preposition() -> None:
    text = "التقى الرئيس عبد الفتاح السيسي بالعاهل الأردني الملك عبد الله الثاني في القاهرة."
    e = one(run(text, "ar", {"عبد الفتاح السيسي": ("sisi", "PER"), "الملك عبد الله الثاني": ("abdullah-ii", "PER"),
                             "القاهرة": ("gn:360630", "LOC")}), "CONSULT")
    assert (e.actor, e.target) == ("sisi", "abdullah-ii")


def test_nationality_adjective_names_the_state() -> None:
    e = one(run("قصفت طائرات حربية إسرائيلية مواقع قرب دمشق.", "ar", {"دمشق": ("gn:170654", "LOC")}), "ASSAULT")
    assert e.actor == "csc:IL"
    e = one(run("Turkish drones struck a vehicle near Sinjar.", "en", {"Sinjar": ("gn:94298", "LOC")}), "ASSAULT")
    assert e.actor == "csc:TR"
    e = one(run("پهپادهای اسرائیلی به یک انبار حمله کردند.", "fa"), "ASSAULT")
    assert e.actor == "csc:IL"


def test_generic_forces_mention_is_the_state() -> None:
    text = "دفعت القوات الأمريكية بتعزيزات إلى قاعدتها في الحسكة."
    e = one(run(text, "ar", {"القوات الأمريكية": ("us-military", "ORG"), "الحسكة": ("gn:173811", "LOC")}), "MOBILIZE")
    assert e.actor == "csc:US"
    assert e.target is None  # a deployment has no target without a preposition
    assert e.place is not None and e.place.entity == "gn:173811"


def test_victims_are_targets_not_actors() -> None:
    text = "استهدفت صواريخ قاعدة عسكرية ما أسفر عن إصابة جنديين أمريكيين."
    e = one(run(text, "ar"), "ASSAULT")
    assert e.actor is None
    assert e.target == "csc:US"
    assert e.quantities == {"wounded": 2}


def test_english_passive_with_agent() -> None:
    text = "The convoy was attacked by Houthi fighters near Marib."
    e = one(run(text, "en", {"Houthi": ("houthis", "ORG"), "Marib": ("gn:72000", "LOC")}), "ASSAULT")
    assert e.actor == "houthis"
    assert e.place is not None and e.place.entity == "gn:72000"


def test_english_passive_without_agent_has_no_actor() -> None:
    e = one(run("Three activists were arrested in Basra on Monday.", "en", {"Basra": ("gn:99532", "LOC")}), "COERCE")
    assert e.actor is None
    assert e.quantities == {"arrested": 3}


def test_persian_subject_object_marked_by_ra() -> None:
    text = "ایران آمریکا را به حمایت از تروریسم متهم کرد."
    e = one(run(text, "fa", {"ایران": ("csc:IR", "LOC"), "آمریکا": ("csc:US", "LOC")}), "ACCUSE")
    assert (e.actor, e.target) == ("csc:IR", "csc:US")


def test_persian_attack_target_after_be() -> None:
    text = "شبه‌نظامیان دیروز به پایگاه عین‌الاسد حمله کردند."
    e = one(run(text, "fa", {"عین‌الاسد": ("ain-al-asad", "LOC")}), "ASSAULT")
    assert e.place is not None and e.place.entity == "ain-al-asad"


def test_persian_ezafe_genitive_actor_of_an_event_noun() -> None:
    text = "وزارت خارجه حمله اسرائیل به ساختمان کنسولی را محکوم کرد."
    events = run(text, "fa", {"اسرائیل": ("csc:IL", "LOC"), "وزارت خارجه": ("iran-mfa", "ORG")})
    assert one(events, "ASSAULT").actor == "csc:IL"
    assert one(events, "ACCUSE").actor == "iran-mfa"


def test_coordinated_parties_of_an_agreement() -> None:
    text = "Turkey and Qatar signed a defence agreement in Doha."
    e = one(run(text, "en", {"Turkey": ("csc:TR", "LOC"), "Qatar": ("csc:QA", "LOC"), "Doha": ("gn:290030", "LOC")}),
            "AGREE")
    assert (e.actor, e.target) == ("csc:TR", "csc:QA")
    assert e.place is not None and e.place.entity == "gn:290030"
    text = "ایران و عراق یک توافقنامه امنیتی امضا کردند."
    e = one(run(text, "fa", {"ایران": ("csc:IR", "LOC"), "عراق": ("csc:IQ", "LOC")}), "AGREE")
    assert (e.actor, e.target) == ("csc:IR", "csc:IQ")


def test_talks_between_two_parties() -> None:
    text = "أكدت الدوحة استعدادها لاستضافة محادثات بين واشنطن وطهران."
    e = one(run(text, "ar", {"واشنطن": ("csc:US", "LOC"), "طهران": ("csc:IR", "LOC")}), "CONSULT")
    assert (e.actor, e.target) == ("csc:US", "csc:IR")


def test_specific_place_wins_over_province() -> None:
    text = "استهدفت ثلاثة صواريخ قاعدة عين الأسد الجوية في محافظة الأنبار."
    e = one(run(text, "ar", {"عين الأسد": ("ain-al-asad", "LOC"), "الأنبار": ("csc:IQ-AN", "LOC")}), "ASSAULT")
    assert e.place is not None and e.place.entity == "ain-al-asad"


def test_two_countries_and_nothing_more_specific_is_no_place() -> None:
    text = "US jets struck militia facilities in Iraq and Syria on Sunday."
    e = one(run(text, "en", {"Iraq": ("csc:IQ", "LOC"), "Syria": ("csc:SY", "LOC")}), "ASSAULT")
    assert e.place is None


def test_speech_acts_take_a_place_only_with_a_preposition() -> None:
    text = "Iran condemned the attack on its embassy in Damascus."
    events = run(text, "en", {"Iran": ("csc:IR", "LOC"), "Damascus": ("gn:170654", "LOC")})
    assert one(events, "ACCUSE").place is None or one(events, "ACCUSE").place.entity != "csc:IR"


def test_requested_act_is_done_by_the_addressee() -> None:
    text = "The UN urged Israel to withdraw from Rafah."
    events = run(text, "en", {"UN": ("un", "ORG"), "Israel": ("csc:IL", "LOC"), "Rafah": ("gn:281102", "LOC")})
    req = one(events, "REQUEST")
    ret = one(events, "RETREAT")
    assert (req.actor, req.target) == ("un", "csc:IL")
    assert ret.actor == "csc:IL" and ret.mode == "requested"


def test_threatened_act_is_the_threateners() -> None:
    text = "هدد الحرس الثوري بضرب القواعد الأمريكية في المنطقة."
    events = run(text, "ar", {"الحرس الثوري": ("irgc", "ORG")})
    assert one(events, "THREATEN").actor == "irgc"
    assault = one(events, "ASSAULT")
    assert assault.mode == "threatened"
    assert assault.actor in ("irgc", "csc:US")  # the bases' owner is named by a nationality
    text = "Hezbollah threatened to attack Israeli gas platforms."
    assert one(run(text, "en", {"Hezbollah": ("hezbollah", "ORG")}), "ASSAULT").actor == "hezbollah"


def test_accused_is_the_actor_of_the_alleged_act() -> None:
    text = "اتهمت وزارة الخارجية إسرائيل بالوقوف وراء الهجوم على المنشأة."
    events = run(text, "ar", {"وزارة الخارجية": ("mfa", "ORG"), "إسرائيل": ("csc:IL", "LOC")})
    assert one(events, "ACCUSE").actor == "mfa"
    assert one(events, "ACCUSE").target == "csc:IL"
    assert one(events, "ASSAULT").actor == "csc:IL"


def test_unknown_attackers_are_no_actor() -> None:
    text = "استهدفت طائرات مجهولة الهوية مواقع لفصائل قرب البوكمال."
    e = one(run(text, "ar", {"البوكمال": ("gn:172374", "LOC")}), "ASSAULT")
    assert e.actor is None


@pytest.mark.parametrize("lang, text, names, actor", [
    ("ar", "وأشاد وزير الخارجية سامح شكري بالجهود المبذولة.", {"سامح شكري": ("shoukry", "PER")}, "shoukry"),
    ("en", "The council condemned the attack and rejected the plan.", {"council": ("unsc", "ORG")}, "unsc"),
])
def test_coordinated_verbs_share_the_subject(lang: str, text: str, names: dict[str, tuple[str, str]], actor: str) -> None:
    events = run(text, lang, names)
    assert all(e.actor == actor for e in events if e.type in ("SUPPORT", "REJECT", "ACCUSE"))
