def double_in_place(arr):
    arr *= 2

def double_copy(arr):
    arr = arr * 2
    return arr

x = np.array([1, 2, 3])
double_copy(x)
print(x)
double_in_place(x)
print(x)
