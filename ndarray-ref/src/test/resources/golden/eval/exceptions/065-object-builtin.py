object
class A(object):
    pass
A.__mro__
isinstance(A(), object)
issubclass(A, object)
issubclass(int, object)
