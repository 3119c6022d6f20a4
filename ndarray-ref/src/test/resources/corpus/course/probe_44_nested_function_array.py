def outer():
    data = np.arange(3)
    def inner():
        data[0] = 100
    inner()
    return data

outer()
