x = 1.0
iterations = 0
while abs(x * x - 2) > 1e-10:
    x = x - (x * x - 2) / (2 * x)
    iterations += 1
print(f"sqrt(2) ~ {x:.10f} after {iterations} iterations")
np.sqrt(2)
