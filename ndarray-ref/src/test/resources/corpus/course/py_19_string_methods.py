s = "  Hello, World!  "
s.strip()
s.lower()
s.strip().split(", ")
"-".join(["a", "b", "c"])
s.replace("World", "NumPy")
"hello".capitalize()
"abc".find("c")
