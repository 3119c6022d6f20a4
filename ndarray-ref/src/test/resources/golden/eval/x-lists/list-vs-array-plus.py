l = [1, 2]
l + l
a = np.array(l)
a + a
l * 2
a * 2
