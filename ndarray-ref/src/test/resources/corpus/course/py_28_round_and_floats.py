0.1 + 0.2
0.1 + 0.2 == 0.3
round(2.675, 2)
round(0.5), round(1.5), round(2.5)
abs(-3.5)
divmod(17, 5)
7 // -2
-7 % 3
