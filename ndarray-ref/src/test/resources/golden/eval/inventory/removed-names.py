# NumPy 2 removed these and says what to use instead
np.float_
np.Inf
np.NaN
np.alltrue
np.object
np.int
np.float
np.complex
np.bool
np.int0
np.product
np.cast
