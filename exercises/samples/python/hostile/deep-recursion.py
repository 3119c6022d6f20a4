# exercise: inplace-center
# student: hostile-recursion
# expect: values=wrong same-buffer=wrong no-temporary=wrong

def center(a):
    center(a)
