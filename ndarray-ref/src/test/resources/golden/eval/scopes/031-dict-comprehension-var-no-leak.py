{k: k * k for k in range(3)}
k
