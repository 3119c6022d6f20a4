# A column and a row broadcast to a table.
col = np.arange(3)[:, None]
row = np.arange(4)
table = col * 10 + row
table
table.shape
table.flags.owndata
