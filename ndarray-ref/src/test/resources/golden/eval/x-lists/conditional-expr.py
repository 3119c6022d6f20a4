a = np.arange(4)
x = "view" if a[1:].base is a else "copy"
x
y = 1 if a.size > 10 else 2
y
