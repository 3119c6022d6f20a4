np.zeros(3).shape
np.zeros((2,)).shape
np.ones([2, 3]).shape
np.zeros(()).shape
np.zeros(())
np.ones((2, 1, 2), dtype=np.int16)
