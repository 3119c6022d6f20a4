2 ** 64
-7 // 2
-7 % 3
7 / 2
10 / 5
True + True
print(3, "x", None, True)
