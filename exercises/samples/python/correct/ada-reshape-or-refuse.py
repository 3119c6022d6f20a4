# exercise: reshape-or-refuse
# student: ada
# expect: values=correct contiguous-is-a-view=correct transposed-refuses=correct column-slice-refuses=correct

def as_rows(a, rows):
    """a as `rows` rows, as a view of a; raise ValueError when that needs a copy."""
    return np.reshape(a, (rows, -1), copy=False)
