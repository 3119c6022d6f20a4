"".find("", 1)
"".find("")
"abc".count("", 3)
"abc".count("", 4)
"abc".startswith("", 3)
"abc".startswith("", 4)
"abc".endswith("c", 5)
"abc"[1:].find("c", -1)
(1+2j) / (3+4j)
(1+2j) ** 2
(1+2j) ** -3
(1+2j) ** 0.5
(2+0j) ** 200
0j ** -1
1j ** 1j
(1e300+1e300j) / (1e-300+1e300j)
complex(1, 2) * complex(3, -4)
