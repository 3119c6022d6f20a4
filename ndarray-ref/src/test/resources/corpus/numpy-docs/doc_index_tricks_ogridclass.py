from numpy import ogrid
ogrid[-1:1:5j]
ogrid[0:5, 0:5]
