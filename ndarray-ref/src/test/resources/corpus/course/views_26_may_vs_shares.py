a = np.arange(10)
x = a[::2]
y = a[1::2]
print(np.may_share_memory(x, y))
print(np.shares_memory(x, y))
print(np.shares_memory(a[:5], a[4:]))
