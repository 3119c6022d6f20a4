class Matrix:
    def __init__(self, rows):
        self.data = np.array(rows, dtype=float)

    def __repr__(self):
        return f"Matrix(shape={self.data.shape})"

    def __matmul__(self, other):
        return Matrix(self.data @ other.data)

    def trace(self):
        return float(np.trace(self.data))

m = Matrix([[1, 2], [3, 4]])
n = m @ m
n
n.data
n.trace()
