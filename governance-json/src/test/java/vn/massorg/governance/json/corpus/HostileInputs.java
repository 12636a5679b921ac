package vn.massorg.governance.json.corpus;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.massorg.governance.json.HostileCorpus;

/**
 * The hostile-input corpus of the JSON module ({@code HostileCorpus}) for the tests of other
 * modules: every case, with its name, its input made afresh as it is read, and the code the
 * library's own reader must end in.
 *
 * <p>A package of its own, not {@code HostileCorpus} itself: the command line's tests compile as
 * the named module of governance-examples, which reads governance-json's module, and a test-jar
 * class in that module's package {@code vn.massorg.governance.json} would split it.
 */
public final class HostileInputs {
  private HostileInputs() {}

  /**
   * Every case of the corpus, in its order.
   *
   * @return the cases, not null
   */
  public static List<Input> all() {
    return HostileCorpus.cases().stream()
        .map(c -> new Input(c.name(), c::open, c.code(), c.isLenient()))
        .collect(Collectors.toUnmodifiableList());
  }

  /** One kind of bad input. */
  public static final class Input {
    private final String name;
    private final Supplier<InputStream> input;
    private final String code;
    private final boolean lenient;

    Input(String name, Supplier<InputStream> input, String code, boolean lenient) {
      this.name = Objects.requireNonNull(name, "name");
      this.input = Objects.requireNonNull(input, "input");
      this.code = Objects.requireNonNull(code, "code");
      this.lenient = lenient;
    }

    /**
     * What the case is, in a few words.
     *
     * @return the name, not null
     */
    public String name() {
      return name;
    }

    /**
     * The input, made as it is read: huge cases are never held in memory.
     *
     * @return a new stream, not null
     */
    public InputStream open() {
      return input.get();
    }

    /**
     * The {@code format.*} code the library's reader ends in (the lenient reader when {@link
     * #isLenient()}; the strict one may refuse the input earlier, with another code).
     *
     * @return the code, not null
     */
    public String code() {
      return code;
    }

    /**
     * Whether the case is meant for the lenient reader.
     *
     * @return true for the lenient reader
     */
    public boolean isLenient() {
      return lenient;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
