# exercise: inplace-center
# student: ada
# expect: values=correct same-buffer=correct no-temporary=correct

def center(a):
    """Subtract a's mean from every element of a, changing a itself; return nothing."""
    a -= a.mean()
