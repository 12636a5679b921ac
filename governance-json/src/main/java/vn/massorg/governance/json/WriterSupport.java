package vn.massorg.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.CodeListValue;
import vn.massorg.governance.model.Coded;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.RuleSource;
import vn.massorg.governance.validation.ValidationReport;

/**
 * What the generated {@code ModelWriter} writes with: the value forms (a bilingual text, a code, a
 * string form, an optional scalar written only when present), the validation reports and their
 * findings, and the putting back of the members a lenient read kept. Hand-written; the per-type
 * methods are generated from the model (docs/design/format-generation.md).
 *
 * <p>Each method takes the JSON Pointer of the object it writes only when unknown members kept by a
 * lenient read must be put back ({@code at} is null otherwise, and no pointer is built).
 */
abstract class WriterSupport {
  final JsonGenerator g;
  private final Map<String, Map<String, JsonNode>> unknowns;

  WriterSupport(JsonGenerator generator, Map<String, Map<String, JsonNode>> unknowns) {
    this.g = generator;
    this.unknowns = unknowns == null || unknowns.isEmpty() ? null : unknowns;
  }

  final String root() {
    return unknowns == null ? null : "";
  }

  static String at(String parent, String name) {
    return parent == null ? null : parent + "/" + name;
  }

  // ---------------------------------------------------------------- value forms

  final void text(BilingualText t, String at) throws IOException {
    g.writeStartObject();
    g.writeStringField("vi", t.getVi());
    if (t.getEn().isPresent()) {
      g.writeStringField("en", t.getEn().get());
    }
    end(at);
  }

  final void text(String name, BilingualText t, String parent) throws IOException {
    g.writeFieldName(name);
    text(t, at(parent, name));
  }

  final void text(String name, Optional<BilingualText> t, String parent) throws IOException {
    if (t.isPresent()) {
      text(name, t.get(), parent);
    }
  }

  final void texts(String name, List<BilingualText> texts, String parent) throws IOException {
    if (texts.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (int i = 0; i < texts.size(); i++) {
      text(texts.get(i), at(parent, name + "/" + i));
    }
    g.writeEndArray();
  }

  final void string(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  final void integer(String name, Optional<Integer> value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.get());
    }
  }

  final void bool(String name, Optional<Boolean> value) throws IOException {
    if (value.isPresent()) {
      g.writeBooleanField(name, value.get());
    }
  }

  /** A value in its string form (a date, a period, a threshold), when present. */
  final void value(String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    }
  }

  final void integer(String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    }
  }

  /** A value in its string form, alone (a date, a period, a code). */
  void scalar(String value) throws IOException {
    g.writeString(value);
  }

  final void code(String name, CodeListValue value) throws IOException {
    g.writeStringField(name, value.getCode());
  }

  final void coded(String name, Coded value) throws IOException {
    g.writeStringField(name, value.getCode());
  }

  final void coded(String name, Optional<? extends Coded> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().getCode());
    }
  }

  final void code(String name, Optional<? extends CodeListValue> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().getCode());
    }
  }

  // ---------------------------------------------------------------- validation reports

  /**
   * A validation report: {@code {"valid": ..., "findings": [...]}}. {@code valid} is what {@link
   * ValidationReport#isValid()} says, written out so that a reader in any language need not know
   * which severities count as errors.
   */
  void validationReport(ValidationReport report) throws IOException {
    g.writeStartObject();
    validationReportMembers(report);
    g.writeEndObject();
  }

  /** The members of a validation report, into the object being written. */
  void validationReportMembers(ValidationReport report) throws IOException {
    g.writeBooleanField("valid", report.isValid());
    g.writeArrayFieldStart("findings");
    for (Finding finding : report.getFindings()) {
      finding(finding);
    }
    g.writeEndArray();
  }

  /**
   * A finding: code, severity code, path, message, source and arguments, all always present
   * (arguments may be an empty object). Arguments are written sorted by name, so that the same
   * finding is always the same text.
   */
  void finding(Finding finding) throws IOException {
    g.writeStartObject();
    findingMembers(finding);
    g.writeEndObject();
  }

  /** The members of a finding, into the object being written. */
  void findingMembers(Finding finding) throws IOException {
    g.writeStringField("code", finding.getCode());
    g.writeStringField("severity", finding.getSeverity().getCode());
    g.writeStringField("path", finding.getPath());
    g.writeFieldName("message");
    text(finding.getMessage(), null);
    RuleSource source = finding.getSource();
    g.writeObjectFieldStart("source");
    g.writeStringField("layer", source.getLayer().getCode());
    g.writeFieldName("citation");
    text(source.getCitation(), null);
    g.writeEndObject();
    g.writeObjectFieldStart("arguments");
    for (Map.Entry<String, String> argument : new TreeMap<>(finding.getArguments()).entrySet()) {
      g.writeStringField(argument.getKey(), argument.getValue());
    }
    g.writeEndObject();
  }

  /** Closes an object, first putting back the members a lenient read kept for it. */
  final void end(String at) throws IOException {
    if (at != null) {
      Map<String, JsonNode> extra = unknowns.get(at);
      if (extra != null) {
        for (Map.Entry<String, JsonNode> member : extra.entrySet()) {
          g.writeFieldName(member.getKey());
          // Through the mapper, which only a lenient read that kept members ever needs: the
          // generators are made by the factory, which has no codec.
          JsonSetup.Mapper.MAPPER.writeTree(g, member.getValue());
        }
      }
    }
    g.writeEndObject();
  }
}
