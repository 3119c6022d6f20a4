l = [1, 2, 3]
m = l
m.append(4)
l
m is l
