x = np.array([-17, -18, -24, -127, -122, -106], dtype=np.int8)
x == x
x // 2
x.imag
x / 3
