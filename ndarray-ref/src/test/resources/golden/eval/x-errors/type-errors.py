a = np.arange(3)
a + "x"
len(np.int64(3))
a()
np.zeros("3")
