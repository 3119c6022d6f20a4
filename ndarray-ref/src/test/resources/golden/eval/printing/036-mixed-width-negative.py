# The minus sign counts toward the width.
np.array([-5, 10, -100])
np.array([[-1, 2], [3, -40]])
np.array([-1.5, 2.0])
np.array([-0.001, 1.0])
