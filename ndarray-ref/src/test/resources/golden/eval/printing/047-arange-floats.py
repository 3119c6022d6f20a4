# arange with float steps.
np.arange(0.0, 1.0, 0.1)
np.arange(1, 2, 0.5)
np.arange(-1.0, 1.0, 0.5)
np.arange(3, dtype=np.float32)
