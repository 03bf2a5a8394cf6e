"""Names versus the words that stand where a name could: how well `is_name_word` tells them
apart, and what a morphological analyzer would add.

The word lists are our own: common Arabic and foreign names as Arabic news spells them, and
words that follow a speech verb without being its subject (verbs, participles of manner,
adverbs, prepositions with pronouns, plural nouns, definite nouns). For each rule it prints
names wrongly rejected and non-names wrongly accepted. When the analyzer `farahidi` is
installed (it is not a dependency), it also measures its "only verb or particle readings"
test, its load time and its time per word. Run: .venv/bin/python bench/name_words.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.segment.word_classes import is_name_word
from briefing.text import word_list

NAMES = word_list(
    "محمد أحمد محمود علي حسن حسين خالد عادل سعود فيصل عبدالله عبدالعزيز يوسف يزيد يحيى يونس"
    " يعقوب ياسر ياسين تامر تميم توفيق طارق عمر عثمان إبراهيم إسماعيل أنور أسامة حمزة رضا"
    " مصطفى مجدي ماجد منصور ناصر نبيل وليد وائل وسام هشام هاني هيثم زياد زكي سامي سامر سمير"
    " شادي شريف صلاح صالح كمال كريم جمال جابر جواد حامد حمدان غانم غزوان فهد فارس فراس باسل"
    " بسام بشير بدر بلال لؤي لطفي مروان معاذ نزار نضال رائد راشد رامي ريان فاطمة عائشة مريم"
    " زينب سارة ليلى سلمى منى هدى رشا ريم دينا لينا هيام رؤى مناهل نادين تغريد سناء إيمان"
    " هالة رانيا مايا الغامدي الحربي السهلي العبيدي الجبير الفيصل الشمري القحطاني العتيبي"
    " المصري الخطيب الحداد النجار الزعبي ترامب أوباما بايدن ماكرون ميركل بوتين كيم جونغ"
    " مارادونا بلاتيني بلاتر برويا كريستيل كريستيان جون لويد أوستن كيربي ديفيد كاميرون بارك"
    " تشونغ أوليه دييغو لبكي خاشقجي"
)
NON_NAMES = word_list(
    "يقول تقول يضيف تضيف يجب يمكن يحتاج تحتاج يعتقد تعتقد يرى ترى يؤكد سيتم ستكون يكون تكون"
    " كانت كان أصبح وأضاف وأضافت وتابع وتابعت فأكد فقال وقالوا قالوا أكدوا ويرى ويقول وتقول"
    " يبدو بات ظل عاد راح ساخرا مبتسما ضاحكا غاضبا مازحا متأثرا مستغربا منفعلا معتبرا محذرا"
    " مشيرا موضحا مؤكدا قائلا متسائلا باكيا واثقا مطمئنا متفائلا متشائما صراحة تقريرا جديدا"
    " عاما أمس اليوم مجددا سابقا لاحقا أيضا كذلك فقط حاليا بحزن بفخر بثقة بصراحة بوضوح بغضب"
    " بهدوء بمرارة بتشكيل لتحقيق باستخدام لنا لهم معنا عنا منا إليهم عليهم فيها ممثلي أعضاء"
    " سكان أهالي نشطاء مواطنون مسؤولون شهود خبراء مصادر طلاب عمال في من على إلى عن مع لدى"
    " حول خلال بعد قبل إن أن لكن بل ثم حتى إذا لو لم لن قد"
)


def report(name: str, rejects: object) -> None:
    wrongly_rejected = [w for w in NAMES if rejects(w)]
    accepted = [w for w in NON_NAMES if not rejects(w)]
    print(
        f"{name}: names wrongly rejected {len(wrongly_rejected)}/{len(NAMES)} "
        f"{' '.join(wrongly_rejected)}\n    non-names accepted {len(accepted)}/{len(NON_NAMES)}"
    )


def main() -> int:
    report("is_name_word", lambda w: not is_name_word(w))
    try:
        started = time.perf_counter()
        import farahidi  # optional: measured, not a dependency

        analyzer = farahidi.Analyzer()
        analyzer.analyze("محمد")
        loaded = time.perf_counter() - started
    except ImportError:
        print("farahidi not installed: analyzer not measured")
        return 0

    def only_verbs(word: str) -> bool:
        readings = analyzer.analyze(word)
        proper = any(r.type == "اسم علم" for r in readings)
        return bool(readings) and not proper and all(r.pos in ("فعل", "حرف") for r in readings)

    started = time.perf_counter()
    report("farahidi (only verb/particle readings)", only_verbs)
    report("is_name_word + farahidi", lambda w: not is_name_word(w) or only_verbs(w))
    per_word = (time.perf_counter() - started) / (2 * (len(NAMES) + len(NON_NAMES)))
    print(f"farahidi: load {loaded:.2f} s, {1000 * per_word:.1f} ms a word")
    return 0


if __name__ == "__main__":
    sys.exit(main())
