a = np.arange(24).reshape(4, 6)
for name, arr in [("a", a), ("a.T", a.T), ("a[::2]", a[::2]), ("a[:, :3]", a[:, :3]), ("a[1]", a[1])]:
    print(f"{name:10} C={arr.flags.c_contiguous!s:5} F={arr.flags.f_contiguous!s:5} strides={arr.strides}")
