l = [1, 2, 3, 4, 5]
del l[::2]
l
del l[5]
