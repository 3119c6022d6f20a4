# len() of an array is the length of its first axis.
len(np.arange(5))
len(np.zeros((3, 4)))
len(np.zeros((0, 2)))
len(np.array(3))
len([np.zeros(10)])
