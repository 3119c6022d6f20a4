# Booleans are padded so True and False line up.
np.array([True, False, True])
print(np.array([True, False]))
np.array([True])
np.array(True)
np.array([[True, False], [False, True]])
