# Boolean masks always copy, so writing to the result leaves the original alone.
a = np.arange(6)
mask = a > 2
mask
picked = a[mask]
picked
picked.base is None
picked[:] = 0
a
