package vn.massorg.governance.format.generator;

import java.util.ArrayList;
import java.util.List;
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
    JavaSource source = new JavaSource(pkg);
    source.imports("java.util.List");
    List<String> bindings = new ArrayList<>();
    for (ObjectType type : model.objects()) {
      source.imports(type.type().getName());
      String simple = type.type().getSimpleName();
      if (type.type() == model.root()) {
        bindings.add(
            "new Binding<>(" + simple + ".class, ModelReader::document, ModelWriter::document)");
      } else {
        bindings.add(
            "new Binding<>("
                + simple
                + ".class, ModelReader::"
                + type.name()
                + ", (w, v) -> w."
                + type.name()
                + "(v, null))");
      }
    }
    source.imports(BilingualText.class.getName());
    bindings.add(
        "new Binding<>(BilingualText.class, ModelReader::text, (w, v) -> w.text(v, null))");
    for (Class<?> value : model.values()) {
      source.imports(value.getName());
      String simple = value.getSimpleName();
      bindings.add(
          switch (FormatModel.kindOf(value).orElseThrow()) {
            case CODED -> "Binding.coded(" + simple + ".class)";
            case CODE -> "Binding.stringForm(" + simple + ".class, " + simple + "::of)";
            case PARSED -> "Binding.stringForm(" + simple + ".class, " + simple + "::parse)";
            default -> throw new IllegalStateException(simple + ": not a value with a string form");
          });
    }
    source.line("          " + String.join(",\n          ", bindings) + ");");
    return source.file(
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
  }
}
