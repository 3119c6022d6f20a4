def safe_index(arr, i):
    try:
        return arr[i]
    except IndexError as e:
        print(f"IndexError caught: {e}")
        return None

a = np.arange(3)
safe_index(a, 1)
safe_index(a, 5)
