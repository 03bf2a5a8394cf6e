from __future__ import annotations

import io

import numpy as np
from PIL import Image, features

from briefing.publish.cover import SAFE_MARGIN, render_cover

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
