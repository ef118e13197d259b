"""Draw the application icon (resources/icons/backoffice.png and .ico): a receipt on a teal tile.

Run once when the design changes; the files are committed (the bundle and the window use them).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
TEAL, PAPER, INK = (18, 110, 120, 255), (250, 250, 245, 255), (40, 48, 56, 255)


def draw(size: int = 512) -> Image.Image:
    s = size / 512
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((16 * s, 16 * s, 496 * s, 496 * s), radius=96 * s, fill=TEAL)
    # The receipt: a strip with a torn (zigzag) bottom edge.
    left, right, top, bottom = 140 * s, 372 * s, 84 * s, 410 * s
    teeth = 8
    edge = [(right, bottom)]
    for i in range(teeth * 2 + 1):
        x = right - (right - left) * i / (teeth * 2)
        edge.append((x, bottom - (18 * s if i % 2 else 0)))
    d.polygon([(left, top), (right, top), *edge, (left, bottom)], fill=PAPER)
    for row, width in enumerate((0.62, 0.8, 0.5, 0.8, 0.7)):
        y = top + (48 + row * 44) * s
        d.rounded_rectangle(
            (left + 30 * s, y, left + 30 * s + (right - left - 60 * s) * width, y + 14 * s),
            radius=7 * s,
            fill=INK,
        )
    y = top + 284 * s  # the total line, bold
    d.rounded_rectangle((left + 30 * s, y, right - 30 * s, y + 22 * s), radius=8 * s, fill=TEAL)
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(512)
    big.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "backoffice.png")
    big.save(OUT / "backoffice.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
