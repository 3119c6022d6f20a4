# print() of an empty array is just [].
print(np.zeros((0, 3)))
str(np.array([], dtype=np.bool_))
print(np.array([]))
np.ones((3, 0, 2))
