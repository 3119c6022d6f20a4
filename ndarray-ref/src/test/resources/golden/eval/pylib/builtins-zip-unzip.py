pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
nums, letters
list(zip(*[[1, 2, 3], [4, 5, 6]]))
dict(zip(letters, nums))
list(zip("ab", "cd", "ef"))
list(zip([1], "ab", strict=False))
zip([1], foo=1)
