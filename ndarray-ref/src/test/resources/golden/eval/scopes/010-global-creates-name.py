def make():
    global created
    created = [1, 2]
make()
created
