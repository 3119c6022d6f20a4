x = np.arange(5).reshape(5, 1)
y = x[:, 0]
y.base is x
z = x.ravel()
np.shares_memory(z, x)
