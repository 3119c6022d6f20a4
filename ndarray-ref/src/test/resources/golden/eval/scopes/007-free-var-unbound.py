def g():
    def h(): return y
    r = h()
    y = 2
    return r
g()
