A = np.eye(2) * 2
B = np.eye(3) * 3
bl = np.block([[A, np.zeros((2, 3))], [np.ones((3, 2)), B]])
bl
bl.base is None, bl.strides, bl.flags.c_contiguous
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
np.block([a, b, 10])
np.block([[a], [b]])
s = np.block(a)
s, s is a, s.base is None, np.shares_memory(s, a)
np.block(5)
np.block([])
np.block([[1, 2], []])
np.block([[1, 2], 3])
np.block([1, (2, 3)])
np.block((a, b))
np.block([[a, b], [a]])
np.block([[a], [np.ones(2)]])
np.block([[1], [2.5]])
f = np.asfortranarray(np.ones((2, 2)))
np.block([f, f]).strides
np.block([[f], [f]]).strides
np.block([[[1, 2]], [[3, 4]]]).shape
np.block([np.int8(1), np.uint8(2)])
np.block([[a.reshape(3, 1), a.reshape(3, 1)]])
