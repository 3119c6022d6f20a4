# exercise: column-view
# student: ada
# expect: values=correct is-a-view=correct writes-through=correct allocates-nothing=correct

def column(a, j):
    """Column j of the 2-D array a, as a view: writing to it writes to a."""
    return a[:, j]
