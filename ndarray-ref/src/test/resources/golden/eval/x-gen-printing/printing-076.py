x = np.array([True, False, False], dtype=np.bool_)
x.item(0)
x[..., :2]
x.astype(np.uint8)
x.ravel()[:5]
