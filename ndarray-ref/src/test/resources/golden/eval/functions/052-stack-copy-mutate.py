# Stacked and concatenated arrays do not follow later changes.
a = np.zeros(2)
both = np.stack([a, a])
a[0] = 1
both
cat = np.concatenate([a, a])
a[1] = 2
cat
