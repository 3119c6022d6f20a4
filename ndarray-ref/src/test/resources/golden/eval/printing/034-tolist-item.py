# tolist() and item() give plain Python objects.
m = np.arange(6).reshape(2, 3)
m.tolist()
m.item(4)
m.item((1, 2))
np.array([1.5, 2.5]).tolist()
np.array([True, False]).tolist()
np.array(7).item()
np.array(7).tolist()
