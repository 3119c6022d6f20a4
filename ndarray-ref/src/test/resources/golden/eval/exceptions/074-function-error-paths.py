def first_row(a):
    if a.ndim != 2:
        raise ValueError(f"expected a 2-d array, got {a.ndim}-d")
    return a[0]
def safe_first_row(a):
    try:
        return first_row(a)
    except ValueError as e:
        print("fallback:", e)
        return a.ravel()[:1]
safe_first_row(np.arange(6).reshape(2, 3))
safe_first_row(np.arange(6))
first_row(np.arange(3))
