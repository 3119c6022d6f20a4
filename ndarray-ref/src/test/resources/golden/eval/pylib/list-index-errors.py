l = [1, 2, 3]
l[3]
l[-4]
l["a"]
l[1.5]
l[True]
l.index(4)
[].index(1)
