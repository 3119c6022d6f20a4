a = np.array([1.0, 0.0, -1.0])
a / 0
np.array([1, 0]) // 0
np.log(np.array([1.0, 0.0]))
np.sqrt(np.array([-1.0, 4.0]))
