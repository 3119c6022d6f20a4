a = np.zeros(3, dtype=np.int64)
a.fill([1, 2])
a.fill(np.ones(1))
a.fill(np.array(3))
a
f = np.zeros(3)
f.fill([1])
b = np.zeros(3, dtype=bool)
b.fill([1, 2])
b.fill(np.ones(2))
b
c = np.zeros(2, dtype=np.complex128)
c.fill([1])
c.fill(np.ones(1))
