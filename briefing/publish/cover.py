"""Cover art: a square JPEG with the show name, the date and the top headline in Arabic
(an episode's), or the show name and description (the show's own artwork).

Pillow shapes Arabic itself when it is built with raqm (the wheels are): give it the
raw string and direction="rtl". Reshaping first (arabic-reshaper) would shape twice.
The font is Amiri (SIL Open Font License), installed as a Python package.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from briefing.errors import EngineError

BACKGROUND = (12, 31, 58)  # deep navy: white text on it has a contrast ratio above 14:1
ACCENT = (224, 165, 38)  # amber rule under the show name
TEXT = (255, 255, 255)
SUBTLE = (200, 214, 232)
SAFE_MARGIN = 0.1  # keep text in the middle 80%: apps round corners and overlay badges
_HEADLINE_LINES = 4


@lru_cache(maxsize=1)
def _font_dir() -> Path:
    import fontpkg_amiri

    return Path(fontpkg_amiri.ROOT) / "files"


def _font(size: int, bold: bool = True) -> ImageFont.FreeTypeFont:
    name = "Amiri-Bold.ttf" if bold else "Amiri-Regular.ttf"
    return ImageFont.truetype(str(_font_dir() / name), size, layout_engine=ImageFont.Layout.RAQM)


def _width(text: str, font: ImageFont.FreeTypeFont) -> float:
    return font.getlength(text, direction="rtl")


def wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Greedy word wrap measured in shaped pixels."""
    lines: list[str] = []
    for word in text.split():
        if lines and _width(f"{lines[-1]} {word}", font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _fit(
    text: str, size: int, width: float, max_lines: int
) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest font (down to a third of size) at which text wraps into max_lines."""
    for step in range(size, size // 3, -max(1, size // 20)):
        font = _font(step)
        lines = wrap(text, font, width)
        if len(lines) <= max_lines and all(_width(line, font) <= width for line in lines):
            return font, lines
    font = _font(size // 3)
    lines = wrap(text, font, width)[:max_lines]
    return font, [line for line in lines if _width(line, font) <= width] or [text[:20]]


def _draw_block(
    draw: ImageDraw.ImageDraw,
    lines: list[str],
    font: ImageFont.FreeTypeFont,
    right: int,
    top: int,
    fill: tuple[int, int, int],
) -> int:
    """Right-aligned lines from top down; the y below the last one."""
    line_height = round(font.size * 1.45)  # Amiri's marks reach well above and below
    for line in lines:
        draw.text((right, top), line, font=font, fill=fill, anchor="ra", direction="rtl")
        top += line_height
    return top


def _canvas(size: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    if not features.check("raqm"):
        raise EngineError("cover art: this Pillow has no raqm, so it cannot shape Arabic")
    image = Image.new("RGB", (size, size), BACKGROUND)
    return image, ImageDraw.Draw(image)


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, optimize=True, progressive=False)
    return out.getvalue()


@lru_cache(maxsize=4)  # drawn once per process for the show, however many folders it fills
def render_show_cover(show: str, description: str, size: int = 3000) -> bytes:
    """The show's own artwork: its name and description, nothing that changes between
    episodes (podcast apps show it beside every episode and cache it by its address)."""
    image, draw = _canvas(size)
    margin = round(size * SAFE_MARGIN)
    right, width = size - margin, size - 2 * margin
    show_font, show_lines = _fit(show, round(size * 0.14), width, 3)
    line_height = round(show_font.size * 1.45)
    top = round(size * 0.36) - len(show_lines) * line_height // 2
    y = _draw_block(draw, show_lines, show_font, right, max(margin, top), TEXT)
    rule = max(4, size // 150)
    draw.rectangle((margin, y + rule, right - 1, y + 2 * rule), fill=ACCENT)
    if description:
        text_font, text_lines = _fit(description, round(size * 0.055), width, 3)
        _draw_block(draw, text_lines, text_font, right, y + 5 * rule, SUBTLE)
    return _jpeg(image)


@lru_cache(maxsize=2)  # drawn beside synthesis (build.py), then published from here
def render_cover(show: str, date: str, headline: str, size: int = 3000) -> bytes:
    """The cover as JPEG bytes, RGB, size × size pixels."""
    image, draw = _canvas(size)
    margin = round(size * SAFE_MARGIN)
    right, width = size - margin, size - 2 * margin

    show_font, show_lines = _fit(show, round(size * 0.11), width, 2)
    y = _draw_block(draw, show_lines, show_font, right, margin, TEXT)
    rule = max(4, size // 150)
    draw.rectangle((margin, y + rule, right - 1, y + 2 * rule), fill=ACCENT)
    y += 4 * rule
    date_font, date_lines = _fit(date, round(size * 0.05), width, 1)
    y = _draw_block(draw, date_lines, date_font, right, y, SUBTLE)

    room = size - margin - y  # the headline sits at the bottom of the safe area
    head_size = min(round(size * 0.07), round(room / (_HEADLINE_LINES * 1.45)))
    head_font, head_lines = _fit(headline, head_size, width, _HEADLINE_LINES)
    ascent, descent = head_font.getmetrics()  # the last line's marks reach below its baseline
    block = (len(head_lines) - 1) * round(head_font.size * 1.45) + ascent + descent
    _draw_block(draw, head_lines, head_font, right, size - margin - block, TEXT)
    return _jpeg(image)
