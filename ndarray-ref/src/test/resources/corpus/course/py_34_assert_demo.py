def mean(values):
    assert len(values) > 0, "values must not be empty"
    return sum(values) / len(values)

mean([1, 2, 3, 4])
mean([])
