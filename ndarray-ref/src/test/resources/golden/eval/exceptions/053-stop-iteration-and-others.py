raise StopIteration
raise NotImplementedError("todo")
raise RuntimeError("runtime")
raise RecursionError("deep")
raise MemoryError()
raise FloatingPointError("fp")
raise UnboundLocalError("u")
raise LookupError
raise ArithmeticError("a")
raise Exception("generic")
e = BaseException("base")
e
isinstance(e, Exception)
