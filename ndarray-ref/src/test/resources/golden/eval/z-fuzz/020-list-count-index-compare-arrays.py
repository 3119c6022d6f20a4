d = np.arange(15).reshape((5, 3)) * (1/7)
f = np.arange(18.)
lst = [d, f, 9]
lst.count(f)
lst.index(f)
f in lst
lst.remove(f)
lst
t = (f, f)
t.count(f)
lst2 = [np.arange(3), np.arange(3)]
lst2.count(lst2[1])
