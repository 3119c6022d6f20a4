nums = [1, 2, 3, 4, 5]
list(map(lambda x: x * 10, nums))
list(filter(lambda x: x % 2, nums))
square = lambda x: x ** 2
square(np.arange(3))
