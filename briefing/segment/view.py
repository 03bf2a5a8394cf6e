"""Views of a Story: the JSON contract of `briefing segment --json`, and a readable one."""

from __future__ import annotations

from briefing.model import Story


def story_view(story: Story) -> list[str]:
    """Lines: front matter, summary, quotes with speakers, sections, what was dropped."""
    lines = [f"[{story.category or '-'}] {story.headline}"]
    lines += [
        f"{label}: {value}"
        for label, value in (
            ("الموجز", story.deck),
            ("الكاتب", story.byline),
            ("التاريخ", story.dateline),
        )
        if value
    ]
    lines += ["", "الملخص:", *(f"  • {sentence}" for sentence in story.summary)]
    if story.quotes:
        lines += ["", "الاقتباسات:"]
        for q in story.quotes:
            partial = "" if q.kind == "full" else "(جزئي) "
            lines.append(f"  {partial}{q.speaker or '(متحدث غير معروف)'}: «{q.text}»")
    lines += ["", "الأقسام:"]
    for section in story.sections:
        words = sum(len(p.split()) for p in section.paragraphs)
        lines.append(f"  {section.title or '-'} ({len(section.paragraphs)} فقرات، {words} كلمة)")
    if story.dropped:
        lines += ["", "حُذف:", *(f"  × {line}" for line in story.dropped)]
    return lines


def story_json(story: Story) -> dict[str, object]:
    """The `briefing segment --json` document of DESIGN.md (a contract: extend, never rename)."""
    return {
        "category": story.category,
        "headline": story.headline,
        "summary": list(story.summary),
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.text,
                "kind": str(q.kind),
                "role": q.role,
                "speaker_kind": q.speaker_kind,
                "evidence": q.evidence,  # which reading chose the speaker
            }
            for q in story.quotes
        ],
        "sections": [{"title": s.title, "paragraphs": list(s.paragraphs)} for s in story.sections],
        "dropped": list(story.dropped),
    }
