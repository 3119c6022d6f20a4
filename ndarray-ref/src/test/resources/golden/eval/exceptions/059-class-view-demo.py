class Grid:
    def __init__(self, rows, cols):
        self.cells = np.zeros((rows, cols), dtype=int)
    def row(self, i):
        return self.cells[i]
g = Grid(2, 3)
r = g.row(1)
r[:] = 7
g.cells
r.base is g.cells
np.shares_memory(r, g.cells)
