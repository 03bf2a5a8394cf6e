from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import numpy as np
from PIL import Image, features

from briefing.config import Show
from briefing.publish.artwork import draw_show_cover_ahead, published_artwork
from briefing.publish.cover import SAFE_MARGIN, render_cover, render_show_cover

HEADLINE = "الحكومة تعلن خطة جديدة لدعم الطاقة الشمسية في المدن الساحلية خلال العام المقبل"


def pixels(jpeg: bytes) -> tuple[Image.Image, np.ndarray]:
    image = Image.open(io.BytesIO(jpeg))
    return image, np.asarray(image.convert("L"), dtype=np.int16)


def test_pillow_shapes_arabic_with_raqm() -> None:
    assert features.check("raqm")


def test_cover_size_mode_and_text_inside_the_safe_area() -> None:
    image, grey = pixels(render_cover("موجز الأخبار", "الأحد 29 نوفمبر 2026", HEADLINE, 1400))
    assert image.format == "JPEG" and image.mode == "RGB" and image.size == (1400, 1400)
    margin = round(1400 * SAFE_MARGIN)
    inside = grey[margin:-margin, margin:-margin]
    text = inside > 160  # white and pale-blue text on deep navy
    assert text.mean() > 0.04  # text was drawn: several percent of the safe area
    outside = grey.copy()
    outside[margin:-margin, margin:-margin] = 0
    assert (outside > 160).sum() == 0  # and nothing bright outside it


def test_the_headline_is_what_is_drawn() -> None:
    _, a = pixels(render_cover("موجز", "الأحد", HEADLINE, 1400))
    _, b = pixels(render_cover("موجز", "الأحد", "خبر آخر تماما", 1400))
    assert np.abs(a - b).mean() > 1.0


def test_full_size_cover() -> None:
    image, _ = pixels(render_cover("موجز الأخبار", "الأحد", HEADLINE))
    assert image.size == (3000, 3000)


def test_the_show_cover_is_drawn_ahead_only_when_the_folder_will_need_it(tmp_path: Path) -> None:
    show = Show(title="موجز مسبق", description="يرسم قبل النشر")
    render_show_cover.cache_clear()
    draw_show_cover_ahead(tmp_path, show, 1400)
    assert render_show_cover.cache_info().currsize == 1  # drawn, kept for publishing
    published = published_artwork(tmp_path, show, 1400)
    assert render_show_cover.cache_info().hits == 1  # publishing drew it no second time
    render_show_cover.cache_clear()
    draw_show_cover_ahead(tmp_path, show, 1400)  # the folder has it now
    draw_show_cover_ahead(tmp_path, replace(show, artwork="https://example.org/a.jpg"), 1400)
    assert render_show_cover.cache_info().currsize == 0
    assert (tmp_path / published.artwork).is_file()
