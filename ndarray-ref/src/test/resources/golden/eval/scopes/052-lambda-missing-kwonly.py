f = lambda *, k: k
f()
f(k=3)
f(1)
