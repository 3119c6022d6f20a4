def f(a, /, b): pass
f(1, 2, c=3)
f(a=1, b=2)
f(1, b=2, a=3)
