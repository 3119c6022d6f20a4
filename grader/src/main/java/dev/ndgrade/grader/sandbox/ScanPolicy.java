package dev.ndgrade.grader.sandbox;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the code of a view exercise may use: the student API, the submission's own classes, and the plain parts
 * of {@code java.lang} and {@code java.util} (numbers, strings, math, collections, exceptions, printing).
 * Everything else is refused, and the dangerous families (files, network, processes, threads, reflection,
 * class loaders, JDK internals, exiting, properties) with a reason of their own.
 */
final class ScanPolicy {

  private static final String STUDENT_API = "dev/ndgrade/strided/";
  private static final String TEST_SUPPORT = "dev/ndgrade/strided/check/";
  private static final Set<String> ALLOWED_CLASSES = Set.of(
      "java/lang/Object", "java/lang/String", "java/lang/StringBuilder", "java/lang/CharSequence",
      "java/lang/Math", "java/lang/StrictMath", "java/lang/Integer", "java/lang/Long", "java/lang/Short",
      "java/lang/Byte", "java/lang/Double", "java/lang/Float", "java/lang/Boolean", "java/lang/Character",
      "java/lang/Number", "java/lang/Comparable", "java/lang/Iterable", "java/lang/Enum", "java/lang/Record",
      "java/lang/Cloneable", "java/lang/AutoCloseable", "java/lang/Throwable",
      "java/util/Arrays", "java/util/List", "java/util/ArrayList", "java/util/LinkedList", "java/util/Map",
      "java/util/Map$Entry", "java/util/HashMap", "java/util/LinkedHashMap", "java/util/TreeMap", "java/util/Set",
      "java/util/HashSet", "java/util/LinkedHashSet", "java/util/TreeSet", "java/util/Collection",
      "java/util/Collections", "java/util/Iterator", "java/util/Objects", "java/util/Optional",
      "java/util/OptionalInt", "java/util/OptionalLong", "java/util/Comparator", "java/util/Deque",
      "java/util/ArrayDeque", "java/util/StringJoiner", "java/util/NoSuchElementException",
      "java/util/stream/IntStream", "java/util/stream/LongStream", "java/util/stream/Stream",
      "java/util/stream/Collectors");
  private static final Set<String> ALLOWED_BOOTSTRAPS = Set.of("java/lang/invoke/StringConcatFactory",
      "java/lang/invoke/LambdaMetafactory", "java/lang/runtime/ObjectMethods");
  private static final Set<String> SYSTEM_ALLOWED = Set.of("out", "err", "arraycopy", "identityHashCode",
      "lineSeparator");
  private static final Set<String> PRINT_METHODS = Set.of("print", "println", "printf", "format", "flush");
  private static final Set<String> STREAM_REFUSED = Set.of("parallel", "parallelStream");

  /** A family of refused classes and why. */
  private record Family(List<String> prefixes, String reason) {
  }

  /** In order: the first family whose prefix matches decides (class loaders before {@code java/lang/Class}). */
  private static final List<Family> FAMILIES = List.of(
      new Family(List.of("java/lang/Process", "java/lang/ProcessBuilder", "java/lang/ProcessHandle"),
          "starting or controlling processes is not allowed"),
      new Family(List.of("java/lang/Thread", "java/lang/ThreadGroup", "java/lang/ThreadLocal",
          "java/util/concurrent/", "java/util/Timer", "java/lang/VirtualThread"), "threads are not allowed"),
      new Family(List.of("java/lang/ClassLoader", "java/lang/Module", "java/lang/ModuleLayer",
          "java/net/URLClassLoader", "java/security/SecureClassLoader"), "class loaders are not allowed"),
      new Family(List.of("java/lang/reflect/", "java/lang/Class", "java/lang/invoke/", "java/lang/runtime/"),
          "reflection and method handles are not allowed"),
      new Family(List.of("sun/", "jdk/", "com/sun/"), "JDK internals (such as Unsafe) are not allowed"),
      new Family(List.of("java/net/", "javax/net/"), "network access is not allowed"),
      new Family(List.of("java/io/", "java/nio/"), "files and streams are not allowed"),
      new Family(List.of("java/lang/SecurityManager", "java/security/"), "security settings are not allowed"),
      new Family(List.of("dev/ndgrade/", "org/junit/", "org/opentest4j/"),
          "grader, test and reference classes are not available to student code"));

  private final Set<String> ownClasses;

  ScanPolicy(Set<String> ownClasses) {
    this.ownClasses = Set.copyOf(ownClasses);
  }

  /** Why a use of {@code owner.member} is refused, or empty when it is allowed. */
  Optional<String> refusal(String owner, String member) {
    if (owner.startsWith("[") || ownClasses.contains(owner)) {
      return Optional.empty();
    }
    if (owner.equals("java/lang/System")) {
      return system(member);
    }
    if (owner.equals("java/lang/Runtime")) {
      return Optional.of(member.equals("halt") || member.equals("exit")
          ? "Runtime." + member + " would stop the grader" : "Runtime is not available (processes, memory, exit)");
    }
    if (owner.equals("java/io/PrintStream") && PRINT_METHODS.contains(member)) {
      return Optional.empty();
    }
    if (STREAM_REFUSED.contains(member)) {
      return Optional.of("parallel streams start threads, which are not allowed");
    }
    if (owner.startsWith(STUDENT_API) && !owner.startsWith(TEST_SUPPORT)) {
      return Optional.empty();
    }
    if (ALLOWED_CLASSES.contains(owner) || isLangThrowable(owner)) {
      return member.equals("getClass") ? Optional.of("reflection and method handles are not allowed")
          : Optional.empty();
    }
    for (Family family : FAMILIES) {
      if (family.prefixes().stream().anyMatch(owner::startsWith)) {
        return Optional.of(family.reason());
      }
    }
    return Optional.of("it is not available in this exercise, which needs only the student API and basic "
        + "java.lang and java.util");
  }

  /** Whether an invokedynamic's bootstrap is one javac emits for plain code (string concatenation, lambdas, records). */
  boolean allowsBootstrap(String owner) {
    return ALLOWED_BOOTSTRAPS.contains(owner);
  }

  private static Optional<String> system(String member) {
    if (SYSTEM_ALLOWED.contains(member)) {
      return Optional.empty();
    }
    return Optional.of(switch (member) {
      case "exit", "halt" -> "System.exit would stop the grader";
      case "setOut", "setErr", "setIn" -> "redirecting System output or input is not allowed";
      case "getProperty", "getProperties", "setProperty", "setProperties", "clearProperty", "getenv" ->
          "reading or changing system properties or the environment is not allowed";
      case "load", "loadLibrary", "mapLibraryName" -> "native code is not allowed";
      case "in", "console", "inheritedChannel" -> "reading input is not allowed";
      default -> "System." + member + " is not available";
    });
  }

  private static boolean isLangThrowable(String owner) {
    return owner.startsWith("java/lang/") && owner.indexOf('/', "java/lang/".length()) < 0
        && (owner.endsWith("Exception") || owner.endsWith("Error"));
  }
}
