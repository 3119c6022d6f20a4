package dev.ndgrade.grader.worker;

import java.util.Map;

/** Defines classes from class files held in memory, after asking its parent. */
class ClassBytesLoader extends ClassLoader {

  private final Map<String, byte[]> classes;

  ClassBytesLoader(String name, Map<String, byte[]> classes, ClassLoader parent) {
    super(name, parent);
    this.classes = classes;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  boolean holds(String name) {
    return classes.containsKey(name);
  }
}
