package vn.massorg.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.model.MeetingRecord;

/**
 * A record as indented JSON, for people: the library writes it into a generator with a pretty
 * printer, so the members, their order and values are those of its compact form, only whitespace
 * added. The library's own writer is compact, as an exchange format should be; {@code --json} and
 * the sample document are read by people too.
 */
final class PrettyJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private PrettyJson() {}

  static String of(MeetingRecord record) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator generator = FACTORY.createGenerator(out).setPrettyPrinter(printer)) {
      GovernanceJson.strict().write(record, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
