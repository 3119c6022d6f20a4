# Length-1 axes get canonical strides.
np.arange(24).reshape(1, 24, 1).strides
np.arange(24)[::2].reshape(3, 4).strides
np.arange(6).reshape(2, 3).reshape(2, 3, copy=True).base is None
np.arange(6).reshape(2, 3, copy=True).flags.owndata
