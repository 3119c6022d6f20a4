a = np.arange(3)
s = a.squeeze()
s is a, s.base is a
s = np.squeeze(a)
s is a
s = a.squeeze(())
s is a, s.base is a
