# At most 8 digits after the point, rounded.
np.array([1 / 3, 2 / 3])
np.array([1.123456789])
np.array([0.123456785])
np.array([0.1 + 0.2])
np.float64(0.1 + 0.2)
np.array(0.1 + 0.2)
print(np.array(0.1 + 0.2))
