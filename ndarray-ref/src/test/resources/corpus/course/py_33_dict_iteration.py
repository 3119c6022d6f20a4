inventory = {"apples": 3, "pears": 0, "plums": 7}
for fruit, n in inventory.items():
    status = "in stock" if n > 0 else "sold out"
    print(f"{fruit:>8}: {n:2d} ({status})")
list(inventory.keys())
sum(inventory.values())
