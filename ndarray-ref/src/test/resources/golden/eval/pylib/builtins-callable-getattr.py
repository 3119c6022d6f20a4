callable(print), callable(str), callable("s"), callable(np.arange), callable(np.arange(3))
def f():
    return 1
callable(f)
getattr("abc", "upper")()
hasattr(np.arange(3), "base")
