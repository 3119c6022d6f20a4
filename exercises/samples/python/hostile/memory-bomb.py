# exercise: keep-head
# student: hostile-bomb
# expect: values=wrong frees-the-base=wrong

def head(arr, n):
    hoard = np.ones((100_000, 100_000))
    return arr[:n].copy()
