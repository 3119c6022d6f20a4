def make_view(a):
    def first():
        return a[:2]
    return first
x = np.arange(5)
v = make_view(x)()
v[0] = 99
x
v.base is x
