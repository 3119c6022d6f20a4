np.array([300], dtype=np.int8)
np.int8(200)
np.uint8(-1)
np.array([-1], dtype=np.uint8)
a = np.zeros(2, dtype=np.int8)
a[0] = 1000
a[1] = -129
a
