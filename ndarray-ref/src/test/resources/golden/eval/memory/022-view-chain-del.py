# Only when the last view goes does the buffer go.
base = np.zeros(1_000_000)
v1 = base[10:]
v2 = v1[::2]
del base, v1
live_bytes()
v2.base.shape
del v2
live_bytes()
