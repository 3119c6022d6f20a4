# An expression holds its earlier values (tuple elements, arguments, a method's array, a left operand) while later parts run.
a = np.ones(1000)
(np.zeros(1000), live_bytes())[1]
[np.zeros(500), np.zeros(500), live_bytes()][2]
print(np.zeros(10), live_bytes())
np.zeros(1000).copy().size
np.zeros(2000)[:10].sum() + live_bytes()
max(np.zeros(100).size, live_bytes())
np.zeros(1000).reshape(live_bytes() // 8000, -1).shape
np.zeros(1000) [live_bytes() // 100000]
np.ones(3) + live_bytes()
live_bytes() + np.ones(3).sum()
