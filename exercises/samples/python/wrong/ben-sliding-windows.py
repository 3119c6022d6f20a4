# exercise: sliding-windows
# student: ben
# expect: values=correct shares-memory=wrong allocates-nothing=wrong

def windows(a, k):
    return np.stack([a[i:i + k] for i in range(len(a) - k + 1)])
