x = np.array(14, dtype=np.int32)
x.item(0)
x.tolist()
x.ravel()[:5]
[x.shape, x.dtype]
x.astype(np.int8)
