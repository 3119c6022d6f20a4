t = (1, 2, 1, 3)
t.count(1)
t.index(3)
t.index(1, 1)
t.index(5)
t.count()
t[1:3]
t + (4,)
t * 2
(1,) + [2]
len(t)
3 in t
tuple('ab')
tuple([1, 2])
tuple(range(3))
tuple()
tuple(5)
t.append
hash((1, 2))
hash((1, (2.5, True)))
hash(())
hash((1, [2]))
