a = np.arange(12).reshape(3, 4)
candidates = {
    "slice": a[1:],
    "fancy": a[[0, 1]],
    "mask": a[a > 3],
    "T": a.T,
    "ravel": a.ravel(),
    "flatten": a.flatten(),
    "copy": a.copy(),
    "reshape": a.reshape(4, 3),
}
for name, arr in candidates.items():
    print(f"{name:8} view={np.shares_memory(a, arr)}")
