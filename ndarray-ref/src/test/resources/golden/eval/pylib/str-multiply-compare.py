"-" * 10
"ab" * True
"ab" < "abc"
"b" > "abc"
"a" == "a"
"a" != "b"
"10" < "9"
"a" < 1
