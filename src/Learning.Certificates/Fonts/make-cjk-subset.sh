#!/bin/sh
# Rebuilds NotoSansSC-Regular-GB2312.ttf from Debian's Noto Sans CJK collection.
# Needs: apt-get install -y fonts-noto-cjk python3-fonttools
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
cd "$work"
# Face 2 of the collection is Noto Sans CJK SC (0 JP, 1 KR, 2 SC, 3 TC, 4 HK).
/usr/bin/python3 -c "from fontTools.ttLib import TTCollection; TTCollection('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc').fonts[2].save('NotoSansCJKsc-Regular.otf')"
/usr/bin/python3 "$here/make-gb2312-list.py"
# Only the features HarfBuzz applies to horizontal text: 'locl' and 'vert' would pull in the
# Japanese, Korean and Traditional forms and vertical glyphs and nearly double the file.
/usr/bin/python3 -m fontTools.subset NotoSansCJKsc-Regular.otf \
  --text-file=gb2312.txt \
  --unicodes='U+0020-007E,U+00A0-00FF,U+2000-206F,U+3000-303F,U+FF00-FFEF' \
  --name-IDs='*' \
  --layout-features='ccmp,kern,mark,mkmk,liga,calt,rlig' \
  --output-file=subset.otf
/usr/bin/python3 "$here/otf-to-ttf.py" subset.otf "$here/NotoSansSC-Regular-GB2312.ttf"
rm -rf "$work"
