package dev.ndgrade.grader.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an answer written as a Python or NumPy literal into Python source that evaluates to it,
 * or refuses it. Only literals pass: numbers, {@code True}/{@code False}/{@code None}, strings,
 * lists, tuples, {@code array([...], dtype=...)}, NumPy scalars such as {@code np.int64(3)}, and
 * arrays as {@code print} shows them ({@code [17  2  3]}, {@code [[1 2]\n [3 4]]}). No name,
 * call or operator outside that set gets through, so a student's answer can never make the
 * interpreter allocate or compute anything but the literal.
 */
final class PythonLiteral {

  private static final int MAX_CHARS = SubmissionReader.MAX_ANSWER_CHARS;
  private static final int MAX_DEPTH = 32;
  private static final Set<String> DTYPES = Set.of("bool", "bool_", "int8", "int16", "int32", "int64",
      "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64", "complex64", "complex128",
      "intp", "uintp", "longlong", "ulonglong", "str_", "bytes_", "object_");
  private static final Set<String> CONSTANTS = Set.of("True", "False", "None", "np.True_", "np.False_",
      "np.nan", "np.inf");

  private enum Kind { NUMBER, NAME, STRING, OPEN, CLOSE, COMMA, EQUALS, SIGN }

  private record Token(Kind kind, String text, boolean spaceBefore) {}

  private PythonLiteral() {}

  /**
   * Python source for {@code text}, or empty when it is not a literal answer.
   * A bracketed answer without any comma is read as an array in {@code print} form.
   */
  static Optional<String> toSource(String text) {
    if (text.length() > MAX_CHARS) {
      return Optional.empty();
    }
    Optional<List<Token>> tokens = tokenize(text.strip());
    if (tokens.isEmpty() || tokens.get().isEmpty()) {
      return Optional.empty();
    }
    return render(tokens.get()).map(source -> isPrintedArray(tokens.get()) ? "np.array(" + source + ")" : source);
  }

  /** Whether {@code text} reads as an array the way {@code print} shows it (brackets, no commas). */
  static boolean isPrintedArrayForm(String text) {
    return tokenize(text.strip()).map(PythonLiteral::isPrintedArray).orElse(false);
  }

  private static boolean isPrintedArray(List<Token> tokens) {
    return tokens.get(0).text().equals("[") && tokens.stream().noneMatch(t -> t.kind() == Kind.COMMA);
  }

  private static Optional<List<Token>> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    boolean space = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end;
      Kind kind;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        space = true;
        i++;
        continue;
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        end = numberEnd(text, i);
        kind = Kind.NUMBER;
      } else if (Character.isLetter(c) || c == '_') {
        end = nameEnd(text, i);
        kind = Kind.NAME;
      } else if (c == '\'' || c == '"') {
        end = stringEnd(text, i);
        kind = Kind.STRING;
      } else {
        end = i + 1;
        kind = switch (c) {
          case '[', '(' -> Kind.OPEN;
          case ']', ')' -> Kind.CLOSE;
          case ',' -> Kind.COMMA;
          case '=' -> Kind.EQUALS;
          case '-', '+' -> Kind.SIGN;
          default -> null;
        };
      }
      if (kind == null || end < 0) {
        return Optional.empty();
      }
      tokens.add(new Token(kind, text.substring(i, end), space));
      space = false;
      i = end;
    }
    return Optional.of(tokens);
  }

  private static int numberEnd(String text, int start) {
    int i = start;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '.')) {
      i++;
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
        j++;
      }
      if (j < text.length() && Character.isDigit(text.charAt(j))) {
        i = j;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
          i++;
        }
      }
    }
    if (i < text.length() && text.charAt(i) == 'j') {
      i++;
    }
    return i;
  }

  private static int nameEnd(String text, int start) {
    int i = start;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
        || (text.charAt(i) == '.' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))))) {
      i++;
    }
    return i;
  }

  private static int stringEnd(String text, int start) {
    char quote = text.charAt(start);
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Checks the token sequence is a literal and writes it as Python source. */
  private static Optional<String> render(List<Token> tokens) {
    StringBuilder source = new StringBuilder();
    List<Character> brackets = new ArrayList<>();
    Token previous = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      boolean inList = !brackets.isEmpty() && brackets.get(brackets.size() - 1) == '[';
      boolean isCall = previous != null && previous.kind() == Kind.NAME && token.text().equals("(");
      if (!isCall && previous != null && endsValue(previous) && startsValue(token)) {
        if (!inList) {
          return Optional.empty();
        }
        source.append(", ");
      }
      switch (token.kind()) {
        case NUMBER, STRING, SIGN -> source.append(token.text());
        case COMMA -> source.append(", ");
        case OPEN -> {
          if (brackets.size() >= MAX_DEPTH) {
            return Optional.empty();
          }
          brackets.add(token.text().charAt(0));
          source.append(token.text());
        }
        case CLOSE -> {
          char open = token.text().equals("]") ? '[' : '(';
          if (brackets.isEmpty() || brackets.remove(brackets.size() - 1) != open) {
            return Optional.empty();
          }
          source.append(token.text());
        }
        case EQUALS -> {
          if (previous == null || !previous.text().equals("dtype")) {
            return Optional.empty();
          }
          source.append('=');
        }
        case NAME -> {
          Optional<String> name = name(token.text(), previous, next);
          if (name.isEmpty()) {
            return Optional.empty();
          }
          source.append(name.get());
        }
        default -> throw new IllegalStateException("unhandled token kind " + token.kind());
      }
      previous = token;
    }
    return brackets.isEmpty() ? Optional.of(source.toString()) : Optional.empty();
  }

  /** The Python spelling of an allowed name, or empty when the name is not part of a literal. */
  private static Optional<String> name(String name, Token previous, Token next) {
    boolean called = next != null && next.text().equals("(");
    boolean isDtypeValue = previous != null && previous.kind() == Kind.EQUALS;
    String bare = name.startsWith("np.") ? name.substring(3) : name;
    if (isDtypeValue) {
      return DTYPES.contains(bare) ? Optional.of("np." + (bare.equals("bool") ? "bool_" : bare)) : Optional.empty();
    }
    if (name.equals("dtype")) {
      return next != null && next.kind() == Kind.EQUALS ? Optional.of(name) : Optional.empty();
    }
    if (called) {
      if (bare.equals("array") || DTYPES.contains(bare) && name.startsWith("np.")) {
        return Optional.of("np." + bare);
      }
      return Optional.empty();
    }
    return switch (name) {
      case "true" -> Optional.of("True");
      case "false" -> Optional.of("False");
      case "nan", "inf" -> Optional.of("np." + name);
      default -> CONSTANTS.contains(name) ? Optional.of(name) : Optional.empty();
    };
  }

  private static boolean endsValue(Token token) {
    return switch (token.kind()) {
      case NUMBER, STRING, CLOSE -> true;
      case NAME -> !token.text().equals("dtype");
      default -> false;
    };
  }

  private static boolean startsValue(Token token) {
    return switch (token.kind()) {
      case NUMBER, STRING, NAME, SIGN -> true;
      case OPEN -> token.text().equals("[") || token.text().equals("(");
      default -> false;
    };
  }
}
