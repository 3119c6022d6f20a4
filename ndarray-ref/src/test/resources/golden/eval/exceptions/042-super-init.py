class Base:
    def __init__(self, a):
        self.a = a
class Child(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
c = Child(1, 2)
c.a, c.b
class Explicit(Base):
    def __init__(self):
        Base.__init__(self, 99)
Explicit().a
