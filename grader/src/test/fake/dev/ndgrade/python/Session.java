package dev.ndgrade.python;

import java.util.List;

/** Signature-only fake; see src/test/fake/README.md. */
public final class Session {
  public static Session create() { throw new UnsupportedOperationException("fake eval API: the real Session lands on main"); }
  public Transcript run(String source, String fileName) { throw new UnsupportedOperationException("fake"); }
  public Object get(String name) { throw new UnsupportedOperationException("fake"); }
  public List<String> names() { throw new UnsupportedOperationException("fake"); }
  public String repr(Object value) { throw new UnsupportedOperationException("fake"); }
  public Object evalExpression(String source) { throw new UnsupportedOperationException("fake"); }
  public long liveBytes() { throw new UnsupportedOperationException("fake"); }
}
