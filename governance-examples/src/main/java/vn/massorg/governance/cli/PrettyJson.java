package vn.massorg.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Indents a JSON document for people, token for token: the same members in the same order with the
 * same values, only whitespace added. The library's writer is compact, as an exchange format should
 * be; {@code --json} and the sample document are read by people too.
 */
final class PrettyJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private PrettyJson() {}

  static String of(String compact) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    StringWriter out = new StringWriter(compact.length() * 2);
    try (JsonParser parser = FACTORY.createParser(compact);
        JsonGenerator generator = FACTORY.createGenerator(out).setPrettyPrinter(printer)) {
      parser.nextToken();
      generator.copyCurrentStructure(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
