a = np.arange(10)
try:
    a.reshape(3, 3)
except ValueError as err:
    print(f"Error: {err}")
a.reshape((2, 5))
