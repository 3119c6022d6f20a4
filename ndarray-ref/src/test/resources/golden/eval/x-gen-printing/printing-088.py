x = np.array([3.58886e-05, -0.0, 3e-05], dtype=np.float32)
print(x)
x * 2
x[::-1]
x + 1
