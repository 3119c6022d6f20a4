def area(w, h): return w * h
args = {"w": 2, "h": 3}
area(**args)
area(*[4], **{"h": 5})
area(1, **{"w": 2})
