inventory = {'apples': 3, 'pears': 0, 'figs': 12}
for name, count in inventory.items():
    print(f"{name:<8}{count:>4}")
for name in sorted(inventory, key=inventory.get, reverse=True):
    print(name)
total = sum(inventory.values())
total
max(inventory, key=inventory.get)
{k: v for k, v in inventory.items() if v}
list(zip(inventory.keys(), inventory.values()))
dict(zip('abc', range(3)))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
counts
sorted(counts.items(), key=lambda_free_key) if False else sorted(counts.items())
