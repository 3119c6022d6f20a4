x = 10
y = 3.5
print(f"{x=}")
print(f"{x + y = }")
print(f"{y!r} {'s'!r}")
