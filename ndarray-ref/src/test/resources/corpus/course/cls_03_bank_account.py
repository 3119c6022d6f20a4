class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self

    def __str__(self):
        return f"{self.owner}: ${self.balance:,.2f}"

acct = Account("Ada")
acct.deposit(1500).deposit(25.5)
print(acct)
try:
    acct.deposit(-5)
except ValueError as e:
    print("Rejected:", e)
