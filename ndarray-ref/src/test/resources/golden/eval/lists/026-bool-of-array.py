# The truth value of an array with more than one element is ambiguous.
a = np.array([1, 2])
bool(a)
a == 1 and True
not np.array([0])
x = "yes" if np.array([5]) else "no"
x
