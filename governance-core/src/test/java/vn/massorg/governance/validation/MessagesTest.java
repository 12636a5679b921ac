package vn.massorg.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule speaks Vietnamese and English, with the same placeholders in both. */
class MessagesTest {
  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (var in = MessagesTest.class.getResourceAsStream("/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static java.util.Set<String> placeholders(String template) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    var m = java.util.regex.Pattern.compile("\\{([a-zA-Z]+)\\}").matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Rule.class)
  void everyRuleHasItsMessages(Rule rule) throws Exception {
    Properties en = load("ContributorValidationMessages.properties");
    Properties vi = load("ContributorValidationMessages_vi.properties");
    java.util.List<String> keys = new java.util.ArrayList<>(java.util.List.of(rule.messageKey()));
    String notChecked = rule.messageKey() + ".not-checked";
    if (rule.canLackFacts()) {
      keys.add(notChecked);
    } else {
      assertThat(en).doesNotContainKey(notChecked);
      assertThat(vi).doesNotContainKey(notChecked);
    }
    for (String key : keys) {
      assertThat(en.getProperty(key)).as("en %s", key).isNotBlank();
      assertThat(vi.getProperty(key))
          .as("vi %s", key)
          .isNotBlank()
          .isNotEqualTo(en.getProperty(key));
      assertThat(placeholders(vi.getProperty(key)))
          .as(key)
          .isEqualTo(placeholders(en.getProperty(key)));
    }
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws Exception {
    assertThat(load("ContributorValidationMessages_vi.properties").keySet())
        .isEqualTo(load("ContributorValidationMessages.properties").keySet());
  }
}
