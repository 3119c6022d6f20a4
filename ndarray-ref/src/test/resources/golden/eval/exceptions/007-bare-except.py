a = np.arange(6)
try:
    a.reshape(4)
except:
    print("something went wrong")
