# item() with the wrong number of indexes.
m = np.arange(6).reshape(2, 3)
m.item()
m.item(6)
m.item(0, 5)
np.array([3.5]).item()
