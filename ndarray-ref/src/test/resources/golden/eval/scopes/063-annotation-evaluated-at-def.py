def f(x: undefined_name): pass
def g(x: int) -> int: return x
g(3)
