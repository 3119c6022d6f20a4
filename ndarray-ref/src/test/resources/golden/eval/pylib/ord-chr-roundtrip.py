[chr(ord(c) + 1) for c in "HAL"]
"".join(chr(c) for c in range(97, 102))
ord(chr(0x10ffff))
chr(0)
[ord(c) for c in "\n\t "]
