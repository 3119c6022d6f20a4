class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a = Counter()
b = Counter()
Counter.count, a.id, b.id
a.count
a.count = 100
a.count, b.count, Counter.count
