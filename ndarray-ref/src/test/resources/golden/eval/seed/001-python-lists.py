# Seed notebook, "Preliminary: Python lists" (rss cells -> live_bytes()).
live_bytes()
list1 = [None] * 1000_000
live_bytes()
list2 = list1[:500_000]
live_bytes()
list2[0] = "abc"
print(list2[0])
print(list1[0])
