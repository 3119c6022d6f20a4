l = [None] * 3
l
l[0] = 5
l
