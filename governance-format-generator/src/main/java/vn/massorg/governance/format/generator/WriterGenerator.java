package vn.massorg.governance.format.generator;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import vn.massorg.governance.format.generator.FormatModel.Attribute;
import vn.massorg.governance.format.generator.FormatModel.Kind;
import vn.massorg.governance.format.generator.FormatModel.ObjectType;

/**
 * Writes {@code ModelWriter}: one method per object type, members in the model's declaration order,
 * empty optionals and empty lists left out, a {@link vn.massorg.governance.model.NonEmpty} list
 * always written. Each method takes the JSON Pointer of its object ({@code at}) only to put back
 * the members a lenient read kept; the value forms and the validation reports are hand-written in
 * {@code WriterSupport}.
 */
final class WriterGenerator {
  private final FormatModel model;
  private final String pkg;
  private final TreeSet<String> imports = new TreeSet<>();
  private final StringBuilder body = new StringBuilder();

  WriterGenerator(FormatModel model, String pkg) {
    this.model = model;
    this.pkg = pkg;
  }

  String generate() {
    imports.add("java.io.IOException");
    imports.add("java.util.List");
    imports.add("java.util.Map");
    imports.add("com.fasterxml.jackson.core.JsonGenerator");
    imports.add("com.fasterxml.jackson.databind.JsonNode");
    for (ObjectType type : model.objects()) {
      method(type);
    }
    StringBuilder out = new StringBuilder();
    out.append("package ").append(pkg).append(";\n\n");
    for (String i : imports) {
      out.append("import ").append(i).append(";\n");
    }
    String root = model.root().getSimpleName();
    out.append(
        """

        /**
         * Writes the model to a {@link JsonGenerator}: generated from the model's types by
         * governance-format-generator; do not edit. Members in the model's order, empty optionals
         * and empty lists left out; the value forms, the validation reports and the putting back of
         * kept members are {@link WriterSupport}'s.
         */
        final class ModelWriter extends WriterSupport {
          ModelWriter(JsonGenerator generator, Map<String, Map<String, JsonNode>> unknowns) {
            super(generator, unknowns);
          }

          void document(%s v) throws IOException {
            document(v, GovernanceJson.FORMAT_VERSION);
          }
        """
            .formatted(root));
    out.append(body);
    out.append("}\n");
    return out.toString();
  }

  private void method(ObjectType type) {
    boolean root = type.type() == model.root();
    String simple = type.type().getSimpleName();
    imports.add(type.type().getName());
    line("");
    if (root) {
      line("  void document(" + simple + " v, String version) throws IOException {");
      line("    String at = root();");
      line("    g.writeStartObject();");
      line("    g.writeStringField(\"format\", GovernanceJson.FORMAT);");
      line("    g.writeStringField(\"formatVersion\", version);");
    } else {
      line("  void " + type.name() + "(" + simple + " v, String at) throws IOException {");
      line("    g.writeStartObject();");
    }
    for (Attribute a : type.attributes()) {
      member(a);
    }
    line("    end(at);");
    line("  }");
  }

  private void member(Attribute a) {
    String n = "\"" + a.name() + "\"";
    String get = "v." + a.getter().getName() + "()";
    switch (a.cardinality()) {
      case ONE -> line("    " + one(a, n, get) + ";");
      case OPTIONAL -> {
        Class<?> returned = a.getter().getReturnType();
        if (returned != Optional.class && returned != OptionalInt.class) {
          line("    " + one(a, n, get) + ";"); // a @Value.Default: always there
        } else if (a.kind() == Kind.OBJECT) {
          line("    if (" + get + ".isPresent()) {");
          line("      " + one(a, n, get + ".get()") + ";");
          line("    }");
        } else {
          line("    " + optional(a, n, get) + ";");
        }
      }
      case LIST -> list(a, n, get);
      default -> throw new IllegalStateException(a.cardinality().toString());
    }
  }

  private String one(Attribute a, String n, String get) {
    return switch (a.kind()) {
      case STRING -> "g.writeStringField(" + n + ", " + get + ")";
      case TEXT -> "text(" + n + ", " + get + ", at)";
      case INTEGER -> "g.writeNumberField(" + n + ", " + get + ")";
      case BOOLEAN -> "g.writeBooleanField(" + n + ", " + get + ")";
      case CODED -> "coded(" + n + ", " + get + ")";
      case CODE -> "code(" + n + ", " + get + ")";
      case PARSED -> "g.writeStringField(" + n + ", " + get + ".toString())";
      case OBJECT ->
          "g.writeFieldName("
              + n
              + ");\n    "
              + model.object(a.valueType()).orElseThrow().name()
              + "("
              + get
              + ", at(at, "
              + n
              + "))";
    };
  }

  /** An {@code Optional} of a scalar kind: the support method writes it only when present. */
  private static String optional(Attribute a, String n, String get) {
    return switch (a.kind()) {
      case STRING -> "string(" + n + ", " + get + ")";
      case TEXT -> "text(" + n + ", " + get + ", at)";
      case INTEGER -> "integer(" + n + ", " + get + ")";
      case BOOLEAN -> "bool(" + n + ", " + get + ")";
      case CODED -> "coded(" + n + ", " + get + ")";
      case CODE -> "code(" + n + ", " + get + ")";
      case PARSED -> "value(" + n + ", " + get + ")";
      case OBJECT -> throw new IllegalStateException("an object is not a scalar");
    };
  }

  private void list(Attribute a, String n, String get) {
    if (a.kind() == Kind.TEXT) {
      line("    texts(" + n + ", " + get + ", at);");
      return;
    }
    String element = a.valueType().getSimpleName();
    imports.add(a.valueType().getName());
    String indent = "    ";
    if (!a.required()) {
      line("    if (!" + get + ".isEmpty()) {");
      indent = "      ";
    }
    line(indent + "g.writeArrayFieldStart(" + n + ");");
    if (a.kind() == Kind.OBJECT) {
      line(indent + "List<" + element + "> list = " + get + ";");
      line(indent + "for (int i = 0; i < list.size(); i++) {");
      line(
          indent
              + "  "
              + model.object(a.valueType()).orElseThrow().name()
              + "(list.get(i), at(at, \""
              + a.name()
              + "/\" + i));");
      line(indent + "}");
    } else {
      line(indent + "for (" + element + " e : " + get + ") {");
      line(indent + "  " + element(a) + ";");
      line(indent + "}");
    }
    line(indent + "g.writeEndArray();");
    if (!a.required()) {
      line("    }");
    }
  }

  private static String element(Attribute a) {
    return switch (a.kind()) {
      case STRING -> "g.writeString(e)";
      case INTEGER -> "g.writeNumber(e)";
      case BOOLEAN -> "g.writeBoolean(e)";
      case CODED, CODE -> "g.writeString(e.getCode())";
      case PARSED -> "g.writeString(e.toString())";
      case TEXT, OBJECT -> throw new IllegalStateException("not a scalar");
    };
  }

  private void line(String s) {
    body.append(s).append('\n');
  }
}
