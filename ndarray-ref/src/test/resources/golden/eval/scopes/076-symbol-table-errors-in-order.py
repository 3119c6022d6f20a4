def f(a, a): pass
lambda a, a: 0
def f(a, /, b, *c, d, **a): pass
[(yield) for i in range(2)]
def g():
    return ((yield x) for x in range(2))
def h():
    print(x)
    global x
    def k(a, a): pass
def m():
    break
    global y
    y = 1
    global y
3
