# A zero step is an error; out-of-range slices are simply clipped.
a = np.arange(5)
a[::0]
a[3:100]
a[-100:2]
a[100:]
