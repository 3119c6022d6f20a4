def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([factorial(i) for i in range(7)])
print([fib(i) for i in range(10)])
