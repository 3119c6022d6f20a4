def f(a, i):
    try:
        try:
            return a[i]
        except IndexError:
            print("inner: index", i)
            raise ValueError(f"index {i} is out of range")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer:", e)
        return None
f(np.arange(3), 1)
f(np.arange(3), 5)
