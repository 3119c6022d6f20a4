votes = np.array(["a", "b", "a", "c", "a", "b"])
vals, counts = np.unique(votes, return_counts=True)
for v, c in zip(vals, counts):
    print(f"{v}: {c}")
