# exercise: no-caller-mutation
# student: ada
# expect: values=correct caller-unchanged=correct independent-result=correct any-array-unchanged=correct

def normalized(a):
    """a divided by its largest element, as a new array; a itself must not change."""
    return a / a.max()
