# Assigning to a list slice can change the list's length.
L = list(range(6))
L[1:3] = [10]
L
L[::2] = [0, 0, 0]
L
L[:] = []
L
