package dev.ndgrade.grader.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads a submission's class files (ASM) and lists every use the {@link ScanPolicy} refuses: each class it
 * extends or implements, each field and method it reaches, each invokedynamic bootstrap and each method-handle
 * constant, with file and line. Also refuses classes outside the exercise's package, names the tests use, and
 * native methods.
 */
final class BytecodeScan {

  private BytecodeScan() {}

  /**
   * The refusals for {@code classes} (binary name to class file).
   *
   * @param packageName the package every class must be in, e.g. {@code views}
   * @param reserved class names the submission may not define (the exercise's tests)
   */
  static List<Refusal> scan(Map<String, byte[]> classes, String packageName, Set<String> reserved) {
    Set<String> own = Set.copyOf(classes.keySet().stream().map(n -> n.replace('.', '/')).toList());
    ScanPolicy policy = new ScanPolicy(own);
    List<Refusal> refusals = new ArrayList<>();
    for (var entry : classes.entrySet()) {
      ClassScanner scanner = new ClassScanner(policy, refusals);
      new ClassReader(entry.getValue()).accept(scanner, ClassReader.SKIP_FRAMES);
      String name = entry.getKey();
      String pkg = name.lastIndexOf('.') < 0 ? "" : name.substring(0, name.lastIndexOf('.'));
      if (!pkg.equals(packageName)) {
        refusals.add(new Refusal(scanner.file, 0, name, "classes of this exercise belong in package "
            + (packageName.isEmpty() ? "(the default package)" : packageName)));
      } else if (reserved.contains(name)) {
        refusals.add(new Refusal(scanner.file, 0, name, "this name belongs to one of the exercise's tests"));
      }
    }
    return refusals.stream().distinct()
        .sorted(Comparator.comparing(Refusal::file).thenComparingInt(Refusal::line).thenComparing(Refusal::what))
        .toList();
  }

  private static final class ClassScanner extends ClassVisitor {
    private final ScanPolicy policy;
    private final List<Refusal> refusals;
    private String file = "";

    ClassScanner(ScanPolicy policy, List<Refusal> refusals) {
      super(Opcodes.ASM9);
      this.policy = policy;
      this.refusals = refusals;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
                      String[] interfaces) {
      file = name.substring(name.lastIndexOf('/') + 1) + ".java";
      if (superName != null) {
        check(superName, "<init>", 0);
      }
      for (String type : interfaces) {
        check(type, "", 0);
      }
    }

    @Override
    public void visitSource(String source, String debug) {
      if (source != null) {
        file = source;
      }
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                     String[] exceptions) {
      if ((access & Opcodes.ACC_NATIVE) != 0) {
        refusals.add(new Refusal(file, 0, "native method " + name, "native code is not allowed"));
      }
      return new MethodScanner();
    }

    private void check(String owner, String member, int line) {
      policy.refusal(owner, member).ifPresent(reason -> refusals.add(new Refusal(file, line,
          owner.replace('/', '.') + (member.isEmpty() || member.equals("<init>") ? "" : "." + member), reason)));
    }

    private final class MethodScanner extends MethodVisitor {
      private int line;

      MethodScanner() {
        super(Opcodes.ASM9);
      }

      @Override
      public void visitLineNumber(int number, Label start) {
        line = number;
      }

      @Override
      public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        check(owner, name, line);
      }

      @Override
      public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        check(owner, name, line);
      }

      @Override
      public void visitTypeInsn(int opcode, String type) {
        if (opcode == Opcodes.NEW) {
          check(type, "<init>", line);
        }
      }

      @Override
      public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        if (!policy.allowsBootstrap(bootstrap.getOwner())) {
          refusals.add(new Refusal(file, line, "invokedynamic " + bootstrap.getOwner().replace('/', '.'),
              "reflection and method handles are not allowed"));
        }
        for (Object argument : arguments) {
          if (argument instanceof Handle handle) {
            check(handle.getOwner(), handle.getName(), line);
          }
        }
      }

      @Override
      public void visitLdcInsn(Object value) {
        if (value instanceof Handle || value instanceof ConstantDynamic
            || value instanceof Type type && type.getSort() == Type.METHOD) {
          refusals.add(new Refusal(file, line, "a method-handle constant",
              "reflection and method handles are not allowed"));
        }
      }
    }
  }
}
