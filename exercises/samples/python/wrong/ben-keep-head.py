# exercise: keep-head
# student: ben
# expect: values=correct frees-the-base=wrong

def head(arr, n):
    return arr[:n]
