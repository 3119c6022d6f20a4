x = 2 / 3
w = 10
p = 4
f"{x:{w}.{p}f}|"
f"{x:>{w}}|"
f"{x:.{p}}"
align = "^"
f"[{'mid':{align}{w}}]"
fill = "-"
f"[{7:{fill}>{w}}]"
specs = ['.1f', '.3e', '>8.2%', '+.4g']
for s in specs:
    print(f"{x:{s}}")
f"{'{'}"
f"{{literal}} {w}"
