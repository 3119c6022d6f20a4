fs = [lambda: i for i in range(3)]; [f() for f in fs]
