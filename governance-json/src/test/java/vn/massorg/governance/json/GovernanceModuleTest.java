package vn.massorg.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.MeetingKind;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.model.PartialDate;
import vn.massorg.governance.model.Person;
import vn.massorg.governance.model.PostKind;

/** The Jackson module: found by ServiceLoader, registrable by hand, strict whatever the mapper. */
class GovernanceModuleTest {

  @Test
  void serviceLoaderFindsTheModule() {
    List<Module> modules =
        ServiceLoader.load(Module.class).stream()
            .map(ServiceLoader.Provider::get)
            .collect(Collectors.toList());
    assertThat(modules).hasAtLeastOneElementOfType(GovernanceModule.class);
  }

  @Test
  void aMapperThatFindsAndRegistersModulesReadsAndWritesTheFormat() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    MeetingRecord record = Samples.everyAttribute();
    String text = mapper.writeValueAsString(record);
    assertThat(text).isEqualTo(GovernanceJson.strict().write(record));
    assertThat(mapper.readValue(text, MeetingRecord.class)).isEqualTo(record);
  }

  @Test
  void aMapperWithTheModuleRegisteredByHandReadsEachModelType() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new GovernanceModule()).build();
    Person ke = Samples.haiPhong().getPeople().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(ke), Person.class)).isEqualTo(ke);
    assertThat(mapper.writeValueAsString(PartialDate.parse("2020-10"))).isEqualTo("\"2020-10\"");
    assertThat(mapper.readValue("\"congress\"", MeetingKind.class)).isEqualTo(MeetingKind.CONGRESS);
    assertThat(mapper.readValue("\"vice-chairman\"", PostKind.class))
        .isEqualTo(PostKind.VICE_CHAIRMAN);
    assertThat(mapper.readValue("{\"vi\":\"Ban\",\"en\":\"Board\"}", BilingualText.class))
        .isEqualTo(BilingualText.of("Ban", "Board"));
  }

  @Test
  void theDeserializersAreStrictInAnyMapper() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    Throwable e =
        catchThrowable(
            () ->
                mapper.readValue(
                    Docs.with("/term/bodies/0/seats", "\"fifteen\""), MeetingRecord.class));
    assertThat(e).isInstanceOf(GovernanceJsonException.class);
    assertThat(((GovernanceJsonException) e).getPointer()).isEqualTo("/term/bodies/0/seats");
  }

  @Test
  void theModuleReportsItsVersion() {
    GovernanceModule module = new GovernanceModule();
    assertThat(module.getModuleName()).isEqualTo("GovernanceModule");
    assertThat(module.version().getArtifactId()).isEqualTo("governance-json");
    assertThat(module.version().getGroupId()).isEqualTo("vn.massorg");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }

  /**
   * With default typing, a ["class name", value] pair becomes an instance of any class named, the
   * way in of Jackson's gadget-chain vulnerabilities; without it, the pair stays a plain list.
   */
  @Test
  void theLibrarysMapperHasNoDefaultTyping() throws Exception {
    Object read =
        JsonSetup.Mapper.MAPPER.readValue(
            "[\"java.util.concurrent.atomic.AtomicBoolean\", true]", Object.class);
    assertThat(read).isEqualTo(List.of("java.util.concurrent.atomic.AtomicBoolean", true));
    assertThat(
            JsonSetup.Mapper.MAPPER
                .getDeserializationConfig()
                .getDefaultTyper(JsonSetup.Mapper.MAPPER.constructType(Object.class)))
        .isNull();
  }
}
