class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
b = Bag([10, 20, 30])
len(b)
b[0], b[-1]
b[1:]
b[5]
bool(b), bool(Bag([]))
if Bag([]):
    print("non-empty")
else:
    print("empty")
class Plain:
    pass
len(Plain())
Plain()[0]
bool(Plain())
