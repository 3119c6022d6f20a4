# exercise: reshape-or-refuse
# student: ben
# expect: values=correct contiguous-is-a-view=correct transposed-refuses=wrong column-slice-refuses=wrong

def as_rows(a, rows):
    return a.reshape(rows, -1)
