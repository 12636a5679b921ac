package vn.massorg.governance.format.generator;

import java.util.List;
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
  private final JavaSource source;

  ReaderGenerator(FormatModel model, String pkg) {
    this.model = model;
    this.source = new JavaSource(pkg);
  }

  String generate() {
    source.imports("java.io.IOException");
    source.imports("com.fasterxml.jackson.core.JsonParser");
    source.imports(model.root().getPackageName() + ".InvalidRecordException");
    for (ObjectType type : model.objects()) {
      method(type);
    }
    return source.file(
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
  }

  private void method(ObjectType type) {
    boolean root = type.type() == model.root();
    String name = root ? "document" : type.name();
    String simple = type.type().getSimpleName();
    source.imports(type.type().getName());
    source.imports(type.immutable().getName());
    List<Attribute> attributes = type.attributes();
    int members = attributes.size() + (root ? 2 : 0);
    boolean wide = members > 31;
    String mask = wide ? "long" : "int";
    source.line("");
    source.line("  " + simple + " " + name + "() throws IOException {");
    source.line("    object();");
    source.line(
        "    "
            + type.immutable().getSimpleName()
            + ".Builder b = "
            + type.immutable().getSimpleName()
            + ".builder();");
    source.line("    " + mask + " members = 0;");
    source.line(
        "    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {");
    source.line("      switch (name) {");
    int bit = 0;
    if (root) {
      source.line("        case \"format\":");
      source.line("          members = once(members, " + bit(bit++, wide) + ");");
      source.line("          checkFormat(string());");
      source.line("          break;");
      source.line("        case \"formatVersion\":");
      source.line("          members = once(members, " + bit(bit++, wide) + ");");
      source.line("          checkVersion(string());");
      source.line("          break;");
    }
    int first = bit;
    for (Attribute a : attributes) {
      source.line("        case \"" + a.name() + "\":");
      source.line("          members = once(members, " + bit(bit++, wide) + ");");
      if (a.cardinality() == Cardinality.LIST) {
        source.line("          array();");
        source.line("          while (element()) {");
        source.line("            b." + a.setter() + "(" + read(a) + ");");
        source.line("          }");
      } else {
        source.line("          b." + a.setter() + "(" + read(a) + ");");
      }
      source.line("          break;");
    }
    source.line("        default:");
    source.line("          unknown(name);");
    source.line("      }");
    source.line("    }");
    if (root) {
      source.line("    require(members, " + bit(0, wide) + ", \"format\");");
      source.line("    require(members, " + bit(1, wide) + ", \"formatVersion\");");
    }
    bit = first;
    for (Attribute a : attributes) {
      if (a.required()) {
        source.line("    require(members, " + bit(bit, wide) + ", \"" + a.name() + "\");");
      }
      bit++;
    }
    source.line("    try {");
    source.line("      return b.build();");
    source.line("    } catch (InvalidRecordException e) {");
    source.line("      throw invariant(e);");
    source.line("    }");
    source.line("  }");
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
        source.imports(t.getName());
        yield "coded(" + t.getSimpleName() + ".class)";
      }
      case CODE -> {
        source.imports(t.getName());
        yield "value(" + t.getSimpleName() + "::of)";
      }
      case PARSED -> {
        source.imports(t.getName());
        yield "value(" + t.getSimpleName() + "::parse)";
      }
      case OBJECT -> model.object(t).orElseThrow().name() + "()";
    };
  }
}
