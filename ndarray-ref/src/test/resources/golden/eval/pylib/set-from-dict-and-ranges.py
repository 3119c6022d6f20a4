set({"a": 1, "b": 2}) == {"a", "b"}
set(range(0, 100, 9))
set(range(100, 0, -9))
set(dict.fromkeys(range(20, 0, -1)))
frozenset(range(5)) | set(range(3, 8))
set([2**64, 2**65, 1])
set([-1, -2, -3, -4, 2**61 - 1])
