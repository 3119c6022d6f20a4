# Chained indexing writes into a temporary when the first step copies.
a = np.arange(6)
a[a > 2][0] = 99
a
a[[1, 2]][0] = 99
a
a[1:3][0] = 99
a
