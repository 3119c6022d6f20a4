def safe_reshape(a, shape):
    if a.size != np.prod(shape):
        raise ValueError(f"cannot reshape {a.size} elements into {shape}")
    return a.reshape(shape)
a = np.arange(6)
safe_reshape(a, (2, 3))
safe_reshape(a, (4, 2))
