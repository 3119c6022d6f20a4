names = ["Ada", "Ben", "Cy", "Dee"]
scores = np.array([[90, 85, 77], [60, 72, 68], [88, 94, 91], [45, 50, 62]])
averages = scores.mean(axis=1)
for name, avg in zip(names, averages):
    grade = "A" if avg >= 85 else "B" if avg >= 70 else "C"
    print(f"{name:<4} {avg:6.2f} {grade}")
best = names[int(np.argmax(averages))]
print("Best:", best)
