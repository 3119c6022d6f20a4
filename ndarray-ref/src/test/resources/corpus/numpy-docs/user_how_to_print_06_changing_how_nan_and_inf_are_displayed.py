arr = np.array([np.inf, np.nan, 0])
with np.printoptions(nanstr="NAN", infstr="INF"):
    print(arr)
