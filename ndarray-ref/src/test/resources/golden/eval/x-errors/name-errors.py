undefined_name
a = np.arange(3)
del a
a
np.arange(3) + b
