def cellf():
    a = np.ones(7)
    def i(): return a
    return live_bytes()
cellf()
live_bytes()
