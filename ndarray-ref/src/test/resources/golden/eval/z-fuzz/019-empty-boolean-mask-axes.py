e = np.arange(10)
e[np.zeros(0, dtype=bool)]
g = np.array(e[[]], dtype=np.uint8)
e[g % 2 == 0].base is e
m = e.reshape(10, 1)
m[np.zeros((0,), dtype=bool)]
m[np.zeros((3, 0), dtype=bool)]
m[np.zeros((0, 1), dtype=bool)]
m[np.zeros((0, 5), dtype=bool)]
