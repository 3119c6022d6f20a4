x = np.array([76827692, -56384616, 2115281, -45853181], dtype=np.int64)
x.tolist()
x.astype(np.int8)
x.item(0)
x[::-1]
