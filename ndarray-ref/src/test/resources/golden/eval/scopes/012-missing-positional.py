def k(a, b, /, c, *args, d, e=5, **kw): return a
k()
k(1)
k(1, 2)
k(1, 2, 3)
k(1, 2, 3, d=4, a=9)
k(1, 2, c=3, d=4, e=1, f=2)
