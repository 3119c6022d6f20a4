np.full_like(np.zeros(2), "7")
np.full_like(np.zeros(2, dtype=int), "12")
np.full_like(np.zeros(2), "ab")
np.full_like(np.zeros(2, dtype=np.uint8), "x")
np.full(2, "5", dtype=int)
a = np.zeros(2); a[0] = "3"
a
"a" + "b"
