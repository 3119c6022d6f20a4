c = np.zeros(4, dtype=np.int8)
c[::-2] = 1e8
c[0] = 1e20
c[0] = -3.7
c.fill(1e8)
c.fill(1e20)
c.fill(2.9)
c
np.array([[1e8, 2, -5, 3, 4]], dtype=np.uint16)
np.array([-1.25], dtype=np.uint64)
np.array([1e20, 20], dtype=np.uint16)
np.array([2.0**63], dtype=np.uint64)
