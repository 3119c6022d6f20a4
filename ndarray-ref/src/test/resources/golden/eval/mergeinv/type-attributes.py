# Attributes of Python's types: instance methods unbound, the rest judged by the inventory.
sorted(['b', 'A', 'c'], key=str.lower)
str.upper('x')
list.append
str.no_such_method
int.no_such_thing
dict.fromkeys('ab', 0)
{1}.no_such_method
(1,).no_such_method
{}.no_such_method
np.ndarray.no_such_method
