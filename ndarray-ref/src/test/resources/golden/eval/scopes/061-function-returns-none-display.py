def f():
    x = 1
f()
r = f()
r is None
