a = np.array([1.0, 2.5, 1/3])
for i, x in enumerate(a):
    print(f"a[{i}] = {x:8.4f} {x:e} {x!r}")
m = np.arange(6, dtype=np.int32).reshape(2, 3)
for row in m:
    print(" ".join(f"{v:3d}" for v in row))
print(f"{m.nbytes} bytes, {m.itemsize} per item, strides {m.strides}")
f"{a.sum():.2f}", f"{a.mean():.3g}", f"{a.max():.4}"
f"{np.int64(7):b}", f"{np.uint8(200):x}", f"{np.float32(1.5):+.1f}"
f"{a[0]}", f"{a[2]}"
f"{a}"
f"{a!s:>30}"
f"{a:>30}"
f"{np.array(2.5):06.2f}"
f"{np.bool_(False)}", f"{np.bool_(False):^7}"
