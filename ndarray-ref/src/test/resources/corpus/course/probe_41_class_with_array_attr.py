class Grid:
    def __init__(self, rows, cols):
        self.cells = np.zeros((rows, cols), dtype=int)

    def set(self, r, c, v):
        self.cells[r, c] = v

    def row(self, r):
        return self.cells[r]

g = Grid(2, 3)
g.set(1, 2, 5)
r = g.row(1)
r[0] = 9
g.cells
r.base is g.cells
