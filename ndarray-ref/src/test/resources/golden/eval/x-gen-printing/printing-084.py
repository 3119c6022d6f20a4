x = np.zeros((0, 3), dtype=np.bool_)
x.real
x.T
print(x)
x.strides
x[::-1]
