a, b = np.arange(2)
a, b
type(a)
(x, y), z = (1, 2), 3
x + y + z
p, q = [np.zeros(1), np.ones(1)]
q
