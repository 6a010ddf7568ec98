#!/usr/bin/python3
"""Makes NotoSansCJK-Subset.ttf, the PDF fallback face for text DejaVu Sans cannot draw (run once; the result is committed).

Source: Debian's fonts-noto-cjk (Noto Sans CJK JP, SIL Open Font License 1.1: LICENSE-NotoSansCJK.txt).
Kept: CJK punctuation, kana, enclosed CJK, half- and full-width forms, and the ideographs in common use:
JIS X 0208 level 1 (Japanese) and GB 2312 level 1 (simplified Chinese). PostScript (CFF) outlines are
converted to TrueType outlines, which PDFsharp embeds and subsets. Needs Debian's python3-fonttools.

    /usr/bin/python3 make-noto-cjk-subset.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc NotoSansCJK-Subset.ttf
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

RANGES = [(0x3000, 0x303F), (0x3040, 0x309F), (0x30A0, 0x30FF), (0x31F0, 0x31FF), (0x3200, 0x32FF), (0xFF00, 0xFFEF)]


def ideographs(encoding, first_row, last_row):
    """The CJK unified ideographs of rows first_row..last_row of a 94x94 EUC double-byte set."""
    found = set()
    for row in range(first_row, last_row + 1):
        for cell in range(0xA1, 0xFF):
            try:
                ch = bytes([0xA0 + row, cell]).decode(encoding)
            except UnicodeDecodeError:
                continue
            if len(ch) == 1 and 0x4E00 <= ord(ch) <= 0x9FFF:
                found.add(ord(ch))
    return found


def to_truetype(font):
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    quadratic = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        quadratic[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = quadratic
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    glyf.compile(font)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, field, 0)
    maxp.maxComponentElements = 0
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\000\001\000\000"


def main(source, target):
    codepoints = {c for start, end in RANGES for c in range(start, end + 1)}
    codepoints |= ideographs("euc_jp", 16, 47) | ideographs("gb2312", 16, 55)
    font = TTCollection(source).fonts[0]  # Noto Sans CJK JP
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    to_truetype(font)
    font.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
