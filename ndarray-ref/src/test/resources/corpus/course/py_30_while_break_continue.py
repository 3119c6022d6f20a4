n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 9:
        break
    print(n, end=" ")
print()
