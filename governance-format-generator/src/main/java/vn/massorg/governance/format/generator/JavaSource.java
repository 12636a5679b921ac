package vn.massorg.governance.format.generator;

import java.util.TreeSet;

/**
 * The frame every generated Java file shares: its package, its imports (sorted, each once, so that
 * the output does not depend on the order in which a generator meets the types it names), the class
 * opening a generator writes, the members it emits line by line, and the closing brace. Kept in one
 * place because the generated files are compared byte for byte (the committed {@code FieldRules})
 * or compiled as they are (the reader, writer and bindings): one frame, one layout.
 */
final class JavaSource {
  private final String pkg;
  private final TreeSet<String> imports = new TreeSet<>();
  private final StringBuilder body = new StringBuilder();

  JavaSource(String pkg) {
    this.pkg = pkg;
  }

  /** Imports a type by its qualified name; a name imported twice is written once. */
  void imports(String qualifiedName) {
    imports.add(qualifiedName);
  }

  /** Appends one line of the class body; the text carries its own indentation. */
  void line(String text) {
    body.append(text).append('\n');
  }

  /**
   * The file: package, imports, then the opening (from its blank line after the imports through the
   * class declaration and the members that come before the emitted ones), the emitted lines, and
   * the class's closing brace.
   */
  String file(String opening) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(pkg).append(";\n\n");
    for (String i : imports) {
      out.append("import ").append(i).append(";\n");
    }
    return out.append(opening).append(body).append("}\n").toString();
  }
}
