data = np.array([[1, 22, 333], [4444, 5, 66]])
for row in data:
    print(" ".join(f"{v:>6}" for v in row))
print("-" * 20)
print(f"{'total':>6}", data.sum())
