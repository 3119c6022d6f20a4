x = np.array([[False, True, False, True], [True, False, False, True], [False, False, False, False]], dtype=np.bool_)
print(x)
x.sum()
x + 1
x.tolist()
