# while inner runs, outer's local z is alive too: three arrays at once
def inner(x):
    return x + 1

def outer(x):
    z = x * 3
    w = inner(x)
    return float(w[0] + z[0])

a = np.ones(1_000_000)
outer(a)
peak_bytes() // 1_000_000
live_bytes()
