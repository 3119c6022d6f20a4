np.array([-1, 10, -100])
print(np.array([[-1, 2], [3, -40]]))
