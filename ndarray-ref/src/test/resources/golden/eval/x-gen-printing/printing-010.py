x = np.array([[False, False, True, True, False, False], [False, True, True, False, True, False]], dtype=np.bool_)
x.ravel()[:5]
x > 0
