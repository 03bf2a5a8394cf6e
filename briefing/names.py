"""First-name lists that more than one stage reads.

Segmentation finds speakers by them (a first name opens a name, a woman's name gives the
gender); speech reads a title before a woman's name in the feminine and keeps a surname after a
first name bare. They live here, outside both stages, so neither imports the other's internals.
"""

from __future__ import annotations

from briefing.text import word_list

# Women's first names (a speaker's gender when no verb shows it, a title's before a name:
# د. ليلى → الدكتورة), and men's names in ة.
WOMENS_NAMES = frozenset(
    word_list(
        "مريم زينب هند سعاد ليلى سلمى منى هدى رشا ريم دينا سارة سارا نور رنا لمى ندى مي"
        " هيفاء أسماء رحاب إيمان ايمان سناء وفاء نجلاء شيماء آمال أمل ابتسام نوال كوثر جيهان"
        " ماري كامالا أورسولا كريستين أنجيلا هيلاري تيريزا جورجيا إيلين جانيت ليز نانسي آنا"
        " ماريا إيفا صوفيا كاترين جاسيندا سانا رؤى لينا هيام لبنى عبير غادة دعاء نادين ليزلي"
        " خديجة عائشة فاطمة اليسا إليسا اليزابيث إليزابيث الين"
        # the Gulf's women's names that carry the article (a first word in ال is a name's
        # only when listed: "المستشارة، الدكتورة الهنوف فلان،" was no one's)
        " الهنوف العنود الجوهرة البندري الجازي"
    )
)
MENS_NAMES_IN_TA = frozenset(
    word_list("أسامة حمزة طلحة عبيدة معاوية عكرمة قتادة عروة عنترة ربيعة خليفة جبلة مسلمة")
)

MENS_NAMES = frozenset(
    word_list(
        "محمد أحمد محمود مصطفى علي حسن حسين خالد عادل سعود فيصل فهد سلمان سلطان تركي نايف"
        " عبدالله عبدالعزيز عبدالرحمن عبدالرحيم عمر عثمان إبراهيم إسماعيل يوسف يزيد يحيى"
        " يونس يعقوب ياسر ياسين طارق تامر تميم توفيق أنور أمين أيمن أسامة حمزة رضا مجدي"
        " ماجد منصور ناصر نبيل وليد وائل وسام هشام هاني هيثم زياد زكي سامي سامر سمير شادي"
        " شريف صلاح صالح كمال كريم جمال جابر جواد حامد حمدان غانم فارس فراس باسل بسام"
        " بشير بدر بلال لؤي مروان معاذ نزار نضال رائد راشد رامي عماد عمرو عمار إياد"
        " جورج ميشال ميشيل جون ديفيد بيتر مايكل جان بيير فرانسوا فريدريك مارك لويس شارل"
        " هنري فيليب بول جاك روبرت ريتشارد توماس جيمس ويليام دونالد جوزيف جوزف فلاديمير"
        " سيرجي إيمانويل نيكولا أنطونيو كارلوس خوسيه ماريو دييغو بوريس أليكسي كيم"
        " الياس إلياس الكسندر ألكسندر البرت ألبرت الفريد ألفريد اليكس"
    )
)
# Every first name the lists know, and with the men's names in ة every listed name.
FIRST_NAMES = MENS_NAMES | WOMENS_NAMES
LISTED_NAMES = FIRST_NAMES | MENS_NAMES_IN_TA
