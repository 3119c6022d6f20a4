def work():
    tmp = np.ones(1000)
    return tmp[:2].copy()
r = work()
live_bytes()
def view():
    tmp = np.ones(1000)
    return tmp[:2]
v = view()
live_bytes()
v.base.shape
