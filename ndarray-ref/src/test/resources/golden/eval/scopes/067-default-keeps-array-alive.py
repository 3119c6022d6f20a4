def f(x=np.zeros(50)):
    return x
live_bytes()
f() is f()
del f
live_bytes()
