def describe(*args, **kwargs):
    print("args:", args)
    print("kwargs:", kwargs)

describe(1, 2, x=3)
describe()
def total(*nums):
    return sum(nums)
total(1, 2, 3)
