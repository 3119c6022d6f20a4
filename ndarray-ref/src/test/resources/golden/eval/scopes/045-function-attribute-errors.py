def f(): pass
f.nope
f.__name__
