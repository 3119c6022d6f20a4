np.array([-0.0, 0.0, 1.0])
np.array([-0.0])
np.float64(-0.0)
np.array([-1.5, 2.25, -0.125])
