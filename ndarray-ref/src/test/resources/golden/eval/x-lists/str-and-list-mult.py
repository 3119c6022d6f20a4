s = "ab"
s * 3
[s] * 2
len(s)
