a = np.ones((3, 4))
b = np.ones((4, 3))
try:
    a + b
except ValueError as e:
    print("ValueError:", e)
a + b.T
