np.show_runtime()
