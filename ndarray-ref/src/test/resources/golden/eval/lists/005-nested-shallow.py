# A slice of a nested list copies the outer list only: inner lists are shared.
nested = [[1, 2], [3, 4]]
sh = nested[:]
sh[0][0] = 99
nested
sh[1] = [0, 0]
nested
sh
