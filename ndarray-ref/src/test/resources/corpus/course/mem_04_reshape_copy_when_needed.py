a = np.arange(6).reshape(2, 3)
t = a.T
r = t.reshape(6)
np.shares_memory(r, a)
r2 = a.reshape(3, 2)
np.shares_memory(r2, a)
try:
    t.shape = (6,)
except AttributeError as e:
    print("AttributeError:", e)
