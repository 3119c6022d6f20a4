# exercise: reshape-or-refuse
# student: cleo
# expect: values=correct contiguous-is-a-view=wrong transposed-refuses=correct column-slice-refuses=correct

def as_rows(a, rows):
    if not a.flags['C_CONTIGUOUS']:
        raise ValueError("needs a copy")
    return np.array(a).reshape(rows, -1)
