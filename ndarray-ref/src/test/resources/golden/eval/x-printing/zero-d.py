z = np.array(3)
z
print(z)
z.shape
z.ndim
np.array(2.5)
np.array(True)
