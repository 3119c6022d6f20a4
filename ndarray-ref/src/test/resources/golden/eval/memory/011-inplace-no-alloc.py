# In-place operators reuse the buffer; a = a + 1 briefly needs two.
a = np.zeros(10_000)
a += 1
live_bytes()
a = a + 1
live_bytes()
a *= 3
a[:3]
