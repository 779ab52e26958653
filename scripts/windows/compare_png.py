#!/usr/bin/python3
"""Compares two screenshots of the same screen (Linux's and Windows'); writes a picture of
where they differ and fails when they differ more than a renderer or font hinting would.

Usage: compare_png.py EXPECTED.png ACTUAL.png DIFF.png

Tolerance: the sizes must be equal; the mean difference over all pixels and channels at
most 2.0 (of 255), and at most 1.5 % of the pixels may differ by more than 64 in any
channel. Different anti-aliasing of text edges and curves stays well below both; a
missing or wrong font, a missing diacritic, a shifted layout or a blank window does not.
"""
import sys

from PIL import Image, ImageChops

MEAN_LIMIT = 2.0
FAR_LIMIT = 0.015
FAR = 64


def main(expected_path, actual_path, diff_path):
    expected = Image.open(expected_path).convert("RGB")
    actual = Image.open(actual_path).convert("RGB")
    if expected.size != actual.size:
        print(f"compare_png: {actual_path} is {actual.size[0]}x{actual.size[1]}, "
              f"{expected_path} is {expected.size[0]}x{expected.size[1]}")
        return 1
    diff = ImageChops.difference(expected, actual)
    pixels = expected.size[0] * expected.size[1]
    histogram = diff.histogram()  # 3 x 256 counts
    total = sum(value * count for channel in range(3)
                for value, count in enumerate(histogram[channel * 256:(channel + 1) * 256]))
    mean = total / (pixels * 3)
    worst = diff.convert("L").point(lambda v: 255 if v > FAR // 3 else 0)
    # A pixel is "far" when any channel differs by more than FAR.
    r, g, b = diff.split()
    far_mask = ImageChops.lighter(ImageChops.lighter(r, g), b).point(lambda v: 255 if v > FAR else 0)
    far = far_mask.histogram()[255] / pixels
    Image.merge("RGB", (far_mask, worst, worst)).save(diff_path)
    verdict = mean <= MEAN_LIMIT and far <= FAR_LIMIT
    print(f"compare_png: mean difference {mean:.2f}/255 (limit {MEAN_LIMIT}), "
          f"{far * 100:.2f} % of pixels differ by more than {FAR} (limit {FAR_LIMIT * 100:.1f} %): "
          f"{'close enough' if verdict else 'TOO DIFFERENT'}; where: {diff_path}")
    return 0 if verdict else 1


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
