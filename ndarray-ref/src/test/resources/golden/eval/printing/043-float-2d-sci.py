# Scientific notation applies to the whole array, all rows.
np.array([[1e-5, 2.0], [3.0, 4e5]])
print(np.array([[1e-5, 2.0], [3.0, 4e5]]))
np.array([[1e10, 1.0]])
