# A column is a view too, but it is not contiguous: its stride skips a whole row.
m = np.arange(12).reshape(3, 4)
col = m[:, 2]
col
col.strides
col.flags.c_contiguous, col.flags.f_contiguous
col[0] = 99
m[0]
