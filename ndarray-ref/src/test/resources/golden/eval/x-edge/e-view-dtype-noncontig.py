a = np.arange(12, dtype=np.int32).reshape(3, 4)
a[:, :2].view(np.int64)
a[:, ::2].view(np.int64)
a.T.view(np.int64)
a.T.view(np.int16).shape
a[:, 1].view(np.int8)
np.zeros(3, dtype=np.int8).view(np.int16)
