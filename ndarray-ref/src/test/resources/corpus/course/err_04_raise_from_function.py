def check_shape(a, shape):
    if a.shape != shape:
        raise ValueError(f"expected shape {shape}, got {a.shape}")
    return True

check_shape(np.zeros((2, 3)), (2, 3))
check_shape(np.zeros((3, 2)), (2, 3))
