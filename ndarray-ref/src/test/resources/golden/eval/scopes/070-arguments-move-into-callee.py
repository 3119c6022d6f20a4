def g(a):
    del a
    return live_bytes()
g(np.ones(40))
g(*[np.ones(40)])
x = np.ones(40)
g(x)
