def f(*args, **kwargs): return args, kwargs
f()
f(1, 2, x=3)
f(*[1, 2], **{"y": 4})
def g(a, *rest): return rest
g(1)
g(1, 2, 3)
