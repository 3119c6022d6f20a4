x = 5
assert x > 0
assert x < 0
assert x < 0, "x must be negative"
assert x < 0, x
try:
    assert x == 4, f"expected 4, got {x}"
except AssertionError as e:
    print("assertion failed:", e)
    print(e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
