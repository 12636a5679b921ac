package vn.massorg.governance.format.generator;

import java.util.Optional;
import java.util.OptionalInt;
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
  private final JavaSource source;

  WriterGenerator(FormatModel model, String pkg) {
    this.model = model;
    this.source = new JavaSource(pkg);
  }

  String generate() {
    source.imports("java.io.IOException");
    source.imports("java.util.List");
    source.imports("java.util.Map");
    source.imports("com.fasterxml.jackson.core.JsonGenerator");
    source.imports("com.fasterxml.jackson.databind.JsonNode");
    for (ObjectType type : model.objects()) {
      method(type);
    }
    return source.file(
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
            .formatted(model.root().getSimpleName()));
  }

  private void method(ObjectType type) {
    boolean root = type.type() == model.root();
    String simple = type.type().getSimpleName();
    source.imports(type.type().getName());
    source.line("");
    if (root) {
      source.line("  void document(" + simple + " v, String version) throws IOException {");
      source.line("    String at = root();");
      source.line("    g.writeStartObject();");
      source.line("    g.writeStringField(\"format\", GovernanceJson.FORMAT);");
      source.line("    g.writeStringField(\"formatVersion\", version);");
    } else {
      source.line("  void " + type.name() + "(" + simple + " v, String at) throws IOException {");
      source.line("    g.writeStartObject();");
    }
    for (Attribute a : type.attributes()) {
      member(a);
    }
    source.line("    end(at);");
    source.line("  }");
  }

  private void member(Attribute a) {
    String n = "\"" + a.name() + "\"";
    String get = "v." + a.getter().getName() + "()";
    switch (a.cardinality()) {
      case ONE -> source.line("    " + one(a, n, get) + ";");
      case OPTIONAL -> {
        Class<?> returned = a.getter().getReturnType();
        if (returned != Optional.class && returned != OptionalInt.class) {
          source.line("    " + one(a, n, get) + ";"); // a @Value.Default: always there
        } else if (a.kind() == Kind.OBJECT) {
          source.line("    if (" + get + ".isPresent()) {");
          source.line("      " + one(a, n, get + ".get()") + ";");
          source.line("    }");
        } else {
          source.line("    " + optional(a, n, get) + ";");
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
      source.line("    texts(" + n + ", " + get + ", at);");
      return;
    }
    String element = a.valueType().getSimpleName();
    source.imports(a.valueType().getName());
    String indent = "    ";
    if (!a.required()) {
      source.line("    if (!" + get + ".isEmpty()) {");
      indent = "      ";
    }
    source.line(indent + "g.writeArrayFieldStart(" + n + ");");
    if (a.kind() == Kind.OBJECT) {
      source.line(indent + "List<" + element + "> list = " + get + ";");
      source.line(indent + "for (int i = 0; i < list.size(); i++) {");
      source.line(
          indent
              + "  "
              + model.object(a.valueType()).orElseThrow().name()
              + "(list.get(i), at(at, \""
              + a.name()
              + "/\" + i));");
      source.line(indent + "}");
    } else {
      source.line(indent + "for (" + element + " e : " + get + ") {");
      source.line(indent + "  " + element(a) + ";");
      source.line(indent + "}");
    }
    source.line(indent + "g.writeEndArray();");
    if (!a.required()) {
      source.line("    }");
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
}
