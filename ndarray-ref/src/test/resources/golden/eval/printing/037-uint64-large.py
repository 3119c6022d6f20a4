# Large unsigned values.
np.array([0, 18446744073709551615], dtype=np.uint64)
np.array([127, -128], dtype=np.int8)
np.array([-9223372036854775808, 9223372036854775807])
np.uint64(18446744073709551615)
