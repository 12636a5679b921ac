package vn.massorg.governance.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line, parsed: which command, in which language, in which form, on which files.
 *
 * <p>The grammar: {@code [show] [--json] [--lang vi|en]}, {@code validate [--format text|json]
 * [--lang vi|en] FILE...} and {@code --help}. Options may come before or after the command; {@code
 * --} ends the options, so that a file whose name starts with '-' can be named.
 */
final class Options {
  /** What to do. */
  enum Command {
    /** Build the seed meeting, validate it and print it. */
    SHOW,
    /** Read files, validate each record and print the findings. */
    VALIDATE,
    /** Print the usage. */
    HELP
  }

  /** How the validate command prints its reports. */
  enum Format {
    /** One line per finding, for people. */
    TEXT,
    /** A JSON document, for machines. */
    JSON
  }

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  final Command command;
  final Locale locale;
  final boolean json;
  final Format format;
  final List<String> files;

  private Options(Command command, Locale locale, boolean json, Format format, List<String> files) {
    this.command = command;
    this.locale = locale;
    this.json = json;
    this.format = format;
    this.files = List.copyOf(files);
  }

  /**
   * The language the arguments ask for, read before the full parse so that even a usage error is in
   * that language: Vietnamese unless {@code --lang en} is given.
   */
  static Locale localeOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if ("--".equals(args[i])) {
        break;
      }
      String value = null;
      if ("--lang".equals(args[i]) && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i] != null && args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null) {
        return "en".equals(value) ? Locale.ENGLISH : VIETNAMESE;
      }
    }
    return VIETNAMESE;
  }

  /**
   * Parses the arguments.
   *
   * @throws UsageException for anything the grammar does not allow, with a message key
   */
  static Options parse(String[] args) {
    Command command = null;
    Locale locale = VIETNAMESE;
    boolean json = false;
    Format format = null;
    boolean help = false;
    List<String> files = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg == null) {
        throw new UsageException("usage.null-argument");
      }
      if (optionsEnded || "-".equals(arg) || !arg.startsWith("-")) {
        if (command == null && !optionsEnded && !"-".equals(arg)) {
          command = command(arg);
        } else if (command == Command.VALIDATE) {
          files.add(arg);
        } else {
          throw new UsageException("usage.unexpected-argument", arg);
        }
        continue;
      }
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (name) {
        case "--" -> optionsEnded = true;
        case "--help", "-h" -> help = true;
        case "--json" -> {
          noValue(name, value);
          json = true;
        }
        case "--lang" -> {
          if (value == null) {
            value = valueAfter(args, ++i, name);
          }
          if (!"vi".equals(value) && !"en".equals(value)) {
            throw new UsageException("usage.bad-lang", value);
          }
          locale = "en".equals(value) ? Locale.ENGLISH : VIETNAMESE;
        }
        case "--format" -> {
          if (value == null) {
            value = valueAfter(args, ++i, name);
          }
          format =
              switch (value) {
                case "text" -> Format.TEXT;
                case "json" -> Format.JSON;
                default -> throw new UsageException("usage.bad-format", value);
              };
        }
        default -> throw new UsageException("usage.unknown-option", arg);
      }
    }
    if (help || command == Command.HELP) {
      return new Options(Command.HELP, locale, false, Format.TEXT, List.of());
    }
    if (command == null) {
      command = Command.SHOW;
    }
    if (command == Command.SHOW && format != null) {
      throw new UsageException("usage.format-needs-validate");
    }
    if (command == Command.VALIDATE && json) {
      throw new UsageException("usage.json-with-validate");
    }
    if (command == Command.VALIDATE && files.isEmpty()) {
      throw new UsageException("usage.no-files");
    }
    return new Options(command, locale, json, format == null ? Format.TEXT : format, files);
  }

  private static Command command(String word) {
    return switch (word) {
      case "show" -> Command.SHOW;
      case "validate" -> Command.VALIDATE;
      case "help" -> Command.HELP;
      default -> throw new UsageException("usage.unknown-command", word);
    };
  }

  private static String valueAfter(String[] args, int i, String name) {
    if (i >= args.length || args[i] == null) {
      throw new UsageException("usage.missing-value", name);
    }
    return args[i];
  }

  private static void noValue(String name, String value) {
    if (value != null) {
      throw new UsageException("usage.no-value-expected", name);
    }
  }

  /** A command line the grammar does not allow; the message is a key of the CLI's texts. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String key;
    final transient Object[] arguments;

    UsageException(String key, Object... arguments) {
      super(key, null, false, false);
      this.key = key;
      this.arguments = arguments.clone();
    }
  }
}
