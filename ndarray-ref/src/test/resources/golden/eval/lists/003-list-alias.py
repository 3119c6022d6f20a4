# Assigning a list to another name makes an alias, not a copy.
L = [1, 2, 3]
M = L
M[0] = 99
L
L is M
L2 = L[:]
L2 is L, L2 == L
