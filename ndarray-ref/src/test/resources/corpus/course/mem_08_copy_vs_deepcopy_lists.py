import copy
nested = [np.arange(3), np.arange(3)]
shallow = list(nested)
deep = copy.deepcopy(nested)
nested[0][0] = 100
print(shallow[0])
print(deep[0])
