nums = [5, 3, 8, 1]
nums.append(7)
nums.insert(0, 9)
nums.pop()
nums.remove(8)
nums
nums.sort()
nums
nums.index(5)
nums.reverse()
nums
