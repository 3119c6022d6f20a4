celsius = np.array([-40, 0, 37, 100])
fahrenheit = celsius * 9 / 5 + 32
for c, f in zip(celsius, fahrenheit):
    print(f"{c:>5}C = {f:6.1f}F")
fahrenheit.dtype
