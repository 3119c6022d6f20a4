d = {'k': [1, 2, 3]}
f"{d['k'][1]:03}"
f"{len(d['k'])} items, last {d['k'][-1]!r}"
f"{'nested ' + 'text':>15}"
f"{3 if True else 4:>3}"
f"{[x * 2 for x in range(3)]}"
f"{(1, 2)}", f"{ {'a': 1} }"
f"{1 + 2 = }"
f"{'%d' % 5}"
f"{'{}'.format(7):*>4}"
width = 6
f"{'x':{'^'}{width}}|"
