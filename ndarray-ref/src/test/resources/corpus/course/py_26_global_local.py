counter = 0

def increment():
    global counter
    counter += 1

for _ in range(3):
    increment()
print(counter)

def bad():
    counter += 1

bad()
