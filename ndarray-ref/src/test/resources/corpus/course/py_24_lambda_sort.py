students = [("ada", 95), ("bob", 70), ("cy", 88)]
students.sort(key=lambda s: s[1], reverse=True)
students
min(students, key=lambda s: s[1])
sorted(["banana", "Apple", "cherry"], key=str.lower)
