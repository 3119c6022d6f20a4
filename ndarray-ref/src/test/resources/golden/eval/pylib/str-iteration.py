for ch in "héllo":
    print(ch, ord(ch))
list("ab")
tuple("ab")
sorted("banana")
set("aaa") == {"a"}
len(set("banana"))
