# Adding a float in place to an int array cannot store the result.
a = np.arange(5)
a += 1.5
a
a = a + 1.5
a
a.dtype
