def a():
    def b():
        def c(x, y): pass
        return c
    return b()
a()(1)
a().__qualname__
