row = [0, 0]
grid = [row] * 2
grid[0][0] = 1
grid
