def outer():
    y = 10
    return [y + i for i in range(2)]
outer()
