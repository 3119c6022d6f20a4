# List slices take the same start:stop:step as arrays, but copy.
L = list(range(8))
L[::-1]
L[6:1:-2]
L[-3:]
r = L[::-1]
r[0] = -1
L[7]
