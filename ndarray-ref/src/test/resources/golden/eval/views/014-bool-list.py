# A list of bools works like a mask array.
a = np.array([10, 20, 30])
a[[True, False, True]]
a[[True, False, True]].base is a
a[[False, False, False]]
a[[True, False]]
