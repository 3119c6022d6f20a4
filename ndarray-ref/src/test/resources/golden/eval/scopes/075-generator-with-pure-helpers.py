def is_view(v):
    return v.base is not None
a = np.arange(6)
vs = [a[:2], a.copy(), a[::2]]
all(is_view(v) for v in vs)
any(is_view(v) for v in vs)
sum(v.size for v in vs if is_view(v))
def total(v):
    t = 0
    for x in v:
        t += x
    return t
max(total(v) for v in vs)
