x = np.array([-0.005552917, -0.0010518, 0.5], dtype=np.complex128)
x + 1
-x
