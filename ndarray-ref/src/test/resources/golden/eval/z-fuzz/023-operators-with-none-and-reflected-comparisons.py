np.ones(2) / None
None / np.ones(2)
np.ones(2, dtype=int) + None
np.ones(2, dtype=np.float32) * None
np.ones(2, dtype=bool) - None
np.ones(2, dtype=complex) + None
np.float64(1) / None
np.ones(2) < None
np.ones(2) ** None
np.ones(2) // None
d = np.arange(36).reshape((4, 3, 3))
[0, 0] == d
[0, 0] < d
(1, 2) != d
np.ones(2) == None
2 ** None
None ** 2.5
2 + None
