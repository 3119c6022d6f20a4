l = [3, 1, 2, 5, 4]
l.sort()
l
l.sort(reverse=True)
l
words = ['banana', 'Apple', 'cherry', 'date']
sorted(words)
sorted(words, key=len)
sorted(words, key=str.lower)
sorted(words, key=len, reverse=True)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
sorted(pairs)
sorted(pairs, reverse=True)
def first(p):
    return p[0]
sorted(pairs, key=first)
sorted(pairs, key=first, reverse=True)
sorted("hello")
sorted({'b': 1, 'a': 2})
sorted((3, 1, 2))
sorted([3, 1.5, True, 0])
sorted([1, 'a'])
sorted()
sorted([1], reverse=None)
[1].sort(1)
[3, 1].sort(kee=1)
[1].sort(key=1)
[1, 2].sort(key=len)
x = [2, 1]
x.sort() is None
x
sorted([[2, 1], [1, 5], [1, 2]])
sorted([-3, 2, -1], key=abs)
