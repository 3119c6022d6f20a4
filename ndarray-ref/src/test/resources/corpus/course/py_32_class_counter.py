class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

a = Counter()
b = Counter()
print(a.id, b.id, Counter.count)
