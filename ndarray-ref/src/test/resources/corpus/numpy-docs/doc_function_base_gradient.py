import numpy as np
f = np.array([1, 2, 4, 7, 11, 16])
np.gradient(f)
np.gradient(f, 2)
x = np.arange(f.size)
np.gradient(f, x)
x = np.array([0., 1., 1.5, 3.5, 4., 6.])
np.gradient(f, x)
np.gradient(np.array([[1, 2, 6], [3, 4, 5]]))
dx = 2.
y = [1., 1.5, 3.5]
np.gradient(np.array([[1, 2, 6], [3, 4, 5]]), dx, y)
x = np.array([0, 1, 2, 3, 4])
f = x**2
np.gradient(f, edge_order=1)
np.gradient(f, edge_order=2)
np.gradient(np.array([[1, 2, 6], [3, 4, 5]]), axis=0)
x = np.array([0., 2., 3., 6., 8.])
y = x ** 2
np.gradient(y, x, edge_order=2)
dx = 2
x = np.array([0., 2., 4., 6., 8.])
y = x ** 2
np.gradient(y, dx, edge_order=2)
dx = 2
dy = 3
x = np.arange(0, 6, dx)
y = np.arange(0, 9, dy)
xs, ys = np.meshgrid(x, y)
zs = xs + 2 * ys
np.gradient(zs, dy, dx)  # Passing two scalars
np.gradient(zs, y, dx)  # Passing one array and one scalar
