package vn.massorg.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.Finding;
import vn.massorg.governance.validation.ValidationReport;

/**
 * The Jackson module of the whole model: a streaming serializer and deserializer, generated from
 * the model, for every model type, value form and code list, in the exchange format (a {@link
 * MeetingRecord} is a whole document, with its format name and version), and a serializer for
 * validation reports and findings in the form of {@link GovernanceJson#writeReport}.
 *
 * <p>Found by {@code ObjectMapper.findAndRegisterModules()} through {@link java.util.ServiceLoader}
 * (a {@code META-INF/services} entry and a {@code provides} clause), or registered by hand:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new GovernanceModule()).build();
 * MeetingRecord record = mapper.readValue(json, MeetingRecord.class);
 * }</pre>
 *
 * <p>Register it one way, not both. The deserializers are strict whatever the mapper's settings:
 * unknown members, wrong scalar types and nulls end in {@link GovernanceJsonException}. The
 * mapper's own settings (duplicate keys, limits, trailing tokens) are the application's; for
 * untrusted input use {@link GovernanceJson}, which applies the library's.
 *
 * <p>This class is thread-safe once registered.
 */
public final class GovernanceModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Version VERSION = readVersion();

  /** Creates the module. */
  public GovernanceModule() {
    super("GovernanceModule", VERSION);
    for (Binding<?> binding : ModelBindings.ALL) {
      add(binding);
    }
    // Reports are output: written in the one form of GovernanceJson.writeReport, never read.
    written(ValidationReport.class, ModelWriter::validationReport);
    written(Finding.class, ModelWriter::finding);
  }

  private <T> void add(Binding<T> binding) {
    Class<T> type = binding.type();
    Binding.Read<T> read = binding.read();
    addDeserializer(
        type,
        new StdDeserializer<T>(type) {
          private static final long serialVersionUID = 1L;

          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read.read(new ModelReader(p, false));
          }
        });
    written(type, binding.write());
  }

  private <T> void written(Class<T> type, Binding.Write<T> write) {
    addSerializer(
        type,
        new StdSerializer<T>(type) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider provider)
              throws IOException {
            write.write(new ModelWriter(g, null), value);
          }
        });
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = GovernanceModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version"), "vn.massorg", "governance-json");
  }
}
