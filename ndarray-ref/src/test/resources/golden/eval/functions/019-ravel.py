# ravel is a view only when the data is contiguous in the requested order.
m = np.arange(6).reshape(2, 3)
np.shares_memory(m.ravel(), m)
np.shares_memory(m.T.ravel(), m)
np.shares_memory(m.T.ravel(order='F'), m)
np.shares_memory(np.ravel(m.T, order='K'), m)
m.T.ravel()
