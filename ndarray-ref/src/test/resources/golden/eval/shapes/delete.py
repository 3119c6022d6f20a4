arr = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
d = np.delete(arr, 1, 0)
d, d.base is None, d.flags.owndata, np.shares_memory(d, arr)
np.delete(arr, slice(None, None, 2), 1)
np.delete(arr, [1, 3, 5], None)
np.delete(arr, [1, 3, 5])
np.delete(arr, -1, axis=1)
np.delete(arr, 3, axis=0)
np.delete(arr, -4, axis=0)
np.delete(arr, 1, axis=2)
np.delete(arr, [0, 0, 2], axis=0)
np.delete(arr, [True, False, True], axis=0)
np.delete(arr, [True, False], axis=0)
np.delete(arr, [5], axis=0)
np.delete(arr, [0, 5], axis=0)
np.delete(arr, [], axis=1)
np.delete(arr, [], axis=1).base is None
np.delete(arr, slice(1, None), axis=1)
np.delete(arr, slice(None, None, -2), axis=1)
np.delete(arr, slice(5, 9), axis=1)
np.delete(arr, np.int64(2))
f = np.asfortranarray(arr)
np.delete(f, 1, axis=1).strides
np.delete(f, [1], axis=1).strides
np.delete(f, [0, 1], axis=1).strides
np.delete(f, slice(1, 3), axis=0).strides
np.delete(f, [True, False, False], axis=0).strides
np.delete(arr.T, [1, 2], axis=1).strides
np.delete(arr, 1).base is None
np.delete([1, 2, 3], 0)
