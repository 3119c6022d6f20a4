lst = [1, 2]
lst2 = lst
lst += [3]
lst2
arr = np.array([1, 2])
arr2 = arr
arr = np.append(arr, 3)
arr2
t = (1,)
t2 = t
t += (2,)
t2
