np.array(["hello", "world!"])
np.array(["hello", "world!"], dtype="U5")
np.array(["hello", "world!"], dtype="U7")
np.array(["hello", "world"], dtype="S7").tobytes()
x = [b"hello\0\0", b"world"]
a = np.array(x, dtype="S7")
print(a[0])
a[0] == x[0]
a = np.array(x, dtype="V7")
a
a[0] == np.void(x[0])
