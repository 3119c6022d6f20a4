np.get_include()
