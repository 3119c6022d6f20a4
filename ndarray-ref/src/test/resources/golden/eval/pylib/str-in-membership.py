"ab" in "cabd"
"" in "x"
"x" in ""
"A" in "abc"
"a" in ["a"]
["a"] in ["a"]
1 in "1"
