a = np.arange(5)
a += 1
a
try:
    a += 0.5
except Exception as e:
    print(type(e).__name__ + ":", e)
a = a + 0.5
a.dtype
