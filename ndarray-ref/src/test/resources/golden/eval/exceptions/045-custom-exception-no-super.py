class CodeError(Exception):
    def __init__(self, code):
        self.code = code
e = CodeError(404)
e.args
str(e)
e
raise CodeError(500)
