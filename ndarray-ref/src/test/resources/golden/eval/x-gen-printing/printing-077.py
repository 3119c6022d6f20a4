x = np.array([[-43], [-2194]], dtype=np.int16)
x * 2
x / 3
