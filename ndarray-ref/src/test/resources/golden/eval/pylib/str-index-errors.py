s = "abc"
s[3]
s[-4]
s["1"]
s[1.0]
s[0] = "x"
del s[0]
