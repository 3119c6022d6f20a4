x = np.array([-9.308997061598172e+17, -2.0, 3.3382232899952704e+17, np.nan, 0.5, np.nan], dtype=np.float64)
x.imag
x[::-1]
x.real
x.tolist()
