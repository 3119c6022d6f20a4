a = np.arange(6).reshape(2, 3)
r = a.ravel()
f = a.flatten()
r[0] = 100
f[1] = 200
a
print(np.shares_memory(a, r), np.shares_memory(a, f))
t = a.T.ravel()
np.shares_memory(a, t)
