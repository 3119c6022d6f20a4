# [[0] * 2] * 3 repeats the same inner list three times.
grid = [[0] * 2] * 3
grid[0][0] = 1
grid
grid[0] is grid[1]
rows = [[0] * 2, [0] * 2, [0] * 2]
rows[0][0] = 1
rows
