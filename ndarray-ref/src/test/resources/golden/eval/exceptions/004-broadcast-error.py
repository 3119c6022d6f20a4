a = np.zeros((3, 4))
b = np.zeros(3)
try:
    c = a + b
except ValueError as e:
    print(e)
print("still running")
