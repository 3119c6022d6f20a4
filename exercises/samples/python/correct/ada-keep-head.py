# exercise: keep-head
# student: ada
# expect: values=correct frees-the-base=correct

def head(arr, n):
    """The first n elements of arr, without keeping the rest of arr alive."""
    return arr[:n].copy()
