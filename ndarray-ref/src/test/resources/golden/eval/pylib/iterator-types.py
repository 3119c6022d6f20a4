type(zip([1]))
type(map(abs, [1]))
type(filter(None, [1]))
type(enumerate('a'))
type(reversed([1]))
type(reversed(range(2)))
type(reversed({}))
type(reversed({}.values()))
type(iter('ab'))
type(iter('é'))
type(iter([]))
type(iter(()))
type(iter({}))
type(iter(range(3)))
type({}.keys())
type({}.items())
str.lower
list.append
dict.get
int.bit_length
type(str.lower)
str.lower('ABC')
list.append([], 1)
str.lower(5)
str.lower()
str.nope
str.join(',', 'ab')
str.format('{}', 1)
