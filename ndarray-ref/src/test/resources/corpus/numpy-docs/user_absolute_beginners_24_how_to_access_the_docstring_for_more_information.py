help(max)
a = np.array([1, 2, 3, 4, 5, 6])
def double(a):
  '''Return a * 2'''
  return a * 2
