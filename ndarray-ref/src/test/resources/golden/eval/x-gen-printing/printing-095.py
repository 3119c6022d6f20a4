x = np.array([5690836, 3033311, 7799120], dtype=np.int32)
x.reshape(-1)
x.strides
