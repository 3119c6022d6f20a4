# exercise: no-caller-mutation
# student: ben
# expect: values=correct caller-unchanged=wrong independent-result=wrong any-array-unchanged=wrong

def normalized(a):
    a /= a.max()
    return a
