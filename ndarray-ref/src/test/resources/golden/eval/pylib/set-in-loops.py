seen = set()
dup = []
for x in [3, 1, 3, 2, 1, 5]:
    if x in seen:
        dup.append(x)
    seen.add(x)
seen, dup
len(seen)
sum(seen)
sorted(seen, reverse=True)
