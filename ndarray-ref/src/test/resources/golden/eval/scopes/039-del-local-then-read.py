def f():
    x = 1
    del x
    return x
f()
def g():
    del y
    y = 1
g()
