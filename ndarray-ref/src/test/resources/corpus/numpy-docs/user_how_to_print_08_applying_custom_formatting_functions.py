arr = np.array([np.datetime64("2025-01-01"), np.datetime64("2024-01-01")])
with np.printoptions(formatter={"datetime":lambda x: f"(Year: {x.item().year}, Month: {x.item().month})"}):
    print(arr)
