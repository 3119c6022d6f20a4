# exercise: reshape-or-refuse
# student: hostile-import
# expect: values=error contiguous-is-a-view=error transposed-refuses=error column-slice-refuses=error
import os

def as_rows(a, rows):
    os.getcwd()
    return np.reshape(a, (rows, -1), copy=False)
