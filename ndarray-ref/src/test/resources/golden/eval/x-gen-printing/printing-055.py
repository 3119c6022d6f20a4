x = np.array([[848]], dtype=np.int16)
x.astype(bool)
x[::-1]
x.tolist()
