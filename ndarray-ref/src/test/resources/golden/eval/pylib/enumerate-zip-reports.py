names = ['ada', 'grace', 'linus']
scores = [91.5, 78.25, 88.0]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(f"{i}. {n.title():<6} {s:6.2f}")
print("\n".join(f"{n}={s:.0f}" for n, s in zip(names, scores)))
"{:>10}|{:^10}|{:<10}".format(*names)
avg = sum(scores) / len(scores)
f"average {avg:.3f} ({avg:.1%} of 100)"
best = max(zip(scores, names))
best
