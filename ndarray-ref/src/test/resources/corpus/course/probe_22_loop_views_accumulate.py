a = np.zeros(6)
for k in range(3):
    part = a[k::3]
    part += k + 1
a
