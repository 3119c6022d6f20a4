#!/usr/bin/env python3
"""Golden files for dev.ndgrade.python.syntax, computed by the real CPython 3.11.

Writes, next to the other golden data (src/test/resources/golden/syntax/):
  errors.tsv  id, source, stage, exception type, msg, lineno, offset for broken snippets.
              stage is "parse" when ast.parse() already fails, "compile" when only compile() does
              (symbol-table / compiler checks that the parser alone does not make).
  eval.tsv    id, source, and the expression's dump or the SyntaxError of compile(source, "f", "eval").
  ast.tsv     id, source, expected dump for valid snippets: the AST rendered in the S-expression
              format of dev.ndgrade.python.syntax.AstPrinter (one "(unit first-last ...)" per
              top-level statement as interactive mode would run it), and what compiling each of
              those units in 'single' mode gives ("ok" or the compiler's SyntaxError), one per line.
Fields are tab-separated; backslash, tab, CR and newline inside a field are escaped as \\ \t \r \n.

Run from the repository root:  python3 ndarray-ref/src/test/python/make_syntax_golden.py
"""
import ast
import decimal
import os
import sys
import warnings

if sys.version_info[:2] != (3, 11):
    sys.exit("CPython 3.11 is the reference; this is " + sys.version)

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden", "syntax")

ERRORS = [
    # tokenizer: brackets
    ("paren_never_closed", "x = (1, 2\n"),
    ("paren_never_closed_missing_comma", "x = (1 2\n"),
    ("bracket_never_closed_next_line", "x = [1, 2\ny = 3\n"),
    ("brace_never_closed", "d = {'a': 1,\n"),
    ("unmatched_close", "x = 1)\n"),
    ("unmatched_close_bracket", "x = a[1]]\n"),
    ("mismatched_close", "(]"),
    ("mismatched_close_other_line", "x = [1,\n2)"),
    ("comprehension_never_closed", "x = [i for i in range(3)\n"),
    ("never_closed_then_error_later", "a b\nc = (\n"),
    # tokenizer: indentation
    ("unexpected_indent_first_line", "  x = 1\n"),
    ("unexpected_indent_second_line", "x = 1\n  y = 2\n"),
    ("unexpected_indent_in_block", "if x:\n  pass\n   y\n"),
    ("unindent_mismatch", "if x:\n        a\n    b\n"),
    ("unindent_mismatch_no_newline", "for x in y:\n  pass\n  pass\n x"),
    ("unindent_mismatch_else", "if x:\n    pass\n  else:\n    pass\n"),
    ("tab_space_mix", "if x:\n\ty\n        z\n"),
    ("tab_space_mix_def", "def f():\n  x\n\ty\n"),
    ("expected_indented_for", "for x in y:\npass\n"),
    ("expected_indented_if_eof", "if x:"),
    ("expected_indented_if_blank", "if x:\n\n"),
    ("expected_indented_while", "while x:\nx = 1\n"),
    ("expected_indented_def", "def f():\nreturn 1\n"),
    ("expected_indented_class", "class A:\npass\n"),
    ("expected_indented_else", "if x:\n    pass\nelse:\npass\n"),
    ("expected_indented_elif", "if x:\n    pass\nelif y:\npass\n"),
    ("expected_indented_try", "try:\nx\n"),
    ("expected_indented_except", "try:\n    x\nexcept:\npass\n"),
    ("expected_indented_finally", "try:\n    x\nfinally:\npass\n"),
    ("expected_indented_with", "with a as b:\npass\n"),
    # tokenizer: strings
    ("unterminated_string", "x = 'abc\n"),
    ("unterminated_string_second_line", "a = 1\nb = \"xy\n"),
    ("unterminated_triple_quoted", "x = \"\"\"abc\n\n"),
    ("unterminated_triple_quoted_eof", "x = '''abc\ny"),
    ("unterminated_string_after_error", "a b\nc = \"\n"),
    ("string_continuation_then_unterminated", "a = 'abc\\\ndef\n"),
    ("unicode_name_unknown", "x = \"\\N{foo}\"\n"),
    ("unicode_truncated_x", "x = '\\x1'\n"),
    ("unicode_truncated_u", "x = '\\u12'\n"),
    ("bytes_non_ascii", "b'\\u1234\u00e9'\n"),
    ("bytes_invalid_x", "x = b'\\xZZ'\n"),
    ("mix_bytes_str", "x = 'a' f'{1}' b''\n"),
    ("mix_str_bytes", "\"abc\" \"def\" b\"x\"\n"),
    ("bad_prefix_ub", "ub\"x\"\n"),
    ("bad_prefix_fb", "fb\"x\"\n"),
    # tokenizer: numbers
    ("invalid_decimal_literal", "1abc\n"),
    ("invalid_decimal_literal_assign", "x = 1abc\n"),
    ("double_underscore", "x = 1__0\n"),
    ("trailing_underscore", "x = 1_\n"),
    ("leading_zeros", "x = 0777\n"),
    ("leading_zeros_underscore", "x = 0_7\n"),
    ("leading_zero_eight", "08\n"),
    ("empty_hex", "0x\n"),
    ("bad_hex", "x = 0xg\n"),
    ("empty_octal", "x = 0o\n"),
    ("bad_octal_digit", "x = 0o8\n"),
    ("empty_binary", "x = 0b\n"),
    ("bad_binary_digit", "0b2\n"),
    ("bad_exponent", "x = 1e\n"),
    ("bad_exponent_sign", "x = 1e+\n"),
    ("bad_imaginary", "x = 2jk\n"),
    ("two_dots", "1.2.3\n"),
    ("attribute_of_number_literal", "x = a.1\n"),
    # tokenizer: characters
    ("invalid_character_euro", "x \u20ac\n"),
    ("invalid_character_in_name", "x = a\u20ac\n"),
    ("dollar", "x = $\n"),
    ("backquote", "x = `a`\n"),
    ("bang", "a ! b\n"),
    ("old_not_equal", "a <> b\n"),
    ("backslash_not_at_end", "x = \\ y\n"),
    ("backslash_not_at_end_in_parens", "a\nx = (1 +\\ 3)\n"),
    ("backslash_at_eof", "x = 1 + \\"),
    # parser: generic and commas
    ("two_names", "a b\n"),
    ("two_numbers_assign", "x = 5 6\n"),
    ("missing_comma_call", "f(a b)\n"),
    ("missing_comma_call_three", "f(a b c)\n"),
    ("missing_comma_second_arg", "f(a, b c)\n"),
    ("missing_comma_list", "[a b]\n"),
    ("missing_comma_set", "{a b}\n"),
    ("missing_comma_nested", "x = 1 + (a b)\n"),
    ("missing_comma_multiline_list", "x = [1,\n     2\n     3]\n"),
    ("print_statement", "print 1\n"),
    ("print_statement_string", "print \"hello\"\n"),
    ("exec_statement", "exec \"x = 1\"\n"),
    ("dangling_operator", "x = 1 +\n"),
    ("dangling_operator_second_line", "x = ()\ny = 1 +\n"),
    ("dangling_dot", "x.\n"),
    ("import_trailing_dot", "import a.\n"),
    ("import_as_nothing", "import a.b as\n"),
    ("else_alone", "else: pass\n"),
    ("double_semicolon", "x=1;;\n"),
    ("augassign_two_values", "x += 1 2\n"),
    ("empty_subscript", "a[]\n"),
    ("slice_in_call", "f(1:2)\n"),
    ("keyword_as_name", "class = 1\n"),
    ("lambda_without_body", "f = lambda x:\n"),
    ("if_else_missing_else", "a = 1 if b\n"),
    ("conditional_without_else_value", "a if b else\n"),
    ("walrus_at_statement", "x := 1\n"),
    ("def_bad_params", "def f(:\n pass\n"),
    # parser: missing colons
    ("if_missing_colon", "if x\n  y\n"),
    ("elif_missing_colon", "if x:\n    pass\nelif y\n    pass\n"),
    ("else_missing_colon", "if x:\n    pass\nelse\n    pass\n"),
    ("while_missing_colon", "while x\n    pass\n"),
    ("for_missing_colon", "for x in y\n    pass\n"),
    ("def_missing_colon", "def f()\n    pass\n"),
    ("def_missing_parens", "def f:\n    pass\n"),
    ("class_missing_colon", "class A\n"),
    ("try_missing_colon", "try\n    x\n"),
    ("except_missing_colon", "try:\n    x\nexcept ValueError\n    pass\n"),
    ("with_missing_colon", "with open(f) as g\n    pass\n"),
    ("try_without_except", "try:\n  x\ny\n"),
    ("except_tuple_unparenthesized", "try:\n    x\nexcept A, B:\n    pass\n"),
    # parser: assignment targets
    ("assign_to_call", "f() = 1\n"),
    ("assign_to_literal", "1 = x\n"),
    ("assign_to_literal_chained", "x = 1 = y\n"),
    ("assign_to_none", "None = 1\n"),
    ("assign_to_true_kwarg", "f(True=1)\n"),
    ("assign_to_attribute_kwarg", "f(a.b=1)\n"),
    ("assign_to_expression", "a + 1 = 2\n"),
    ("assign_to_comparison", "a < b = 3\n"),
    ("assign_to_list_literal_element", "[a, 1] = x\n"),
    ("assign_to_tuple_call", "a, f() = 1, 2\n"),
    ("assign_to_conditional", "x = 1 if 2 else 3 = 4\n"),
    ("assign_to_yield", "x = yield = 1\n"),
    ("assign_to_fstring", "f'{x}' = 1\n"),
    ("assign_to_dict", "{} = 1\n"),
    ("assign_to_lambda", "lambda: 1 = 1\n"),
    ("augassign_to_tuple", "a, b += 1\n"),
    ("augassign_to_list", "[a] += 1\n"),
    ("augassign_to_call", "f() += 1\n"),
    ("assign_in_if", "if x = 1: pass\n"),
    ("for_target_literal", "for 1 in x: pass\n"),
    ("for_target_call", "for f() in x: pass\n"),
    ("with_target_literal", "with a as 1: pass\n"),
    ("comprehension_target_literal", "[x for 1 in y]\n"),
    ("del_call", "del f()\n"),
    ("del_literal_in_tuple", "del (a, 1)\n"),
    ("del_starred", "del *a\n"),
    ("del_starred_in_tuple", "del (a, *b)\n"),
    ("annotate_tuple", "(a, b): int\n"),
    ("annotate_bare_tuple", "x, y: int\n"),
    ("annotate_list", "[a]: int\n"),
    ("annotate_call", "f(): int\n"),
    ("walrus_on_attribute", "(a.b := 1)\n"),
    # parser: calls, comprehensions, displays
    ("kwarg_then_positional", "f(a=1, b)\n"),
    ("kwargs_unpack_then_positional", "f(**a, b)\n"),
    ("kwargs_unpack_then_star", "f(**k, *a)\n"),
    ("kwargs_unpack_kwarg_then_star", "f(**a, b=1, *c)\n"),
    ("generator_not_parenthesized", "f(x for x in y, 1)\n"),
    ("generator_after_args", "f(1, x for x in y)\n"),
    ("kwarg_equals_generator", "f(x=1 for x in y)\n"),
    ("star_in_comprehension", "[*a for a in b]\n"),
    ("comprehension_tuple_target", "[x, y for x, y in z]\n"),
    ("dict_unpack_in_comprehension", "{**a for a in b}\n"),
    ("dict_missing_colon", "{1: 2, 3}\n"),
    ("dict_star_value", "{1: *a}\n"),
    ("dict_missing_value", "{1:}\n"),
    ("starred_in_parens", "(*a)\n"),
    ("double_starred_in_parens", "(**a)\n"),
    ("call_bare_star", "f(*)\n"),
    ("if_expression_missing_else_in_call", "f(a if b)\n"),
    # parser: parameters
    ("default_then_non_default_lambda", "lambda x=1, y: x\n"),
    ("default_then_non_default_def", "def f(x=1, y): pass\n"),
    ("bare_star", "def f(*): pass\n"),
    ("bare_star_then_kwargs", "def f(*, **k): pass\n"),
    ("star_default", "def f(*a=1): pass\n"),
    ("kwargs_default", "def f(**k=1): pass\n"),
    ("param_after_kwargs", "def f(**k, a): pass\n"),
    ("two_stars", "def f(*a, *b): pass\n"),
    ("parenthesized_param", "def f((a, b)): pass\n"),
    ("default_missing", "def f(a=): pass\n"),
    ("slash_twice", "def f(a, /, b, /): pass\n"),
    ("slash_after_star", "def f(*a, b, /): pass\n"),
    ("lambda_bare_star", "lambda *: 1\n"),
    # parser: imports
    ("from_import_trailing_comma", "from x import a,\n"),
    ("from_import_nothing", "from x import\n"),
    ("import_from_without_import", "from x y\n"),
    # f-strings
    ("fstring_empty_field", "f\"{}\"\n"),
    ("fstring_bad_conversion", "f\"{x!z}\"\n"),
    ("fstring_missing_conversion", "x = f\"{x!}\"\n"),
    ("fstring_single_close", "f\"}\"\n"),
    ("fstring_unclosed_field", "f\"{x\"\n"),
    ("fstring_unclosed_spec", "f\"{a:\"\n"),
    ("fstring_lone_open", "f\"{\"\n"),
    ("fstring_missing_comma", "x = f'{a b}'\n"),
    ("fstring_expression_required", "x = f\"{!r}\"\n"),
    ("fstring_expression_required_eq", "x = f\"{=}\"\n"),
    ("fstring_nested_too_deeply", "x=f\"{x:{y:{z}}}\"\n"),
    ("fstring_hash", "x = f\"{a#}\"\n"),
    ("fstring_backslash", "x = f\"{a\\n}\"\n"),
    ("fstring_unmatched_paren", "f\"{)}\"\n"),
    ("fstring_mismatched_paren", "f\"{(}\"\n"),
    ("fstring_unterminated_inner_string", "f\"{'a}\"\n"),
    ("fstring_conversion_then_equals", "f\"{a!r=}\"\n"),
    ("fstring_assign_inside", "f\"{a = 1}\"\n"),
    # compile stage (the parser accepts these; CPython's compiler rejects them)
    ("starred_assign_value", "x = *a\n"),
    ("starred_assign_target_alone", "*a = b\n"),
    ("two_starred_targets", "a, *b, *c = d\n"),
    ("break_outside_loop", "break\n"),
    ("continue_outside_loop", "continue\n"),
    ("return_outside_function", "return 1\n"),
    ("yield_outside_function", "yield 1\n"),
    ("nonlocal_at_module_level", "nonlocal x\n"),
    ("duplicate_argument", "def f(a, a): pass\n"),
    ("repeated_keyword_argument", "f(a=1, a=2)\n"),
    ("repeated_keyword_argument_third", "f(a=1, b=2, a=3)\n"),
    ("repeated_class_keyword", "class A(x=1, x=2): pass\n"),
    ("duplicate_keyword_only_argument", "def f(a, *, a): pass\n"),
    ("duplicate_kwargs_argument", "def f(a, **a): pass\n"),
    ("duplicate_lambda_argument", "f = lambda a, a: 1\n"),
    ("duplicate_argument_nested", "def f():\n    def g(b, b): pass\n"),
    ("return_starred", "def f():\n    return *a\n"),
    ("starred_expression_statement", "*a\n"),
    ("starred_chained_value", "a = b = *c\n"),
    ("starred_for_target", "for *x in z: pass\n"),
    ("starred_with_target", "with a as *b: pass\n"),
    ("two_starred_in_list_target", "[a, *b, *c] = d\n"),
    ("two_starred_nested_target", "a, (*b, *c) = d\n"),
    ("starred_in_subscript_value", "x = a[*b] = *c\n"),
    ("starred_in_call_keyword_value", "f(x=*a)\n"),
    ("return_in_class", "class A:\n    return 1\n"),
    ("yield_in_class", "class A:\n    yield 1\n"),
    ("return_in_class_in_function", "def f():\n    class A:\n        return 1\n"),
    ("break_in_function_in_loop", "while x:\n    def f():\n        break\n"),
    ("break_in_loop_else", "for x in y:\n    pass\nelse:\n    break\n"),
    ("continue_in_if", "if x:\n    continue\n"),
    ("yield_at_module_level_in_call", "print((yield))\n"),
    ("yield_from_at_module_level", "x = yield from y\n"),
    ("yield_in_lambda_default", "f = lambda x=(yield): x\n"),
    ("bare_except_not_last", "try:\n    x\nexcept:\n    y\nexcept ValueError:\n    z\n"),
    ("nonlocal_in_if_at_module_level", "if x:\n    nonlocal y\n"),
    ("assign_debug", "__debug__ = 1\n"),
    ("augassign_debug", "__debug__ += 1\n"),
    ("delete_debug", "del __debug__\n"),
    ("keyword_debug", "f(__debug__=1)\n"),
    ("parameter_debug", "def f(__debug__): pass\n"),
    ("function_named_debug", "def __debug__(): pass\n"),
    ("class_named_debug", "class __debug__: pass\n"),
    ("import_as_debug", "import x as __debug__\n"),
    ("for_target_debug", "for __debug__ in x: pass\n"),
    ("attribute_debug", "x.__debug__ = 1\n"),
    ("walrus_debug", "(__debug__ := 1)\n"),
    ("with_target_debug", "with a as __debug__: pass\n"),
    ("except_as_debug", "try:\n    pass\nexcept E as __debug__:\n    pass\n"),
    ("lambda_parameter_debug", "f = lambda __debug__: 1\n"),
    ("second_statement_of_line", "x = 1; break\n"),
    ("yield_in_list_comprehension", "[(yield) for x in y]\n"),
    ("yield_in_set_comprehension", "{(yield) for x in y}\n"),
    ("yield_in_dict_comprehension", "{(yield): 1 for x in y}\n"),
    ("yield_in_generator_expression", "((yield) for x in y)\n"),
    ("yield_in_first_iterable", "[x for x in (yield)]\n"),
    ("yield_in_second_iterable", "[x for x in y for z in (yield)]\n"),
    ("yield_in_comprehension_condition", "[x for x in y if (yield)]\n"),
    ("yield_in_comprehension_in_function", "def f():\n    return [(yield) for x in y]\n"),
    ("symbol_table_error_before_compiler_error", "break; [(yield) for x in y]\n"),
    ("compiler_offset_counts_bytes", "\u00e9 = *a1\n"),
]

VALID = [
    # literals
    ("ints", "1\n1_000_000\n0x_ff\n0o17\n0b1010\n0\n00\n123456789012345678901234567890\n"),
    ("floats", "1.\n.5\n1e-5\n1_000.5\n1E5\n0.1\n1e308\n1e999\n3.14j\n2j\n1.5J\n0e0\n"),
    ("strings", "'a'\n\"b\"\n'''c\nd'''\n\"\"\"e\"\"\"\nr'\\d'\nR\"\\n\"\n"),
    ("string_escapes", "'\\n\\t\\\\\\'\\x41\\u00e9\\N{GREEK SMALL LETTER ALPHA}\\101\\q'\n"),
    ("string_concatenation", "x = 'a' \"b\" '''c'''\n"),
    ("string_concatenation_lines", "x = ('a'\n     'b')\n"),
    ("bytes", "b'a\\x00\\xff'\nrb'\\d'\nBR\"x\"\nb'a' b'b'\n"),
    ("string_line_continuation", "x = 'abc\\\ndef'\n"),
    ("unicode_string", "s = 'h\u00e9llo'\n"),
    ("constants", "None\nTrue\nFalse\n...\n"),
    # f-strings
    ("fstring_simple", "f'a{b}c'\n"),
    ("fstring_conversion_spec", "f\"{x!r:>10}\"\n"),
    ("fstring_nested_spec", "f'{x:{width}.{prec}}'\n"),
    ("fstring_debug", "f'{x=}'\nf'{x = }'\nf'{x=!s}'\nf'{x=:>5}'\n"),
    ("fstring_braces", "f'{{literal}} {x}'\n"),
    ("fstring_concat", "'a' f'{b}' 'c' f'd'\n"),
    ("fstring_expression", "f'{a + b * 2}'\nf'{d[\"k\"]}'\nf'{x if y else z}'\n"),
    ("fstring_comparison", "f'{a != b}'\nf'{a <= b}'\n"),
    ("fstring_empty", "f''\n"),
    ("fstring_raw", "rf'\\d{x}'\n"),
    ("fstring_nested_fstring", "f'{f\"{x}\"}'\n"),
    # precedence and associativity
    ("power_binds_tighter_than_unary_minus", "-2**2\n"),
    ("power_right_associative", "2**3**2\n"),
    ("power_unary_exponent", "2**-1\n"),
    ("unary_chain", "-+~x\n"),
    ("sum_left_associative", "a - b - c\n"),
    ("term_before_sum", "a + b * c - d / e // f % g @ h\n"),
    ("shift_below_sum", "a << b + c >> d\n"),
    ("bitwise_precedence", "a | b ^ c & d\n"),
    ("comparison_chain", "a < b <= c == d != e > f >= g\n"),
    ("comparison_keywords", "a in b\na not in b\na is b\na is not b\na is (not b)\n"),
    ("bool_ops", "a or b and not c\na and b and c\na or b or c\nnot a == b\n"),
    ("conditional_expression", "x if c else y if d else z\n"),
    ("lambda_in_conditional", "lambda: x if c else y\n"),
    ("parenthesized_grouping", "(a + b) * c\n"),
    ("unary_minus_attribute", "-a.b\n"),
    ("await_like_names", "x = [a, *b, c]\n"),
    # primaries
    ("attribute_chain", "a.b.c\n"),
    ("calls", "f()\nf(a)\nf(a, b, *c, d=1, **e)\nf(*a, *b)\nf(a)(b)(c)\n"),
    ("call_generator", "f(x for x in y)\nsum(i * i for i in range(10) if i % 2)\n"),
    ("subscripts", "a[1]\na[1:2]\na[1:2:3]\na[:]\na[::2]\na[::-1]\na[1:, ::2]\na[..., None]\na[:, np.newaxis]\na[i, j]\na[i,]\na[[0, 2]]\na[b > 0]\n"),
    ("subscript_star", "a[*b]\n"),
    ("method_call_chain", "np.arange(10).reshape(2, 5).T[0]\n"),
    ("keyword_argument_values", "np.array([1, 2], dtype=np.int8, copy=False)\n"),
    # displays
    ("tuples", "()\n(1,)\n(1, 2)\n1, 2\n1,\n(1)\n((1, 2), 3)\n"),
    ("lists", "[]\n[1]\n[1, 2,]\n[*a, b]\n[None] * 3\n"),
    ("dicts_sets", "{}\n{1: 2}\n{1: 2, **d}\n{1, 2}\n{*a, 3}\n"),
    ("comprehensions", "[x for x in y]\n{x for x in y if x}\n{k: v for k, v in items}\n(x for x in y for z in x)\n[x for x in y if a if b]\n"),
    ("walrus", "(y := f(x))\n[y := 1, y ** 2]\n"),
    # statements
    ("assignments", "x = 1\na = b = c = 2\na, b = b, a\n[a, b] = c\n(a, b), c = d\na[i] = 1\na.x = 2\na[1:2] = b\n*a, b = c\na, *b = c\n"),
    ("augmented_assignments", "x += 1\nx -= 1\nx *= 2\nx /= 2\nx //= 2\nx %= 2\nx **= 2\nx @= y\nx &= 1\nx |= 1\nx ^= 1\nx <<= 1\nx >>= 1\na[0] += 1\na.b *= 2\n"),
    ("annotated_assignments", "x: int\nx: int = 1\na.b: int = 2\n(y): str\na[0]: float = 1.0\n"),
    ("del_statements", "del x\ndel x, y\ndel a[0], a.b\ndel (a, b)\ndel [a, b]\n"),
    ("simple_statements", "pass\nbreak\ncontinue\nglobal a, b\nnonlocal c\nreturn\nreturn x\nraise\nraise E\nraise E from e\nassert x\nassert x, 'msg'\n"),
    ("imports", "import numpy as np\nimport a.b.c\nimport a, b as c\nfrom x import a, b as c\nfrom . import y\nfrom ..z import (p, q,)\nfrom m import *\nfrom ...a import b\n"),
    ("semicolons", "x = 1; x\na; b; c;\n"),
    ("yield_statements", "def g():\n    yield\n    yield x\n    yield from y\n    x = yield z\n"),
    ("if_elif_else", "if a:\n    x\nelif b:\n    y\nelif c:\n    z\nelse:\n    w\n"),
    ("if_one_line", "if a: x; y\n"),
    ("for_else", "for i in range(3):\n    print(i)\nelse:\n    done()\n"),
    ("for_tuple_target", "for i, (a, b) in enumerate(pairs):\n    pass\n"),
    ("while_else", "while x:\n    x -= 1\n    if x: break\n    continue\nelse:\n    pass\n"),
    ("def_params", "def f(a, b=1, *args, c, d=2, **kwargs):\n    return a\n"),
    ("def_positional_only", "def f(a, b=2, /, c=3, *, d):\n    pass\n"),
    ("def_annotations", "def f(a: int, *b: str, **c: float) -> bool:\n    pass\n"),
    ("def_decorated", "@dec\n@dec2(1)\ndef f():\n    pass\n"),
    ("lambdas", "lambda: 0\nlambda x: x\nlambda x, y=1, *a, z, **k: x\nlambda *, a: a\nlambda a, /, b: a\n"),
    ("with_statement", "with open(f) as g, h:\n    pass\nwith (a as b, c as d,):\n    pass\nwith a as (b, c):\n    pass\n"),
    ("try_statement", "try:\n    x\nexcept ValueError as e:\n    y\nexcept (A, B):\n    z\nexcept:\n    w\nelse:\n    v\nfinally:\n    u\n"),
    ("try_finally", "try:\n    x\nfinally:\n    y\n"),
    ("class_statement", "class A(B, metaclass=M):\n    x = 1\n    def f(self):\n        return self.x\n"),
    ("class_decorated", "@d\nclass A:\n    pass\n"),
    # layout
    ("comments_and_blank_lines", "# header\n\nx = 1  # trailing\n\n    # indented comment\ny = 2\n"),
    ("implicit_line_joining", "x = f(1,\n      2,\n  3)\ny = [\n    1,\n]\n"),
    ("backslash_continuation", "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n"),
    ("nested_blocks", "for i in x:\n    if i:\n        while j:\n            pass\n    else:\n        k\nz\n"),
    ("no_trailing_newline", "x = 1"),
    ("crlf_newlines", "x = 1\r\ny = 2\r\n"),
    ("tabs_indentation", "if x:\n\ty = 1\n\tz = 2\n"),
    ("form_feed", "x = 1\n\x0cy = 2\n"),
    ("dedent_to_zero_with_comment", "if x:\n    y\n# c\nz\n"),
    ("multiline_string_statement", "x = '''\nline1\nline2\n'''\ny = 1\n"),
    ("number_then_keyword", "x = 1if y else 2\n"),
    ("notebook_snippet", "arr = np.arange(10)\ns = arr[2:5]\ns.base is arr\narr2 = arr[[1, 2]]\nprint(arr2.base is None)\n"),
]


# More snippets, broken and valid, from adversarial sessions against the Java parser: each lands in
# errors.tsv or ast.tsv depending on what CPython makes of it.
MORE = [
    'x = (',
    'foo(',
    'def f(x):\n    return (x\n            + 1',
    'x = [1, 2,\n     3\ny = 4',
    'if True:\n    x = (1,\nz = 3',
    'print("hello"\nprint("world")',
    "x = {'a': 1 'b': 2}",
    'x = [1 2 3]',
    'f(a)(b c)',
    'a[1 2]',
    'x = 1 if y else',
    'for x in range(10)\n    print(x)',
    'while True',
    'def f()',
    'class A(B)\n    pass',
    'x = np.array([1, 2, 3]\ny = 2',
    'arr[1:2:3:4]',
    'arr[::,]',
    'a = b = ',
    'a =',
    '= 1',
    'x ==',
    'import',
    'from',
    'from . import',
    'del',
    'return',
    'lambda',
    'x = lambda: yield',
    'x = [i for i in]',
    'x = [for i in y]',
    'x = [i for in y]',
    'x = (1, 2, 3',
    'x = (1, 2, 3))',
    'def f(a, b):\npass',
    'if x:\n    pass\n  elif y:\n    pass',
    '  # comment\nx = 1',
    'x = 1\n    # comment\ny = 2',
    'if x:\n    y = 1\n        z = 2',
    "x = 'abc\ny = 2",
    'x = """abc',
    "s = 'it's'",
    's = "say "hi""',
    'x = 1.2.3.4',
    'x = 1e5e5',
    'x = 0x1.5',
    'x = 1_000_',
    'x = 09.5',
    'x = 00.5',
    'x = 0e',
    'x = 5 if',
    'x = not',
    'x = a not b',
    'x = a is not not b',
    'a.b.c = ',
    'f(,)',
    'f(a,,b)',
    '[,]',
    '(,)',
    '{,}',
    'x[,]',
    'x = 1,,',
    'print(f"{x!r:}")',
    'print(f"{x:{y}}")',
    'f"{x:{y:{z}}}"',
    'f"{x}}"',
    'f"{{x}"',
    'f"{ x }"',
    'f"""{\nx\n}"""',
    'f"{x\n}"',
    'f\'{"a"}\'',
    "f'{lambda x: 1}'",
    "f'{yield}'",
    "f'{*a}'",
    "f'{a:=1}'",
    "f'{(a:=1)}'",
    "f'{a!r}' f'{b!s}' f'{c!a}'",
    "x = f'{a}' b'x'",
    "x = b'x' f'{a}'",
    "u'abc' 'def'",
    "r'\\' ",
    "'\\N{LATIN SMALL LETTER E WITH ACUTE}'",
    "'\\N'",
    "'\\N{'",
    "'\\N{}'",
    "'\\U00110000'",
    "'\\777'",
    "b'\\777'",
    "b'\\x4'",
    "'\\x'",
    "'abc\\",
    'x = 1 \\',
    'x = 1 \\\n\ny = 2',
    '@\ndef f(): pass',
    '@d\nx = 1',
    '@d',
    'def f(a, *, b): pass',
    'def f(a, /): pass',
    'def f(/): pass',
    'def f(/, a): pass',
    'def f(*, a=1, b): pass',
    'def f(a, **k, *b): pass',
    'def f(a=1, /, b): pass',
    'def f(a, /, b, *, /): pass',
    'def f(**k, **j): pass',
    'def f(a b): pass',
    'def f(a, b) -> : pass',
    'def (): pass',
    'def f(self, x)\n    return x',
    'lambda x=1, y: x',
    'lambda (x): x',
    'lambda *a, *b: 1',
    'lambda **k, a: 1',
    'lambda *, **k: 1',
    'lambda x: ',
    'with a as b c: pass',
    'with (a as b, c as d): pass',
    'with (a, b): pass',
    'with a, : pass',
    'try:\n    pass\nexcept Exception as e.x:\n    pass',
    'try:\n    pass\nexcept Exception as (e):\n    pass',
    'try:\n    pass\nelse:\n    pass',
    'try:\n    pass\nfinally\n    pass',
    'try:\n    x\nexcept:\n    y\nexcept ValueError:\n    z',
    'if x:\n    pass\nelse:\n    pass\nelse:\n    pass',
    'for x in 1, 2, 3: pass',
    'for x, in y: pass',
    'for (x, y) in z: pass',
    'for [x, y] in z: pass',
    'for x.y in z: pass',
    'for x[0] in z: pass',
    'for *x in z: pass',
    'for x in *a, *b: pass',
    'for x in y if z: pass',
    'for x in range(3):\n    pass\nelse\n    pass',
    'while x:\n    pass\nelse:\npass',
    'x = yield',
    'del x + 1',
    'del (x)',
    'del x,',
    'del [x, [y, z]]',
    'del ()',
    'global',
    'global x,',
    'nonlocal x, y',
    'assert',
    'assert x,',
    'raise from e',
    'raise E from',
    'import a as b as c',
    'import a.b.c as d',
    'import (a)',
    'from a import (b, c',
    'from a import (b, c)\nd = 1',
    'from a import b c',
    'from .a.b import c',
    'from a import *, b',
    'from a import (*)',
    'x = [*a, *b]',
    'x = {**a, **b}',
    "x = {**a, 'b': 1, **c}",
    'x = {*a: 1}',
    'x = {a: b for a, b in c if d}',
    "print(*args, sep='', **kw)",
    "print(end='')",
    'f(a=1, *b)',
    'f(*a, b)',
    'f(**a, **b)',
    'f(a for a in b, c for c in d)',
    'f(a, b for b in c)',
    'f((a for a in b), c)',
    'a = 1; b = 2; c',
    'if x: pass; y = 1',
    'if x: if y: pass',
    'x = 1; if y: pass',
    'class A: pass; x = 1',
    'x = (yield)',
    'x = a if b else c if d else e',
    'x = (a := 1, b := 2)',
    'x := 1',
    '(x) := 1',
    '[x := 1 for y in z]',
    'x = ~-+not_a',
    'x = a @ b',
    'x @= y',
    'x = a ** -b ** c',
    'x = -a ** b',
    'x = (-a) ** b',
    'x = a if b else lambda: c',
    'x = lambda: (yield)',
    'x = [lambda: i for i in range(3)]',
    'a < b > c',
    'a == b is c is not d in e not in f',
    'not not x',
    'x = 1 if 2 else 3 if 4 else 5',
    'a.b[c](d).e',
    'a[b][c][d]',
    'a()()()',
    'a[1:2, 3]',
    'a[:, :, None]',
    'a[..., 0]',
    'a[b:c:d, e:f, ::]',
    'a[-1]',
    'a[lambda: 1]',
    'a[x := 1]',
    'a[*b, c]',
    "print(x, end='')",
    '    \nx = 1',
    '',
    '# only a comment',
    '\\',
    'x = 1\n\\',
    '',
    'def f():\n    x = 1\n    if x:\n        return (x\n    y = 2',
    'class A:\n    def f(self):\n        pass\n    def g(self)\n        pass',
    'x = [\n    1,\n    2\n    3,\n]',
    "x = {\n  'a': 1\n  'b': 2\n}",
    'result = np.array([[1, 2], [3, 4]]\nprint(result)',
    'for i in range(3):\n    print(i\nprint("done")',
    'if x:\n    a = 1\n   b = 2',
    'if x:\n\ta = 1\n        b = 2',
    'if x:\n        a = 1\n\tb = 2',
    'x = f"{a}" f"{b',
    'x = f"""{a\n+ b}"""',
    'x = f"""\n{a b}\n"""',
    'x = f"""abc {\n  x\n} def"""',
    "x = f'{a!r}{b=}{c:{d}}'",
    "x = f'{3.14:.2f}'",
    'x = f\'{"nested"!r}\'',
    'x = f"{\'a\' \'b\'}"',
    'x = f"{x:=10}"',
    'x = f"{x:%H:%M}"',
    'x = f"{x!r=}"',
    'x = f"{x=!r}"',
    'x = f"{ x = }"',
    'x = f"{x:}"',
    'x = f"{x!s:}"',
    "x = f'{1abc}'",
    "x = f'{a $ b}'",
    "x = f'{a.}'",
    "x = f'{a)}'",
    "x = f'{(a}'",
    "x = f'{[a}'",
    "x = f'{a]}'",
    "x = f'{a:{b:{c}}}'",
    "x = f'{a:{b}}}'",
    "x = f'{a:{b}{c}}'",
    "x = f'{a:{{b}}}'",
    "x = f'{{}}'",
    "x = f'}}{{'",
    "x = f'{}}'",
    "x = f'{ }'",
    "x = f'{\n}'",
    "rf'{a}\\{b}'",
    "f'\\{a}'",
    "f'\\N{DIGIT ONE}{a}'",
    "f'{a}\\N{DIGIT ONE}'",
    "f'\\x41{a}'",
    "f'\\xZZ{a}'",
    "x = 'a' 'b' f'{c}'",
    "x = ('a'\n     f'{b}'\n     'c')",
    'x = 10 if y else 20\nz = 3\nw = 4 5',
    'a = 1\nb = 2\nc = 3 +\nd = 4',
    'x = [1, 2, 3]\ny = x[1:',
    'z = (1 +\n     2 +',
    'print("a", "b" "c", end="")',
    'x = 1 +* 2',
    'x = 1 ** * 2',
    'x = * 2',
    'x = a[*]',
    'x = a.*',
    'x = a..b',
    'x = a...b',
    'x = ...',
    'x = ....',
    'x = a if b\ny = 2',
    'np.zeros((3, 4)',
    'np.zeros((3, 4)))',
    'np.zeros(3, 4]',
    'np.zeros([3, 4)',
    'arr[0, 1',
    'arr[0 1]',
    'arr[0,, 1]',
    'arr.reshape(2 3)',
    'arr.reshape(2, 3).T.',
    'a.shape = (2, 3',
    'a.shape == (2, 3) = 1',
    'a.shape = = (2, 3)',
    'a.shape := (2, 3)',
    'del a.shape[0',
    'del a.shape,, b',
    'import numpy as',
    'import numpy as np,',
    'import numpy np',
    'from numpy import array as',
    'print(x) print(y)',
    'print(x); print(y);;',
    'x = True = 1',
    'x.True = 1',
    'True.x = 1',
    'None()',
    'x = None.y',
    'def f(True): pass',
    'def True(): pass',
    'class None: pass',
    'for True in x: pass',
    'with x as None: pass',
    'import True',
    'from x import None',
    'lambda None: 1',
    'f(None=1)',
    'f(__debug__=1)',
    '__debug__ = 1',
    'x = (1 for x in y)(1)',
    'x = [1][0](2)[3]',
    "x = 'abc'.upper()",
    'x = 1 .real',
    'x = 1.real',
    'x = 1..real',
    'x = 0x1.real',
    'x = 1j.imag',
    'x = 1e5.real',
    'x = 1_0.real\n',
    "x = 'é' + 1 2",
    's = "héllo" b',
    'é = 1',
    'ñame = 1; ñame ñ',
    "x = '日本' 語",
    "x = (1,\n     'é' 2)",
    'x = f"{é b}"',
    'x = f"""\n{a\nb}\n"""',
    "x = f'''{a}\n{b c}'''",
    'x = f"{a}{b"',
    'x = (f"{a}"\n     f"{b c}")',
    '\tx = 1',
    'if x:\n\ty = 1\n\tz = 2\n\t    w = 3',
    'if x:\n    y = 1\n  \tz = 2',
    'x = 1\n\\\ny = 2',
    'x = [1,\n# comment\n2]',
    'x = [1,\n\n2]',
    'def f():\n    pass\n\n  x = 1',
    "def f():\n    '''doc'''\n   x",
    'class A:\n    def f(self):\n        return 1\n      x = 2',
    'if x:\n    pass\nelif:\n    pass',
    'if x:\n    pass\nelse if y:\n    pass',
    'if x:\n    pass\nelif y\n    pass',
    'for x in range(10):\n    print(x)\n    else:\n        pass',
    'x = 1 if y else 2 if z',
    'print("a" if x)',
    'x = [1, 2, 3][',
    "x = {'a': 1, 'b'}",
    "x = {'a': 1, 'b':}",
    "x = {'a', 'b': 1}",
    "x = {'a': 1: 2}",
    'x = {1: 2 for}',
    'x = {**a: 1}',
    'f(a, b)(c d)',
    'f(a=1, b=2 c=3)',
    'f(a=1 b=2)',
    'f(*a b)',
    'f(**a b)',
    'f(a=)',
    'f(=1)',
    'f(a, =1)',
    'f(1=2)',
    'f("a"=1)',
    'f(a.b.c=1)',
    'f(x for x in y for)',
    'f(x for x in)',
    '[x for x in y if]',
    '[x for x in y else z]',
    '[x if y for x in z]',
    '[x if y else z for x in w]',
    '(x for x in y), 1',
    'x = yield 1, 2',
    'def g():\n    x = yield = 1',
    'def g():\n    yield x = 1',
    'def g():\n    (yield) = 1',
    'x = lambda: x = 1',
    'x = lambda x: (x = 1)',
    '(x = 1)',
    '[x = 1]',
    '{x = 1}',
    'f(x) = 1',
    'x + 1 += 1',
    'x.y += 1',
    'x[0] += 1',
    '(x) += 1',
    '(x, y) += 1',
    'x, = 1,',
    '() = []',
    '[] = ()',
    'x = () = []',
    '"a" = 1',
    'f"{a}" = 1',
    '... = 1',
    'a if b else c = 1',
    '-a = 1',
    'not a = 1',
    'a and b = 1',
    'a < b < c = 1',
    'lambda: 1 = 2',
    '{a: b} = 1',
    '{a} = 1',
    '[a for a in b] = 1',
    '(a for a in b) = 1',
    'a.b() = 1',
    'a[b]() = 1',
    'a, b.c, d[e] = f',
    '[a, (b, [c, *d])] = e',
    'for a, b.c, d[0] in e: pass',
    'for (a, 1) in e: pass',
    'for a in b, c: pass',
    'with a as (b, c): pass',
    'with a as [b, 1]: pass',
    'with a as b.c: pass',
    'with a as b[0]: pass',
    'with a as f(): pass',
    'del a, b.c, d[0]',
    'del (a.b)',
    'del a.b()',
    'del a + b',
    'del [a, (b, 1)]',
    'del f(), g()',
    'del a if b else c',
    'del lambda: 1',
    'del 1',
    'del "a"',
    'del None',
    'del ...',
    'import a.b.c.d as e',
    'from .. import a',
    'from .a import b as c, d',
    'from a import (b as c, d as e,)',
    'from a import b as c.d',
    'from a import (b\nc)',
    'from a import (b,\n               c)',
    'import a, ',
    'import a b',
    'global a b',
    'global a.b',
    'nonlocal',
    'assert x, y, z',
    'raise x, y',
    'raise x from y from z',
    'return x, y',
    'pass x',
    'break x',
    'continue 1',
    'x = 1 # comment \\\ny = 2',
    'x = "a\\\nb"',
    "x = 'a' \\\n    'b'",
    'x = 1 \\\n  + 2 \\\n  + 3',
    'def f(a,\n      b,\n      ):\n    pass',
    'def f(\n):\n    pass',
    'class A(\n    B,\n    metaclass=M,\n): pass',
    '@property\ndef f(self): pass',
    '@a.b.c\ndef f(): pass',
    '@a[0]\ndef f(): pass',
    '@(lambda f: f)\ndef g(): pass',
    '@x if y else z\ndef f(): pass',
    '@ x\ndef f(): pass',
    '@x y\ndef f(): pass',
    '@x\nclass A: pass',
    '@x\nx = 1',
    '@x\n\ndef f(): pass',
    'match = 1',
    'case = 2',
    '_ = 3',
    'print(match, case, _)',
    'type = int',
    'type X = int\n',
    'f(a)(c d)',
    'f()(c d)',
    'g(c d)',
    'x = f(a)(c d)',
    'f(a).b(c d)',
    'f[a](c d)',
    'f.a(c d)',
    '(f)(c d)',
    'f(a)[c d]',
    'f(a)(c, d e)',
    'print(f(a)(c d))\n',
    'x = 0_0',
    'x = 0e1_0',
    'x = 1_e5',
    'x = 1e_5',
    'x = 0x_',
    'x = 0b1_',
    'x = 1.__class__',
    'x = 1.e',
    'x = 1..',
    'x = 0j',
    'x = 00j',
    'x = 09j',
    'x = 09.',
    'x = 0777e1',
    'x = 0777.5',
    'x = 1.5e+10j',
    'x = .5j',
    'x = 0xFFj',
    'x = 0o17L',
    'x = 1L',
    'x = 1_000_000.000_001',
    'x = 1e1000000',
    'x = 0b',
    'x = 0B1',
    'x = 0O7',
    'x = 0X1f',
    'x = 1 ->',
    'x -> 1',
    'x = a ! = b',
    'x ...= 1',
    'x = F"{a}" + fR"{b}" + Rf"{c}" + U"d" + Br"e"',
    'x = \'\'\'a\'b"c\'\'\'',
    'x = """a""b"""',
    "x = ''''a'''",
    'x = """"""',
    "x = ''",
    "x = '''''",
    "x = 'a' if b else'c'",
    "x = b'\\xff\\x00'",
    "x = '\\0\\1\\12\\123\\1234'",
    "x = '\\\n'",
    "x = r'\\''",
    'x = r"\\"',
    "x = r'\\\n'",
    "x = '\\u00e9\\U0001F600'",
    "x = '\\U0001F60'",
    "x = '\\N{EM DASH}'",
    "x = b'\\N{EM DASH}'",
    "x = b'\\u1234'",
    "x = u'\\N{EM DASH}'",
    'x = 1;',
    'x = 1;  # c',
    ';',
    'x = 1 ; ; y',
    'if x: pass;',
    'if x: ; pass',
    'if x:\n    pass;\n    y',
    'a = [1,\n     2,]; b = 3',
    'x = (1 +\n 2)',
    '   # indented comment at start\nx = 1',
    'x = 1\n  # indented comment in middle\ny = 2',
    'if x:\n    y\n    # comment at different indent\n  # another\n    z',
    'if x:\n    y\n \n    z',
    'x = 1\n\t\ny = 2',
    'if x:\n    y = 1\n \t\n    z = 2',
    'x = [\n    1,\n  2,\n        3,\n]',
    'def f():\n    return [\n1, 2]',
    'while 1:\n  if x: break\n  else: continue',
    'class A: x = 1; y = 2',
    'for i in range(3): print(i); print(i * 2)',
    'try: x\nexcept: pass',
    'try: x\nfinally: y',
    'with a: b',
    'while x: pass\nelse: pass',
    'if x: pass\nelif y: pass\nelse: pass',
    'def f(): return 1',
    'def f(): return 1; x',
    'if x: def f(): pass',
    'x = 1 if True else 2; print(x)',
    'print(1)print(2)',
    'print(1) print(2)',
    'f(1)(2)',
    'x = [1][0]',
    'x = [1]\n[0]',
    'x = (1)\n(2)\n',
    'x = f"""\n{a}\n"""\n',
    'x = f"""abc\n  {a + b:>{w}} {c!r}\n"""\n',
    "x = (f'{a}'\n     f'{b}')\n",
    "x = f'{ a }' f'{  b  =  }'\n",
    "x = f'{a}{b}{c}'\n",
    'x = f\'{f"{a}"}\'\n',
    'x = f\'{x:{y}}\' + f\'{"s"}\'\n',
    'x = f\'{a["k"]!s:^10}\'\n',
    "x = f'{3:{4}}{5}'\n",
    "x = f'{(lambda: 1)()}'\n",
    "x = f'''{\n    a\n}'''\n",
    "x = f'''{a\n    + b}'''\n",
    "x = 'é' + f'{é}'\n",
    'match  1\n',
    'match ch = 1\n',
    'match = 1\nmatch(x)\nmatch[1]\nmatch.x = 2\n',
    'match x:\npass\n',
    '(2andc)\n',
    'x = 2andc\n',
    '9é = 1\n',
    "x = 1 \\\n  + 2 \\'''\n  + 3\n",
    '\\\n      f"{\n',
    'f(a, b, *, *c, d=1, **e)\n',
    "x = {'a': 1, 4'b'}\n",
    '{1: 1, 4 5}\n',
    '{1: 1, 4 if x}\n',
    '{**a, 4 5}\n',
    'é =01\n',
    'try:\n    x\nexcept:\n    y\nexcept* ValueError:\n    z\n',
    'try:\n    x\nexcept*:\n    z\n',
    'try:\n    x\nexcept* A, B:\n    z\n',
    'g(c d)\n',
    'g(ma b)\n',
    'g(_ b)\n',
    'f(a)(c d)\n',
    '[lambda: (yield) for x in y]\n',
]

# Expressions as compile(source, "f", "eval") takes them (student answers are read this way).
EVAL = [
    ("answer_array", "array([17, 2, 3])"),
    ("answer_numpy_print_format", "[17  2  3]"),
    ("answer_nested_print_format", "[[1 2]\n [3 4]]"),
    ("answer_tuple", "(2, 3)"),
    ("answer_bare_tuple", "2, 3"),
    ("answer_scalar_repr", "np.int64(3)"),
    ("answer_dtype", "dtype('int64')"),
    ("answer_bool", "True"),
    ("answer_negative_float", "-1.5e-3"),
    ("answer_trailing_newlines", "None\n\n"),
    ("answer_statement", "x = 1"),
    ("answer_two_lines", "1\n2"),
    ("answer_leading_space", " 1"),
    ("answer_empty", ""),
    ("answer_unclosed", "array([1, 2]"),
    ("answer_shape_with_L", "(3L, 4L)"),
    ("answer_ellipsis_repr", "array([0, 1, ..., 9])"),
    ("answer_keyword", "array([1.], dtype=float32)"),
    ("dangling_operator_at_end", "1 +"),
    ("unclosed_at_end", "(1"),
    ("unterminated_string_at_end", "'abc"),
    ("operator_on_next_line", "1\n+"),
    ("only_newline", "\n"),
    ("only_spaces", "   "),
    ("only_comment", "# c"),
    ("conditional_without_else", "1 if x"),
    ("assignment_prefix", "x = "),
]

def escape_field(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


# ---------------------------------------------------------------- AstPrinter's format

def q(s):
    out = ['"']
    data = s.encode("utf-16-be", "surrogatepass")
    for k in range(0, len(data), 2):
        c = (data[k] << 8) | data[k + 1]
        if c in (0x5C, 0x22):
            out.append("\\" + chr(c))
        elif c < 0x20 or c >= 0x7F:
            out.append("\\u%04x" % c)
        else:
            out.append(chr(c))
    out.append('"')
    return "".join(out)


def exact(x):
    if x != x:
        return "nan"
    if x in (float("inf"), float("-inf")):
        return "inf" if x > 0 else "-inf"
    return format(decimal.Decimal(x), "f")


SOURCE_LINES = []  # of the snippet being rendered, to turn CPython's UTF-8 byte columns into characters


def column(n):
    """Pos.column counts characters where CPython's col_offset counts UTF-8 bytes (same on ASCII lines)."""
    line = SOURCE_LINES[n.lineno - 1] if n.lineno - 1 < len(SOURCE_LINES) else ""
    return len(line.encode("utf-8")[:n.col_offset].decode("utf-8", "replace"))


def at(name, n):
    return "%s@%d:%d" % (name, n.lineno, column(n))


def node(name, n, *fields):
    return "(" + " ".join([at(name, n)] + list(fields)) + ")"


def exprs(xs):
    return "[" + " ".join(e(x) for x in xs) + "]"


def stmts(xs):
    return "[" + " ".join(s(x) for x in xs) + "]"


def opt(x):
    return "-" if x is None else e(x)


UNARY = {ast.UAdd: "+", ast.USub: "-", ast.Invert: "~", ast.Not: "not"}
BINARY = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/", ast.FloorDiv: "//",
          ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^",
          ast.BitAnd: "&"}
COMPARE = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
           ast.Is: "is", ast.IsNot: "is_not", ast.In: "in", ast.NotIn: "not_in"}
CONVERSION = {-1: "none", 115: "str", 114: "repr", 97: "ascii"}


def param(a, default):
    return node("p", a, a.arg, opt(a.annotation), opt(default))


def params(args):
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    posonly = [param(a, d) for a, d in zip(args.posonlyargs, defaults)]
    regular = [param(a, d) for a, d in zip(args.args, defaults[len(args.posonlyargs):])]
    kwonly = [param(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults)]
    return "(params [%s] [%s] %s [%s] %s)" % (
        " ".join(posonly), " ".join(regular), "-" if args.vararg is None else param(args.vararg, None),
        " ".join(kwonly), "-" if args.kwarg is None else param(args.kwarg, None))


def keywords(kws):
    return "[" + " ".join(node("kw", k, k.arg or "**", e(k.value)) for k in kws) + "]"


def generators(gens):
    return "[" + " ".join("(for %s %s %s)" % (e(g.target), e(g.iter), exprs(g.ifs)) for g in gens) + "]"


def parts(values):
    out = []
    for v in values:
        if isinstance(v, ast.Constant):
            out.append("(text %s)" % q(v.value))
        else:
            spec = parts(v.format_spec.values) if v.format_spec is not None else "[]"
            out.append("(field %s %s %s)" % (e(v.value), CONVERSION[v.conversion], spec))
    return "[" + " ".join(out) + "]"


def e(n):
    t = type(n)
    if t is ast.Name:
        return node("Name", n, n.id)
    if t is ast.Constant:
        v = n.value
        if v is None:
            return node("None", n)
        if v is Ellipsis:
            return node("Ellipsis", n)
        if isinstance(v, bool):
            return node("Bool", n, str(v))
        if isinstance(v, int):
            return node("Int", n, str(v))
        if isinstance(v, float):
            return node("Float", n, exact(v))
        if isinstance(v, complex):
            return node("Imag", n, exact(v.imag))
        if isinstance(v, str):
            return node("Str", n, q(v))
        if isinstance(v, bytes):
            return node("Bytes", n, q(v.decode("latin-1")))
    if t is ast.JoinedStr:
        return node("FString", n, parts(n.values))
    if t is ast.Tuple:
        return node("Tuple", n, exprs(n.elts))
    if t is ast.List:
        return node("List", n, exprs(n.elts))
    if t is ast.Set:
        return node("Set", n, exprs(n.elts))
    if t is ast.Dict:
        items = ["(** %s)" % e(v) if k is None else "(kv %s %s)" % (e(k), e(v)) for k, v in zip(n.keys, n.values)]
        return node("Dict", n, "[" + " ".join(items) + "]")
    if t in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
        return node(t.__name__, n, e(n.elt), generators(n.generators))
    if t is ast.DictComp:
        return node("DictComp", n, e(n.key), e(n.value), generators(n.generators))
    if t is ast.Attribute:
        return node("Attribute", n, e(n.value), n.attr)
    if t is ast.Subscript:
        return node("Subscript", n, e(n.value), e(n.slice))
    if t is ast.Slice:
        return node("Slice", n, opt(n.lower), opt(n.upper), opt(n.step))
    if t is ast.Call:
        return node("Call", n, e(n.func), exprs(n.args), keywords(n.keywords))
    if t is ast.Starred:
        return node("Starred", n, e(n.value))
    if t is ast.UnaryOp:
        return node("UnaryOp", n, UNARY[type(n.op)], e(n.operand))
    if t is ast.BinOp:
        return node("BinOp", n, e(n.left), BINARY[type(n.op)], e(n.right))
    if t is ast.BoolOp:
        return node("BoolOp", n, "and" if isinstance(n.op, ast.And) else "or", exprs(n.values))
    if t is ast.Compare:
        rest = " ".join("%s %s" % (COMPARE[type(o)], e(c)) for o, c in zip(n.ops, n.comparators))
        return node("Compare", n, e(n.left) + " " + rest)
    if t is ast.IfExp:
        return node("IfExp", n, e(n.test), e(n.body), e(n.orelse))
    if t is ast.Lambda:
        return node("Lambda", n, params(n.args), e(n.body))
    if t is ast.NamedExpr:
        return node("NamedExpr", n, e(n.target), e(n.value))
    if t is ast.Yield:
        return node("Yield", n, opt(n.value))
    if t is ast.YieldFrom:
        return node("YieldFrom", n, e(n.value))
    raise ValueError("no AstPrinter form for " + t.__name__)


def aliases(names):
    return "[" + " ".join("(alias@%d:%d %s %s)" % (a.lineno, column(a), a.name, a.asname or "-")
                          for a in names) + "]"


def s(n):
    t = type(n)
    if t is ast.Expr:
        return node("Expr", n, e(n.value))
    if t is ast.Assign:
        return node("Assign", n, exprs(n.targets), e(n.value))
    if t is ast.AugAssign:
        return node("AugAssign", n, e(n.target), BINARY[type(n.op)] + "=", e(n.value))
    if t is ast.AnnAssign:
        return node("AnnAssign", n, e(n.target), e(n.annotation), opt(n.value), "simple" if n.simple else "complex")
    if t is ast.Delete:
        return node("Delete", n, exprs(n.targets))
    if t in (ast.Pass, ast.Break, ast.Continue):
        return node(t.__name__, n)
    if t is ast.Import:
        return node("Import", n, aliases(n.names))
    if t is ast.ImportFrom:
        return node("ImportFrom", n, n.module or "-", aliases(n.names), str(n.level))
    if t is ast.Assert:
        return node("Assert", n, e(n.test), opt(n.msg))
    if t is ast.Return:
        return node("Return", n, opt(n.value))
    if t is ast.Raise:
        return node("Raise", n, opt(n.exc), opt(n.cause))
    if t is ast.Global:
        return node("Global", n, " ".join(n.names))
    if t is ast.Nonlocal:
        return node("Nonlocal", n, " ".join(n.names))
    if t is ast.If:
        return node("If", n, e(n.test), stmts(n.body), stmts(n.orelse))
    if t is ast.For:
        return node("For", n, e(n.target), e(n.iter), stmts(n.body), stmts(n.orelse))
    if t is ast.While:
        return node("While", n, e(n.test), stmts(n.body), stmts(n.orelse))
    if t is ast.FunctionDef:
        return node("FunctionDef", n, n.name, params(n.args), stmts(n.body), exprs(n.decorator_list),
                    opt(n.returns))
    if t is ast.ClassDef:
        return node("ClassDef", n, n.name, exprs(n.bases), keywords(n.keywords), stmts(n.body),
                    exprs(n.decorator_list))
    if t is ast.With:
        items = ["(item %s %s)" % (e(i.context_expr), opt(i.optional_vars)) for i in n.items]
        return node("With", n, "[" + " ".join(items) + "]", stmts(n.body))
    if t is ast.Try:
        handlers = [node("except", h, opt(h.type), h.name or "-", stmts(h.body)) for h in n.handlers]
        return node("Try", n, stmts(n.body), "[" + " ".join(handlers) + "]", stmts(n.orelse), stmts(n.finalbody))
    raise ValueError("no AstPrinter form for " + t.__name__)


COMPOUND = (ast.If, ast.For, ast.While, ast.FunctionDef, ast.ClassDef, ast.With, ast.Try)


def unit_groups(module):
    """Top-level statements grouped as interactive mode compiles them: a compound statement alone, or the
    simple statements of one logical line (a; b; c)."""
    groups = []
    for st in module.body:
        previous = groups[-1][-1] if groups else None
        if (previous is not None and not isinstance(st, COMPOUND) and not isinstance(previous, COMPOUND)
                and st.lineno == previous.end_lineno):
            groups[-1].append(st)
        else:
            groups.append([st])
    return groups


def units(module):
    lines = []
    for g in unit_groups(module):
        first = g[0]
        start = min([first.lineno] + [d.lineno for d in getattr(first, "decorator_list", [])])
        lines.append("(unit %d-%d %s)" % (start, g[-1].end_lineno, " ".join(s(st) for st in g)))
    return "\n".join(lines) + ("\n" if lines else "")


def compile_outcomes(module):
    """What compiling each unit in 'single' mode gives: ok, or the SyntaxError the compiler raises."""
    outcomes = []
    for g in unit_groups(module):
        try:
            compile(ast.Interactive(body=g), "f", "single")
            outcomes.append("ok")
        except SyntaxError as err:
            outcomes.append("%s: %s (line %s, offset %s)" % (type(err).__name__, err.msg, err.lineno, err.offset))
    return "\n".join(outcomes)


def main():
    warnings.simplefilter("ignore")  # invalid escapes etc. are part of the cases
    os.makedirs(OUT, exist_ok=True)
    errors = list(ERRORS)
    valid = list(VALID)
    for number, src in enumerate(MORE, 1):
        try:
            compile(src, "f", "exec")
            valid.append(("more_%03d" % number, src))
        except SyntaxError:
            errors.append(("more_%03d" % number, src))
    with open(os.path.join(OUT, "errors.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# id\tsource\tstage\ttype\tmsg\tlineno\toffset (generated by make_syntax_golden.py)\n")
        for name, src in errors:
            try:
                ast.parse(src, "f")
                stage = "compile"
            except SyntaxError:
                stage = "parse"
            try:
                compile(src, "f", "exec")
                raise SystemExit("expected a SyntaxError from " + repr(src))
            except SyntaxError as err:
                fields = [name, escape_field(src), stage, type(err).__name__, escape_field(err.msg),
                          str(err.lineno), str(err.offset)]
                out.write("\t".join(fields) + "\n")
    with open(os.path.join(OUT, "ast.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# id\tsource\texpected AstPrinter dump\tcompiling each unit in 'single' mode"
                  " (generated by make_syntax_golden.py)\n")
        for name, src in valid:
            tree = ast.parse(src, "f")
            SOURCE_LINES[:] = src.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            fields = [name, escape_field(src), escape_field(units(tree)), escape_field(compile_outcomes(tree))]
            out.write("\t".join(fields) + "\n")
    with open(os.path.join(OUT, "eval.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# id\tsource\tAstPrinter dump of the expression, or the SyntaxError of compile(source, 'f', 'eval')"
                  " (generated by make_syntax_golden.py)\n")
        for name, src in EVAL:
            try:
                compile(src, "f", "eval")
                SOURCE_LINES[:] = src.split("\n")
                outcome = e(ast.parse(src, "f", mode="eval").body)
            except SyntaxError as err:
                outcome = "%s: %s (line %s, offset %s)" % (type(err).__name__, err.msg, err.lineno, err.offset)
            out.write("\t".join([name, escape_field(src), escape_field(outcome)]) + "\n")
    print("wrote %d error cases, %d AST cases and %d eval cases to %s"
          % (len(errors), len(valid), len(EVAL), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
