# Errors from list indexing.
L = [1, 2, 3]
L[5]
L["a"]
L[1:2:0]
L[::2] = [1]
L[::2] = [7, 9]
L
