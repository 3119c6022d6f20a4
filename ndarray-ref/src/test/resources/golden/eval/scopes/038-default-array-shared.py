def fill(v, out=np.zeros(3)):
    out[:] = v
    return out
a = fill(1)
b = fill(2)
a is b
a
