def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"

print(greet("Ada"))
print(greet("Alan", greeting="Hi"))
greet("Grace", "Welcome")
