# astype converts values (copy); view reinterprets bytes (no copy).
a = np.array([1, 2], dtype=np.int32)
a.astype(np.float32)
a.view(np.float32).dtype
np.shares_memory(a.astype(np.float32), a)
np.shares_memory(a.view(np.float32), a)
a.view(np.int16)
