import numpy as np
x = np.arange(10)
x[2]
x[-2]
x.shape = (2, 5)  # now x is 2-dimensional
x[1, 3]
x[1, -1]
x[0]
x[0][2]
x = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
x[1:7:2]
x[-2:10]
x[-3:3:-1]
x[5:]
x = np.array([[[1],[2],[3]], [[4],[5],[6]]])
x.shape
x[1:2]
x[..., 0]
x[:, :, 0]
x[:, np.newaxis, :, :].shape
x[:, None, :, :].shape
x = np.arange(5)
x[:, np.newaxis] + x[np.newaxis, :]
