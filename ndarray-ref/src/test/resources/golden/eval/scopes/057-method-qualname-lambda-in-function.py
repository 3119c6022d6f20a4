def f():
    return lambda: 0
f().__qualname__
def g():
    return [lambda: 0 for _ in "a"][0]
g().__qualname__
