l = [1, 2]
m = list(l)
m is l
m == l
m.append(3)
l
