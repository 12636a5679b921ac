package vn.massorg.governance.format.generator;

import java.util.List;
import java.util.TreeSet;
import vn.massorg.governance.format.generator.FormatModel.Attribute;
import vn.massorg.governance.format.generator.FormatModel.Cardinality;
import vn.massorg.governance.format.generator.FormatModel.ObjectType;

/**
 * Writes {@code ModelReader}: one method per object type, the same skeleton for each. Every
 * member's case marks its bit ({@code once}, which also refuses a duplicate and moves to the
 * value), reads the value with the support method of its kind and gives it to the builder; the
 * required members are checked on the object's end, in declaration order; the builder's invariant
 * failure becomes a format error at the object. The scalar readers, errors and lenient keeping of
 * unknown members are hand-written in {@code ReaderSupport}.
 */
final class ReaderGenerator {
  private final FormatModel model;
  private final String pkg;
  private final TreeSet<String> imports = new TreeSet<>();
  private final StringBuilder body = new StringBuilder();

  ReaderGenerator(FormatModel model, String pkg) {
    this.model = model;
    this.pkg = pkg;
  }

  String generate() {
    imports.add("java.io.IOException");
    imports.add("com.fasterxml.jackson.core.JsonParser");
    imports.add(model.root().getPackageName() + ".InvalidRecordException");
    for (ObjectType type : model.objects()) {
      method(type);
    }
    StringBuilder out = new StringBuilder();
    out.append("package ").append(pkg).append(";\n\n");
    for (String i : imports) {
      out.append("import ").append(i).append(";\n");
    }
    out.append(
        """

        /**
         * Reads the model from a {@link JsonParser}: generated from the model's types by
         * governance-format-generator; do not edit. One method per type, each starting on the
         * value's first token and ending on its last; the scalars, the errors and the lenient
         * keeping of unknown members are {@link ReaderSupport}'s.
         */
        final class ModelReader extends ReaderSupport {
          ModelReader(JsonParser parser, boolean lenient) {
            super(parser, lenient);
          }
        """);
    out.append(body);
    out.append("}\n");
    return out.toString();
  }

  private void method(ObjectType type) {
    boolean root = type.type() == model.root();
    String name = root ? "document" : type.name();
    String simple = type.type().getSimpleName();
    imports.add(type.type().getName());
    imports.add(type.immutable().getName());
    List<Attribute> attributes = type.attributes();
    int members = attributes.size() + (root ? 2 : 0);
    boolean wide = members > 31;
    String mask = wide ? "long" : "int";
    line("");
    line("  " + simple + " " + name + "() throws IOException {");
    line("    object();");
    line(
        "    "
            + type.immutable().getSimpleName()
            + ".Builder b = "
            + type.immutable().getSimpleName()
            + ".builder();");
    line("    " + mask + " members = 0;");
    line("    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {");
    line("      switch (name) {");
    int bit = 0;
    if (root) {
      line("        case \"format\":");
      line("          members = once(members, " + bit(bit++, wide) + ");");
      line("          checkFormat(string());");
      line("          break;");
      line("        case \"formatVersion\":");
      line("          members = once(members, " + bit(bit++, wide) + ");");
      line("          checkVersion(string());");
      line("          break;");
    }
    int first = bit;
    for (Attribute a : attributes) {
      line("        case \"" + a.name() + "\":");
      line("          members = once(members, " + bit(bit++, wide) + ");");
      if (a.cardinality() == Cardinality.LIST) {
        line("          array();");
        line("          while (element()) {");
        line("            b." + a.setter() + "(" + read(a) + ");");
        line("          }");
      } else {
        line("          b." + a.setter() + "(" + read(a) + ");");
      }
      line("          break;");
    }
    line("        default:");
    line("          unknown(name);");
    line("      }");
    line("    }");
    if (root) {
      line("    require(members, " + bit(0, wide) + ", \"format\");");
      line("    require(members, " + bit(1, wide) + ", \"formatVersion\");");
    }
    bit = first;
    for (Attribute a : attributes) {
      if (a.required()) {
        line("    require(members, " + bit(bit, wide) + ", \"" + a.name() + "\");");
      }
      bit++;
    }
    line("    try {");
    line("      return b.build();");
    line("    } catch (InvalidRecordException e) {");
    line("      throw invariant(e);");
    line("    }");
    line("  }");
  }

  private static String bit(int index, boolean wide) {
    return wide ? (1L << index) + "L" : Integer.toString(1 << index);
  }

  private String read(Attribute a) {
    Class<?> t = a.valueType();
    return switch (a.kind()) {
      case STRING -> "string()";
      case TEXT -> "text()";
      case INTEGER -> "integer()";
      case BOOLEAN -> "bool()";
      case CODED -> {
        imports.add(t.getName());
        yield "coded(" + t.getSimpleName() + ".class)";
      }
      case CODE -> {
        imports.add(t.getName());
        yield "value(" + t.getSimpleName() + "::of)";
      }
      case PARSED -> {
        imports.add(t.getName());
        yield "value(" + t.getSimpleName() + "::parse)";
      }
      case OBJECT -> model.object(t).orElseThrow().name() + "()";
    };
  }

  private void line(String s) {
    body.append(s).append('\n');
  }
}
