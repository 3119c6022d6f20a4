def d():
    global zz
    del zz
d()
zz = 1
d()
zz
