temps = np.array([18.5, 22.1, 25.3, 19.8, 30.2, 27.6])
hot = temps > 25
print(hot)
print(temps[hot])
print(f"{hot.sum()} hot days out of {temps.size}")
print(np.where(hot, "hot", "ok"))
