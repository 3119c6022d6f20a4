# exercise: no-caller-mutation
# student: hostile-output
# expect: values=wrong caller-unchanged=wrong independent-result=wrong any-array-unchanged=wrong

def normalized(a):
    for i in range(100_000):
        print("spam " * 20)
    return a / a.max()
