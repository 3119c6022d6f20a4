raise 5
raise "oops"
raise int
try:
    raise 5
except TypeError as e:
    print(e)
