"""Language identification: short titles and paragraphs written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.text.langid import detect_language

AR_TITLES = [
    "الرئيس الإيراني يصل إلى بغداد في زيارة رسمية",
    "مقتل ثلاثة جنود في هجوم على قاعدة عسكرية شمال العراق",
    "وزير الخارجية السعودي يلتقي نظيره الأمريكي في الرياض",
    "ارتفاع أسعار النفط بعد قرار أوبك بخفض الإنتاج",
    "الأمم المتحدة تحذر من مجاعة في غزة",
    "البرلمان العراقي يصوت على قانون الموازنة الجديدة",
    "انفجار يهز العاصمة اللبنانية بيروت",
    "حزب الله يعلن استهداف موقع إسرائيلي بصواريخ",
    "مجلس الأمن يعقد جلسة طارئة حول سوريا",
    "الحوثيون يهاجمون سفينة تجارية في البحر الأحمر",
    "الجيش الأردني يحبط محاولة تهريب مخدرات على الحدود",
    "طهران ترفض الاتهامات الأمريكية بشأن برنامجها النووي",
    "مصر تستضيف قمة عربية لبحث الأزمة في السودان",
    "الاحتلال يعتقل عشرات الفلسطينيين في الضفة الغربية",
    "تركيا تقصف مواقع لحزب العمال الكردستاني في دهوك",
    "قطر تعلن عن وساطة جديدة لوقف إطلاق النار",
    "رئيس الوزراء العراقي يستقبل وفدا إيرانيا رفيع المستوى",
    "انخفاض قيمة الليرة السورية أمام الدولار",
    "ما الذي ينتظر لبنان بعد الانتخابات؟",
    "هل تنجح المفاوضات النووية في فيينا؟",
    "اجتماع طارئ لوزراء الخارجية العرب",
    "غارات جوية عنيفة على ريف دمشق الغربي",
    # typed on a Persian keyboard: Persian ye and kaf, still Arabic
    "الرئیس الإیرانی یصل إلى بغداد فی زیارة رسمیة",
    "قال المتحدث باسم الخارجیة إن طهران لن تتراجع",
    "مقتل مدنیین فی غارة على ریف إدلب",
    "وزیر الدفاع العراقی یزور الحدود مع سوریا",
    "الشرکات الأجنبیة تنسحب من السوق بسبب الحرب",
]

FA_TITLES = [
    "رئیس‌جمهور ایران وارد بغداد شد",
    "سه نظامی در حمله به پایگاهی در شمال عراق کشته شدند",
    "وزیر خارجه عربستان با همتای آمریکایی خود دیدار کرد",
    "قیمت نفت پس از تصمیم اوپک افزایش یافت",
    "سازمان ملل درباره قحطی در غزه هشدار داد",
    "مجلس عراق به قانون بودجه جدید رأی داد",
    "انفجار مهیب در بیروت پایتخت لبنان",
    "حزب‌الله از حمله موشکی به یک پایگاه اسرائیلی خبر داد",
    "نشست اضطراری شورای امنیت درباره سوریه",
    "حوثی‌ها به یک کشتی تجاری در دریای سرخ حمله کردند",
    "تهران اتهامات آمریکا درباره برنامه هسته‌ای را رد کرد",
    "مصر میزبان نشست سران عرب درباره بحران سودان است",
    "قطر از میانجیگری تازه برای آتش‌بس خبر داد",
    "کاهش ارزش ریال در برابر دلار ادامه دارد",
    "آیا مذاکرات هسته‌ای در وین به نتیجه می‌رسد؟",
    "سپاه پاسداران رزمایش بزرگی در خلیج فارس برگزار کرد",
    "دولت طرح افزایش حقوق کارمندان را به مجلس فرستاد",
    "بارش برف جاده‌های شمال کشور را مسدود کرد",
    "دیدار ظریف و لاوروف در مسکو",
    "زلزله شدید کرمانشاه را لرزاند",
    "تحریم‌های جدید اتحادیه اروپا علیه ایران",
    "انفجار در بغداد و زخمی شدن چند نفر",
    # older sites: Arabic ye and kaf, no ZWNJ
    "رئيس جمهور ايران وارد بغداد شد",
    "وزير خارجه گفت كه مذاكرات ادامه مي يابد",
    "كشته شدن دو نفر در تيراندازي اهواز",
    "نخست وزير عراق به تهران سفر مي كند",
]

UR_TITLES = [
    "وزیراعظم نے قومی اسمبلی سے خطاب کیا",
    "کراچی میں شدید بارش سے نظام زندگی مفلوج",
    "ایران کے صدر بغداد کے سرکاری دورے پر پہنچ گئے",
    "تیل کی قیمتوں میں اضافے کا امکان ہے",
    "اقوام متحدہ نے غزہ میں قحط کا انتباہ دیا ہے",
    "پاکستان اور افغانستان کے درمیان سرحد بند کر دی گئی",
    "لاہور میں دھماکے سے تین افراد ہلاک",
    "حکومت نے نئے بجٹ کا اعلان کر دیا",
    "سپریم کورٹ نے فیصلہ محفوظ کر لیا",
    "عمران خان کی ضمانت کی درخواست مسترد",
    "سعودی عرب اور ایران کے تعلقات میں بہتری",
    "بھارت کے ساتھ مذاکرات کی کوئی تجویز نہیں",
    "ڈالر کی قدر میں مسلسل اضافہ جاری",
    "کیا جوہری مذاکرات کامیاب ہوں گے؟",
    "پشاور میں پولیس پر حملہ، دو اہلکار شہید",
    "وزیر خارجہ چین کے دورے پر روانہ",
    "اسلام آباد میں سیکیورٹی سخت کر دی گئی",
    "مہنگائی کی شرح میں کمی ریکارڈ",
    "ملک میں گندم کا بحران شدت اختیار کر گیا",
    "الیکشن کمیشن نے انتخابی شیڈول جاری کر دیا",
]

KU_TITLES = [
    "سەرۆک کۆماری ئێران گەیشتە بەغدا",
    "سێ سەرباز لە هێرشێکدا لە باکووری عێراق کوژران",
    "پەرلەمانی کوردستان کۆبوونەوەیەکی نائاسایی ئەنجامدا",
    "نرخی نەوت دوای بڕیاری ئۆپێک بەرزبووەوە",
    "حکومەتی هەرێم مووچەی فەرمانبەران دابەش دەکات",
    "بارانی بەخوڕ لە سلێمانی زیانی گەیاند",
    "تورکیا گوندەکانی سنوور بۆردومان دەکات",
    "وەزیری دەرەوە لەگەڵ باڵیۆزی ئەمریکا کۆبووەوە",
    "هەولێر میوانداری کۆنفرانسێکی نێودەوڵەتی دەکات",
    "خۆپیشاندەران لە بەردەم پەرلەمان کۆبوونەوە",
]

EN_TITLES = [
    "Iranian president arrives in Baghdad for official visit",
    "Three soldiers killed in attack on base in northern Iraq",
    "Saudi foreign minister meets US counterpart in Riyadh",
    "Oil prices rise after OPEC decides to cut output",
    "UN warns of famine in Gaza as aid stalls",
    "Iraqi parliament votes on new budget law",
    "Explosion shakes Lebanese capital Beirut",
    "Hezbollah says it fired rockets at Israeli position",
    "Security Council holds emergency session on Syria",
    "Houthis attack commercial ship in the Red Sea",
    "Tehran rejects US accusations over nuclear programme",
    "Egypt to host Arab summit on Sudan crisis",
    "Qatar announces new mediation effort for ceasefire",
    "Rial falls to record low against the dollar",
    "Will the Vienna nuclear talks succeed?",
    "Revolutionary Guards stage large drill in the Gulf",
]

OTHER_TITLES = [
    ("fr", "Le président iranien arrive à Bagdad pour une visite officielle"),
    ("fr", "Trois soldats tués dans une attaque contre une base en Irak"),
    ("tr", "İran Cumhurbaşkanı resmi ziyaret için Bağdat'a geldi"),
    ("tr", "Irak'ın kuzeyinde bir üsse düzenlenen saldırıda üç asker öldü"),
    ("de", "Der iranische Präsident trifft zu einem offiziellen Besuch in Bagdad ein"),
]

AR_PARAGRAPHS = [
    "أعلنت وزارة الدفاع العراقية، اليوم الثلاثاء، مقتل ثلاثة جنود وإصابة خمسة آخرين في هجوم شنه "
    "مسلحون على نقطة تفتيش قرب مدينة كركوك. وقال بيان للوزارة إن القوات الأمنية باشرت عملية تفتيش "
    "واسعة في المنطقة بحثا عن المهاجمين، مشيرا إلى أن التحقيقات ما زالت جارية.",
    "قال المتحدث باسم الخارجية الإيرانية إن بلاده لن تقبل بأي شروط مسبقة للعودة إلى المفاوضات، "
    "وأضاف في مؤتمر صحفي أسبوعي أن على الولايات المتحدة أن تتخذ الخطوة الأولى برفع العقوبات التي "
    "فرضتها على الاقتصاد الإيراني منذ عام 2018.",
    "شهدت أسعار النفط ارتفاعا ملحوظا في تعاملات يوم الاثنين، بعد أن أعلنت منظمة أوبك وحلفاؤها عن "
    "خفض جديد للإنتاج. ويرى محللون أن هذه الخطوة قد تؤدي إلى زيادة الضغوط التضخمية في الدول "
    "المستوردة للطاقة خلال الأشهر المقبلة.",
    "وأفاد مراسلنا بأن طائرات حربیة شنت غارات على مواقع فی ریف حلب الشمالی، ما أسفر عن سقوط "
    "قتلى وجرحى بین المدنیین، فی حین لم یصدر أی تعلیق رسمی من الجهات المعنیة حتى الآن.",
    "دعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار في السودان، محذرا من أن ملايين "
    "الأشخاص باتوا على حافة المجاعة، وأن المنظمات الإنسانية تواجه صعوبات كبيرة في إيصال المساعدات.",
]

FA_PARAGRAPHS = [
    "وزارت دفاع عراق روز سه‌شنبه اعلام کرد که سه نظامی در حمله افراد مسلح به یک ایست بازرسی در نزدیکی "
    "کرکوک کشته و پنج نفر دیگر زخمی شدند. در بیانیه این وزارتخانه آمده است که نیروهای امنیتی عملیات "
    "گسترده‌ای را برای یافتن مهاجمان آغاز کرده‌اند و تحقیقات همچنان ادامه دارد.",
    "سخنگوی وزارت امور خارجه ایران گفت که تهران هیچ پیش‌شرطی را برای بازگشت به مذاکرات نمی‌پذیرد. "
    "او در نشست خبری هفتگی خود افزود که آمریکا باید نخستین گام را با لغو تحریم‌هایی که از سال ۲۰۱۸ "
    "علیه اقتصاد ایران اعمال کرده است بردارد.",
    "قیمت نفت در معاملات روز دوشنبه پس از آنکه اوپک و متحدانش از کاهش تازه تولید خبر دادند، به‌طور "
    "محسوسی افزایش یافت. تحلیلگران معتقدند این اقدام ممکن است فشارهای تورمی را در کشورهای واردکننده "
    "انرژی در ماه‌های آینده افزایش دهد.",
    "خبرنگار ما گزارش داد كه هواپيماهاي جنگي مواضعي را در شمال حلب بمباران كردند و شماري از غيرنظاميان "
    "كشته و زخمي شدند. تاكنون هيچ مقام رسمي در اين باره اظهار نظر نكرده است.",
    "دبیرکل سازمان ملل خواستار آتش‌بس فوری در سودان شد و هشدار داد که میلیون‌ها نفر در آستانه قحطی "
    "قرار دارند و سازمان‌های امدادی برای رساندن کمک با دشواری‌های جدی روبه‌رو هستند.",
]

UR_PARAGRAPHS = [
    "عراق کی وزارت دفاع نے منگل کو بتایا کہ کرکوک کے قریب ایک چیک پوسٹ پر مسلح افراد کے حملے میں تین "
    "فوجی ہلاک اور پانچ زخمی ہو گئے۔ وزارت کے بیان میں کہا گیا ہے کہ سیکیورٹی فورسز نے حملہ آوروں کی "
    "تلاش کے لیے علاقے میں وسیع آپریشن شروع کر دیا ہے۔",
    "ایرانی وزارت خارجہ کے ترجمان نے کہا ہے کہ تہران مذاکرات کی بحالی کے لیے کوئی پیشگی شرط قبول نہیں "
    "کرے گا۔ انہوں نے ہفتہ وار پریس کانفرنس میں کہا کہ امریکہ کو پہلا قدم اٹھاتے ہوئے پابندیاں ختم کرنی ہوں گی۔",
    "پیر کے روز تیل کی قیمتوں میں نمایاں اضافہ دیکھا گیا جب اوپیک اور اس کے اتحادیوں نے پیداوار میں نئی "
    "کمی کا اعلان کیا۔ ماہرین کا خیال ہے کہ اس سے توانائی درآمد کرنے والے ممالک میں مہنگائی بڑھ سکتی ہے۔",
]

KU_PARAGRAPHS = [
    "وەزارەتی بەرگریی عێراق ڕایگەیاند کە سێ سەرباز لە هێرشی چەکدارێک بۆ سەر بازگەیەک لە نزیک کەرکووک "
    "کوژران و پێنج کەسی دیکەش بریندار بوون. لە ڕاگەیەندراوی وەزارەتەکەدا هاتووە کە هێزە ئەمنییەکان "
    "دەستیان بە ئۆپەراسیۆنێکی فراوان کردووە بۆ دۆزینەوەی هێرشبەران.",
    "گوتەبێژی وەزارەتی دەرەوەی ئێران ڕایگەیاند کە تاران هیچ مەرجێکی پێشوەختە بۆ گەڕانەوە بۆ "
    "دانوستانەکان قبووڵ ناکات و ئەمریکا دەبێت یەکەم هەنگاو بنێت.",
]

EN_PARAGRAPHS = [
    "Iraq's defence ministry said on Tuesday that three soldiers were killed and five wounded when gunmen "
    "attacked a checkpoint near Kirkuk. Security forces have launched a wide search operation in the area, "
    "the ministry said, adding that investigations were continuing.",
    "Iran will not accept any preconditions for returning to the negotiations, the foreign ministry "
    "spokesman told his weekly news conference, adding that Washington must take the first step by lifting "
    "the sanctions it imposed on the Iranian economy in 2018.",
]


def _cases() -> list[tuple[str, str]]:
    cases: list[tuple[str, str]] = []
    for lang, items in (
        ("ar", AR_TITLES + AR_PARAGRAPHS), ("fa", FA_TITLES + FA_PARAGRAPHS), ("ur", UR_TITLES + UR_PARAGRAPHS),
        ("ku", KU_TITLES + KU_PARAGRAPHS), ("en", EN_TITLES + EN_PARAGRAPHS),
    ):
        cases.extend((lang, text) for text in items)
    cases.extend(OTHER_TITLES)
    return cases


CASES = _cases()


def accuracy(lang: str | None = None) -> tuple[float, list[tuple[str, str, str]]]:
    """Share of correct answers on the cases of ``lang`` (all if ``None``) and the errors."""
    errors = []
    chosen = [(want, text) for want, text in CASES if lang is None or want == lang]
    for want, text in chosen:
        got, _ = detect_language(text)
        if got != want:
            errors.append((want, got, text))
    return 1 - len(errors) / len(chosen), errors


@pytest.mark.parametrize(("lang", "floor"), [("ar", 0.95), ("fa", 0.95), ("ur", 0.95), ("ku", 0.9), ("en", 0.95)])
def test_accuracy_floor(lang: str, floor: float) -> None:
    share, errors = accuracy(lang)
    assert share >= floor, errors


def test_overall_accuracy() -> None:
    share, errors = accuracy()
    assert share >= 0.97, errors


@pytest.mark.parametrize("text", AR_TITLES[-5:])
def test_arabic_typed_with_persian_letters_is_arabic(text: str) -> None:
    assert "ی" in text or "ک" in text
    assert detect_language(text)[0] == "ar"


@pytest.mark.parametrize("text", FA_TITLES[-4:] + FA_PARAGRAPHS[3:4])
def test_persian_typed_with_arabic_letters_is_persian(text: str) -> None:
    assert "ي" in text or "ك" in text
    assert detect_language(text)[0] == "fa"


@pytest.mark.parametrize("text", KU_TITLES[:3] + KU_PARAGRAPHS)
def test_sorani_is_kurdish_not_persian_or_arabic(text: str) -> None:
    assert detect_language(text)[0] == "ku"


@pytest.mark.parametrize("text", UR_TITLES[:5])
def test_urdu_is_not_persian(text: str) -> None:
    assert detect_language(text)[0] == "ur"


@pytest.mark.parametrize("text", ["", "   ", "123 456", "٢٠٢٤/١١/٢٢", "!!! ... ؟", "😀🔥", "\u200f\u200c"])
def test_no_letters_is_undetermined(text: str) -> None:
    assert detect_language(text) == ("und", 0.0)


def test_confident_on_paragraphs() -> None:
    for want, items in (("ar", AR_PARAGRAPHS), ("fa", FA_PARAGRAPHS), ("ur", UR_PARAGRAPHS), ("en", EN_PARAGRAPHS)):
        for text in items:
            code, confidence = detect_language(text)
            assert code == want and confidence > 0.9, (text, code, confidence)


def test_hint_breaks_ties_only() -> None:
    word = "بغداد"  # the same in Arabic and Persian
    assert detect_language(word, hint="fa")[0] == "fa"
    assert detect_language(word, hint="ar")[0] == "ar"
    # a wrong hint does not override clear evidence
    assert detect_language(AR_PARAGRAPHS[0], hint="fa")[0] == "ar"
    assert detect_language(FA_TITLES[1], hint="ar-IQ")[0] == "fa"
    assert detect_language(EN_TITLES[0], hint="ar")[0] == "en"


def test_other_scripts() -> None:
    assert detect_language("Президент Ирана прибыл в Багдад с официальным визитом")[0] == "ru"
    assert detect_language("נשיא איראן הגיע לבגדאד לביקור רשמי")[0] == "he"
    for want, text in OTHER_TITLES:
        assert detect_language(text)[0] == want, text


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=80), st.text(alphabet="ابپتچجحدرزژسشعفقکگلمنوهیيكةى ‌ےںڵێە.a", max_size=60)),
       hint=st.one_of(st.none(), st.sampled_from(["ar", "fa", "en", "ur", "xx-YY", "", "FA_ir"])))
def test_never_raises(text: str, hint: str | None) -> None:
    code, confidence = detect_language(text, hint=hint)
    assert isinstance(code, str) and code
    assert 0.0 <= confidence <= 1.0
    if code == "und":
        assert confidence == 0.0
