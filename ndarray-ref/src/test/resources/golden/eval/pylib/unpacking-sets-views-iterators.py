a, b = {1, 2}
a, b
x, y = {"k": 1, "j": 2}.items()
x
[*{3, 1}]
print(*{5, 6})
f, g = zip("ab", "cd")
f
print(*{"k": 1}.values(), sep="+")
print(*map(abs, [-1, -2]))
sorted(*[{3, 1, 2}])
