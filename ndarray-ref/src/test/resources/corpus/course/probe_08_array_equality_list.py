a = np.array([1, 2, 3])
a == [1, 2, 3]
(a == [1, 2, 3]).all()
a.tolist() == [1, 2, 3]
list(a)
[int(v) for v in a]
