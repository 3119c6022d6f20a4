# In-place operators return the same object.
a = np.arange(3.0)
before = a
a *= 2
a is before
a /= 4
a is before
a
