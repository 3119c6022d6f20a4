lst = [1, 2, 3]
a = np.array(lst)
lst[0] = 99
a
a2 = np.asarray(a)
a2 is a
