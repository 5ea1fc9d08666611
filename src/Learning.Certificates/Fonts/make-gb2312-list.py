# Part of make-cjk-subset.sh: lists the characters of GB2312 for the Chinese subset.
# Writes every character of GB2312 (symbols and both levels of hanzi) to gb2312.txt.
chars = []
for row in range(0xA1, 0xF8):
    for col in range(0xA1, 0xFF):
        try:
            chars.append(bytes([row, col]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
open("gb2312.txt", "w", encoding="utf-8").write("".join(chars))
print(len(chars), "characters")
