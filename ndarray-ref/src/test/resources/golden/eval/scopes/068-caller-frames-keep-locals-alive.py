def inner():
    return live_bytes()
def outer():
    b = np.ones(10)
    return inner()
outer()
live_bytes()
def k(n):
    t = np.ones(n)
    return live_bytes() if n == 1 else k(n - 1)
k(4)
