def make_multiplier(k):
    def mul(x):
        return k * x
    return mul

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
[make_multiplier(i)(10) for i in range(4)]
