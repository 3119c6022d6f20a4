a = np.arange(12).reshape(3, 4)
b = a.T
try:
    assert a.shape == b.shape, f"shapes differ: {a.shape} vs {b.shape}"
except AssertionError as e:
    print(e)
assert np.shares_memory(a, b)
assert b.flags.c_contiguous, "b is not C-contiguous"
