[[i * j for j in range(3)] for i in range(3)]
{k: [k] * k for k in range(3)}
