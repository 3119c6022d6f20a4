# Writing through a swapaxes view changes the original.
A = np.zeros((2, 3))
S = A.swapaxes(0, 1)
S[2, 1] = 9
A
S.base is A
S.flags.f_contiguous
