package vn.massorg.governance.format.generator;

import java.util.TreeSet;
import vn.massorg.governance.format.generator.FormatModel.Kind;
import vn.massorg.governance.format.generator.FormatModel.ObjectType;
import vn.massorg.governance.model.BilingualText;

/**
 * Writes {@code ModelBindings}: the list of the model's types with their reader and writer, for the
 * Jackson module to register, so that a new type needs no hand-written registration.
 */
final class BindingsGenerator {
  private final FormatModel model;
  private final String pkg;

  BindingsGenerator(FormatModel model, String pkg) {
    this.model = model;
    this.pkg = pkg;
  }

  String generate() {
    TreeSet<String> imports = new TreeSet<>();
    imports.add("java.util.List");
    StringBuilder body = new StringBuilder();
    for (ObjectType type : model.objects()) {
      imports.add(type.type().getName());
      String simple = type.type().getSimpleName();
      if (type.type() == model.root()) {
        body.append("          new Binding<>(")
            .append(simple)
            .append(".class, ModelReader::document, ModelWriter::document),\n");
      } else {
        body.append("          new Binding<>(")
            .append(simple)
            .append(".class, ModelReader::")
            .append(type.name())
            .append(", (w, v) -> w.")
            .append(type.name())
            .append("(v, null)),\n");
      }
    }
    imports.add(BilingualText.class.getName());
    body.append(
        "          new Binding<>(BilingualText.class, ModelReader::text, (w, v) -> w.text(v, null)),\n");
    for (Class<?> value : model.values()) {
      imports.add(value.getName());
      String simple = value.getSimpleName();
      Kind kind = FormatModel.kindOf(value).orElseThrow();
      switch (kind) {
        case CODED -> body.append("          Binding.coded(").append(simple).append(".class),\n");
        case CODE ->
            body.append("          Binding.stringForm(")
                .append(simple)
                .append(".class, ")
                .append(simple)
                .append("::of),\n");
        case PARSED ->
            body.append("          Binding.stringForm(")
                .append(simple)
                .append(".class, ")
                .append(simple)
                .append("::parse),\n");
        default -> throw new IllegalStateException(simple + ": not a value with a string form");
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("package ").append(pkg).append(";\n\n");
    for (String i : imports) {
      out.append("import ").append(i).append(";\n");
    }
    out.append(
        """

        /**
         * The model's types with their JSON forms, for {@link GovernanceModule} to register:
         * generated from the model's types by governance-format-generator; do not edit.
         */
        final class ModelBindings {
          private ModelBindings() {}

          static final List<Binding<?>> ALL =
              List.of(
        """);
    body.setLength(body.length() - 2); // the last comma
    out.append(body);
    out.append(");\n}\n");
    return out.toString();
  }
}
