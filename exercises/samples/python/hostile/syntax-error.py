# exercise: sliding-windows
# student: hostile-syntax
# expect: values=error shares-memory=error allocates-nothing=error

def windows(a, k)
    return np.lib.stride_tricks.sliding_window_view(a, k)
