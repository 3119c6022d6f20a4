# array_split allows unequal pieces.
a = np.arange(7)
np.array_split(a, 3)
np.array_split(a, 3)[2].base is a
np.array_split(a, 10)
np.array_split(a, 0)
