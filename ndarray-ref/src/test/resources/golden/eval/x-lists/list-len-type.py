l = [1, [2, 3], (4, 5)]
len(l)
type(l)
type(l[2])
type(l[1]) is list
