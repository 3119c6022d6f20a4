a = {1, 2, 3, 4, 5, 100, 200}
b = {4, 5, 6, 7, 300}
a | b
a & b
a - b
b - a
a ^ b
a.union(b, [1000, 7])
a.intersection(b, range(5))
a.intersection()
a.difference(b, [1])
a.symmetric_difference(range(3))
a.issubset(range(1000)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9})
c = set(a)
c |= b
c
c &= set(range(6))
c
c -= {1}
c
c ^= {2, 9}
c
c.update([10, 20], (30,))
c
c.intersection_update(range(15), [9, 10, 11])
c
c.difference_update([10])
c
c.symmetric_difference_update([9, 99])
c
big = set(range(100))
big - {5}
{5} - big
big.difference({1: 'a', 2: 'b'})
a.symmetric_difference({1: 0, 42: 0})
