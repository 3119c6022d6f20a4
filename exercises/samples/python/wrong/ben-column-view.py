# exercise: column-view
# student: ben
# expect: values=correct is-a-view=wrong writes-through=wrong allocates-nothing=wrong

def column(a, j):
    # a list index picks the column by fancy indexing: a copy
    return a[:, [j]].ravel()
