for i in range(1, 4):
    line = ""
    for j in range(1, 4):
        line += f"{i * j:4}"
    print(line)
