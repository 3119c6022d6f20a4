def f(a, b, c, d): pass
f(1)
f(d=4)
