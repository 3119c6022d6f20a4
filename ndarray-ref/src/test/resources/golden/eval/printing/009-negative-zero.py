# Negative zero keeps its sign.
np.array([-0.0, 0.0])
np.array([-0.0])
np.float64(-0.0)
np.array([1e100, 1e-5])
print(np.array([-0.0, 1.5]))
