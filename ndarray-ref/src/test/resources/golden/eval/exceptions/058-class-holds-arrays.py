class Holder:
    def __init__(self, n):
        self.data = np.zeros(n)
live_bytes()
h = Holder(1000)
live_bytes()
v = h.data[::2]
del h
live_bytes()
del v
live_bytes()
