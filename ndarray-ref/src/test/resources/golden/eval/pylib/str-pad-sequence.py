"ab".center(7)
"ab".center(6, '*')
"abc".center(6, '*')
"abc".center(2)
"ab".ljust(5, '.')
"ab".rjust(5, '.')
"ab".center(5, 'xy')
"ab".center('5')
"ab".ljust(5, 1)
"42".zfill(5)
"-42".zfill(5)
"+4".zfill(4)
"abc".zfill(2)
"ab" * 3
3 * "ab"
"ab" * 0
"ab" * -1
"ab" * 2.5
"abc"[1]
"abc"[-1]
"abc"[::-1]
"abcdef"[1:5:2]
"abc"[5]
[c for c in "héllo"]
len("héllo")
ord('a')
ord('λ')
chr(97)
chr(955)
ord('ab')
ord(5)
chr(-1)
chr(0x110000)
chr('a')
"a" < "b"
"abc" < "abd"
"Z" < "a"
"a" + "b"
"a" + 1
