a = np.arange(12).reshape(3, 4)
b = a.T
try:
    b.shape = (12,)
except AttributeError as e:
    print("AttributeError:", e)
c = b.reshape(12)
np.shares_memory(b, c)
