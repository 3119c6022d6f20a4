class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack()
t = s.push(1).push(2)
t is s
len(s)
s.pop(), s.pop()
s.pop()
try:
    s.pop()
except IndexError as e:
    print("caught:", e)
