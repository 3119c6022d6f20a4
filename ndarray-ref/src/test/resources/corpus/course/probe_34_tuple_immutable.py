t = (1, 2, 3)
t[0] = 10
t + (4,)
t * 2
t.index(2)
len(t)
