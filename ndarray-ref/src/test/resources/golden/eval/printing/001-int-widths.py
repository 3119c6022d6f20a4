# Integers are right-aligned to the widest element.
np.array([1, 22, 333])
np.array([-1, 0, 1])
np.array([1, -1, 100])
np.array([-1000, 5])
print(np.array([1, 22, 333]))
