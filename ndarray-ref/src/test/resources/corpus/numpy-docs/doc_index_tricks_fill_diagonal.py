import numpy as np
a = np.zeros((3, 3), int)
np.fill_diagonal(a, 5)
a
a = np.zeros((3, 3, 3, 3), int)
np.fill_diagonal(a, 4)
a[0, 0]
a[1, 1]
a[2, 2]
a = np.zeros((5, 3), int)
np.fill_diagonal(a, 4)
a
a = np.zeros((5, 3), int)
np.fill_diagonal(a, 4, wrap=True)
a
a = np.zeros((3, 5), int)
np.fill_diagonal(a, 4, wrap=True)
a
a = np.zeros((3, 3), int);
np.fill_diagonal(np.fliplr(a), [1,2,3])  # Horizontal flip
a
np.fill_diagonal(np.flipud(a), [1,2,3])  # Vertical flip
a
