# exercise: inplace-center
# student: ben
# expect: values=wrong same-buffer=wrong no-temporary=wrong

def center(a):
    a = a - a.mean()
