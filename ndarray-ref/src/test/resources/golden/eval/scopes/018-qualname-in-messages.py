def outer():
    def inner(x): pass
    inner()
outer()
(lambda x: x)()
(lambda: 0)(1)
