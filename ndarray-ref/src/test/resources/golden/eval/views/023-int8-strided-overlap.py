# Interleaved strided views: the bounds overlap but no element is shared.
x8 = np.arange(80).reshape(4, 20).astype(np.int8)
p = x8[:, ::7]
q = x8[:, 3::3]
np.may_share_memory(p, q)
np.shares_memory(p, q)
p.shape, q.shape
p.strides, q.strides
