# A list plus an array is element-wise array arithmetic; list plus list concatenates.
l = [1, 2, 3]
a = np.arange(3)
l + a
l + l
l * 2
a * 2
l + (4,)
