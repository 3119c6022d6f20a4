list1 = [1, 2, 3, 4, 5]
list2 = list1[:3]
list2[0] = "abc"
print(list2[0])
print(list1[0])
list1
list2
