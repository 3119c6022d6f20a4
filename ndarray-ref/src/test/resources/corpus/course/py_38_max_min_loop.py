temps = [22.5, 19.0, 24.8, 21.3, 18.9]
hottest = temps[0]
for t in temps:
    if t > hottest:
        hottest = t
print(f"Hottest: {hottest}")
print(f"Average: {sum(temps) / len(temps):.2f}")
print(max(temps), min(temps))
