# A list keeps its arrays alive after their names are gone.
a = np.zeros(100)
b = np.zeros(200)
keep = [a, b]
del a, b
live_bytes()
keep[0] = None
live_bytes()
del keep
live_bytes()
