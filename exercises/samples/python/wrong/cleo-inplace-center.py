# exercise: inplace-center
# student: cleo
# expect: values=correct same-buffer=correct no-temporary=wrong

def center(a):
    # right values, same buffer; a temporary as big as a is made and dropped
    a[:] = a - a.mean()
