# print shows str (spaces, no commas); the bare expression shows repr.
a = np.array([1.5, 2.25, -3.0])
a
print(a)
str(a)
print(np.array([0.0001, 0.001]))
print(np.array([[1, 2], [3, 4]]))
