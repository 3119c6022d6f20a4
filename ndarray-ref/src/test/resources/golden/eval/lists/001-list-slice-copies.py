# Slicing a Python list makes a new list: changing it leaves the original alone.
list1 = [None] * 10
list2 = list1[:5]
list2[0] = "abc"
print(list2[0])
print(list1[0])
len(list1), len(list2)
