# A fresh empty array has all strides 0; a view of existing data keeps computed strides.
np.zeros((0, 3)).strides
np.zeros((2, 0, 3)).strides
np.arange(6).reshape(2, 3)[:0].strides
np.zeros((0, 3)).reshape(3, 0, 5).strides
np.zeros((1, 1)).strides
np.zeros((3, 1)).strides
