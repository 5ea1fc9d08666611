# Part of make-cjk-subset.sh: turns a CFF-outline OpenType font into TrueType (glyf) outlines.
# Why: Skia's PDF backend embeds TrueType fonts as CID fonts but draws CFF fonts as Type 3
# glyph procedures, which viewers render and extract less well.
# Usage: python3 otf-to-ttf.py IN.otf OUT.ttf
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

source, target = sys.argv[1], sys.argv[2]
font = TTFont(source)
order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
glyphs = {}
for name in order:
    pen = TTGlyphPen(glyph_set)
    # 1 unit of error in 1000 is invisible; cubic outlines are clockwise, TrueType's the reverse.
    glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyphs[name] = pen.glyph()
font["loca"] = newTable("loca")
glyf = font["glyf"] = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = glyphs
for tag in ("CFF ", "VORG"):
    if tag in font:
        del font[tag]
maxp = font["maxp"] = newTable("maxp")
maxp.tableVersion = 0x00010000
for field in ("maxZones",):
    setattr(maxp, field, 1)
for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
    setattr(maxp, field, 0)
post = font["post"]
post.formatType = 3.0  # no glyph names: the CID names of the source are useless and large
font.sfntVersion = "\000\001\000\000"
font.save(target)
