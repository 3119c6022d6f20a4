# Slices with negative steps and explicit bounds.
a = np.arange(10)
a[8:2:-2]
a[8:2:-2].strides
a[-1:-4:-1]
a[2:8:-1]
a[2:8:-1].shape
a[::-3]
