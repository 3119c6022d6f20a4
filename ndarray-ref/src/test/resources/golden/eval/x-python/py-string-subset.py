s = "numpy"
s[0], s[-1], s[1:3]
len(s)
s + "!"
s == "numpy"
str(3) + s
