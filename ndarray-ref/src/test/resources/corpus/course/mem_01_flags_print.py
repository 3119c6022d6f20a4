a = np.arange(6).reshape(2, 3)
print(a.flags)
print(a[:, 1].flags)
a.flags.owndata
a.T.flags.owndata
