package vn.massorg.governance.encoding;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Writes, for each value type of the model (an {@code @Value.Immutable} type with {@code
 * vn.massorg.governance.model.ModelStyle}), the class that puts every text it stores into Unicode
 * NFC: {@code PersonNfc} beside {@code Person}. {@code vn.massorg.governance.model.ModelValue},
 * which every such type extends, runs it on each value made (after the type's own check).
 *
 * <p>Why not an Immutables encoding for {@code String}, as the null-safe ones are: Immutables
 * counts an encoded attribute as never required ({@code ValueAttribute.isMandatory()} excludes
 * encodings), so a required {@code String} would drop out of the names of missing attributes that a
 * builder's {@code build()} reports ("[bodyId, kind, title]" became "[kind, title]"), and its style
 * option for normalising attribute values ({@code immutableCopyOfRoutines}) skips strings. Reading
 * the types here keeps Immutables' own code for strings, and so its messages, unchanged.
 *
 * <p>Each attribute that holds text is one of: {@code String}, {@code Optional<String>}, {@code
 * List<String>}, {@code Set<String>}, or a {@code Map} with {@code String} keys or values (or
 * both). Text anywhere else in an attribute's type ({@code Optional<List<String>>}, a {@code
 * String[]}) stops the build naming the accessor: it is a new form of text that needs its rule
 * written here, not a default. The generated code uses only the types' public builders and
 * accessors and the JDK, and refuses a text with a lone surrogate by {@code
 * InvalidRecordException}, naming the attribute.
 *
 * <p>Text already in NFC (nearly all of it) costs one scan of its characters: no allocation, no
 * look at Unicode's tables. Other text makes one new value, built from the old with every text
 * normalised.
 */
public final class NfcProcessor extends AbstractProcessor {
  private static final String MODEL_STYLE = "vn.massorg.governance.model.ModelStyle";
  private static final String MODEL_VALUE = "vn.massorg.governance.model.ModelValue";
  private static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  private static final String DEFAULT = "org.immutables.value.Value.Default";
  private static final String DERIVED = "org.immutables.value.Value.Derived";
  private static final String LAZY = "org.immutables.value.Value.Lazy";

  /** The types already written: a round sees an annotated type once, but be sure. */
  private final Set<String> written = new LinkedHashSet<>();

  /** Creates the processor; javac does, from its service entry. */
  public NfcProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(MODEL_STYLE);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (e instanceof TypeElement) {
          process((TypeElement) e);
        } else if (e instanceof PackageElement) {
          for (TypeElement t : ElementFilter.typesIn(e.getEnclosedElements())) {
            process(t);
          }
        }
      }
    }
    // Not claimed: Immutables reads the same types.
    return false;
  }

  private void process(TypeElement type) {
    if (!has(type, IMMUTABLE) || !written.add(type.getQualifiedName().toString())) {
      return;
    }
    if (type.getNestingKind().isNested()) {
      error(type, "a value type of the model must be a top-level class: " + type);
      return;
    }
    if (!extendsModelValue(type)) {
      error(
          type,
          type.getSimpleName()
              + " must extend ModelValue<"
              + type.getSimpleName()
              + ">, which normalises its texts to NFC (docs/design/values.md)");
      return;
    }
    List<Text> texts = new ArrayList<>();
    for (ExecutableElement m :
        ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(type))) {
      Text text = text(type, m);
      if (text != null) {
        texts.add(text);
      }
    }
    write(type, texts);
  }

  private boolean extendsModelValue(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) superclass;
    return ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(MODEL_VALUE)
        && declared.getTypeArguments().size() == 1
        && processingEnv
            .getTypeUtils()
            .isSameType(
                processingEnv.getTypeUtils().erasure(declared.getTypeArguments().get(0)),
                processingEnv.getTypeUtils().erasure(type.asType()));
  }

  /** The attribute's text, or null if the method is not an attribute or holds no text. */
  private Text text(TypeElement type, ExecutableElement m) {
    Set<Modifier> modifiers = m.getModifiers();
    if (modifiers.contains(Modifier.STATIC)
        || modifiers.contains(Modifier.PRIVATE)
        || !m.getParameters().isEmpty()
        || !m.getTypeParameters().isEmpty()
        || m.getReturnType().getKind() == TypeKind.VOID
        || ((TypeElement) m.getEnclosingElement())
            .getQualifiedName()
            .contentEquals("java.lang.Object")) {
      return null;
    }
    boolean computed = has(m, DERIVED) || has(m, LAZY);
    boolean settable = modifiers.contains(Modifier.ABSTRACT) || has(m, DEFAULT);
    if (!settable && !computed) {
      return null;
    }
    TypeMirror result =
        ((ExecutableType) processingEnv.getTypeUtils().asMemberOf((DeclaredType) type.asType(), m))
            .getReturnType();
    if (!holdsText(result)) {
      return null;
    }
    String where = type.getSimpleName() + "." + m.getSimpleName() + "()";
    if (computed) {
      error(
          m,
          where
              + " computes text that no builder sets, so its NFC form cannot be made here: store"
              + " the text as an attribute instead");
      return null;
    }
    Form form = form(result);
    if (form == null) {
      error(
          m,
          where
              + " holds text in a form ("
              + result
              + ") that NfcProcessor has no rule for: add one there (String, Optional<String>,"
              + " List<String>, Set<String> and Map with String keys or values have one)");
      return null;
    }
    return new Text(m.getSimpleName().toString(), name(m.getSimpleName().toString()), form);
  }

  /** The attribute's name as Immutables gives it with the style's "get*" and "is*". */
  private static String name(String accessor) {
    for (String prefix : new String[] {"get", "is"}) {
      if (accessor.length() > prefix.length()
          && accessor.startsWith(prefix)
          && Character.isUpperCase(accessor.charAt(prefix.length()))) {
        String rest = accessor.substring(prefix.length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return accessor;
  }

  private Form form(TypeMirror t) {
    if (isString(t)) {
      return Form.TEXT_ONLY;
    }
    if (t.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType d = (DeclaredType) t;
    String raw = ((TypeElement) d.asElement()).getQualifiedName().toString();
    List<? extends TypeMirror> args = d.getTypeArguments();
    switch (raw) {
      case "java.util.Optional":
        return isString(args.get(0)) ? Form.OPTIONAL : null;
      case "java.util.List":
        return isString(args.get(0)) ? Form.LIST : null;
      case "java.util.Set":
        return isString(args.get(0)) ? Form.SET : null;
      case "java.util.Map":
        TypeMirror key = args.get(0);
        TypeMirror value = args.get(1);
        if (isString(key) && isString(value)) {
          return Form.MAP_BOTH;
        }
        if (isString(key) && !holdsText(value)) {
          return Form.MAP_KEYS;
        }
        if (isString(value) && !holdsText(key)) {
          return Form.MAP_VALUES;
        }
        return null;
      default:
        return null;
    }
  }

  private static boolean isString(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) t).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.String");
  }

  /**
   * Whether a {@code String} occurs anywhere in the type. A model type (BilingualText) holds text
   * too, but normalises its own; only strings stored by this type are its texts.
   */
  private static boolean holdsText(TypeMirror t) {
    switch (t.getKind()) {
      case DECLARED:
        if (isString(t)) {
          return true;
        }
        for (TypeMirror arg : ((DeclaredType) t).getTypeArguments()) {
          if (holdsText(arg)) {
            return true;
          }
        }
        return false;
      case ARRAY:
        return holdsText(((ArrayType) t).getComponentType());
      case WILDCARD:
        WildcardType w = (WildcardType) t;
        return (w.getExtendsBound() != null && holdsText(w.getExtendsBound()))
            || (w.getSuperBound() != null && holdsText(w.getSuperBound()));
      default:
        return false;
    }
  }

  private static boolean has(Element e, String annotation) {
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(annotation)) {
        return true;
      }
    }
    return false;
  }

  private void error(Element e, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, e);
  }

  private void write(TypeElement type, List<Text> texts) {
    String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    String simple = type.getSimpleName().toString();
    String name = simple + "Nfc";
    StringBuilder check = new StringBuilder();
    StringBuilder rebuild = new StringBuilder();
    Set<String> helpers = new LinkedHashSet<>();
    for (Text t : texts) {
      check
          .append(check.length() == 0 ? "" : "\n        && ")
          .append(t.form.check)
          .append("(v.")
          .append(t.accessor)
          .append("(), \"")
          .append(t.name)
          .append("\")");
      rebuild
          .append("\n        .")
          .append(t.name)
          .append('(')
          .append(t.form.normalise)
          .append("(v.")
          .append(t.accessor)
          .append(t.form.named ? "(), \"" + t.name + "\"))" : "()))");
      helpers.addAll(List.of(t.form.helpers));
    }
    String body =
        texts.isEmpty()
            ? "    return value;\n"
            : BODY.replace("$type", simple).replace("$check", check).replace("$rebuild", rebuild);
    String source =
        CLASS
            .replace("$package", pkg)
            .replace("$type", simple)
            .replace("$none", texts.isEmpty() ? " It has no text." : "")
            .replace("$body", body)
            .replace("$helpers", String.join("", helpers));
    try (Writer w =
        processingEnv.getFiler().createSourceFile(pkg + "." + name, type).openWriter()) {
      w.write(source);
    } catch (IOException e) {
      error(type, "cannot write " + pkg + "." + name + ": " + e);
    }
  }

  /** An attribute that holds text: its accessor, its name (the builder's), its form. */
  private static final class Text {
    final String accessor;
    final String name;
    final Form form;

    Text(String accessor, String name, Form form) {
      this.accessor = accessor;
      this.name = name;
      this.form = form;
    }
  }

  private static final String CLASS =
      """
      package $package;

      /**
       * The texts of {@link $type} in NFC, run by vn.massorg.governance.model.ModelValue on every
       * value made. Written by vn.massorg.governance.encoding.NfcProcessor from the type's
       * attributes: do not edit.$none
       */
      final class $typeNfc implements java.util.function.UnaryOperator<Object> {
        @Override
        public Object apply(Object value) {
      $body  }
      $helpers}
      """;

  // The accessors are called again to rebuild, not kept from the check: an Optional that escaped
  // into the rare branch could no longer be elided on the common one.
  private static final String BODY =
      """
          $type v = ($type) value;
          if ($check) {
            return v;
          }
          return Immutable$type.builder()
              .from(v)$rebuild
              .build();
      """;

  /**
   * The rule for one text, which every form uses: the fast path, the refusal of a lone surrogate,
   * then Unicode's own check and normalisation.
   */
  private static final String TEXT =
      """

        /**
         * Whether a text is in NFC. A text with a lone surrogate is not Unicode text (written as
         * UTF-8 it would turn into "?"): refused, named. The fast path never meets one.
         */
        private static boolean isNfc(String text, String name) {
          if (isPlainlyNfc(text)) {
            return true;
          }
          for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))) {
              i++;
            } else if (Character.isSurrogate(c)) {
              String at = String.format("U+%04X", (int) c);
              throw new vn.massorg.governance.model.InvalidRecordException(
                  "'" + name + "' có ký tự thay thế (surrogate) đơn lẻ " + at + " ở vị trí " + i
                      + ": không phải văn bản Unicode",
                  "'" + name + "' has a lone surrogate " + at + " at index " + i
                      + ": not Unicode text");
            }
          }
          return java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC);
        }

        /**
         * Whether a text is NFC without a look at Unicode's tables: it has only characters that are
         * NFC whatever follows them, those below U+0300 (where the combining marks start), the
         * precomposed Vietnamese letters U+1E00-U+1EFF and the punctuation U+2010-U+2027 (dashes,
         * quotation marks, bullets, ellipsis). That is nearly all Vietnamese text; false sends the
         * text to the full check.
         */
        private static boolean isPlainlyNfc(String text) {
          for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\\u0300' && (c < '\\u1E00' || c > '\\u1EFF') && (c < '\\u2010' || c > '\\u2027')) {
              return false;
            }
          }
          return true;
        }

        /** The text in NFC: the text itself if it is. Its surrogates have been checked. */
        private static String nfc(String text) {
          return isPlainlyNfc(text)
              ? text
              : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        }
      """;

  private static final String OPTIONAL_TEXT =
      """

        private static boolean isNfc(java.util.Optional<String> text, String name) {
          return text.isEmpty() || isNfc(text.get(), name);
        }

        private static java.util.Optional<String> nfc(java.util.Optional<String> text) {
          return text.map(t -> nfc(t));
        }
      """;

  private static final String ALL_TEXTS =
      """

        private static boolean isNfcAll(java.util.Collection<String> texts, String name) {
          for (String t : texts) {
            if (!isNfc(t, name)) {
              return false;
            }
          }
          return true;
        }
      """;

  private static final String LIST_TEXTS =
      """

        private static java.util.List<String> nfc(java.util.List<String> texts) {
          java.util.List<String> out = new java.util.ArrayList<>(texts.size());
          for (String t : texts) {
            out.add(nfc(t));
          }
          return out;
        }
      """;

  private static final String SET_TEXTS =
      """

        /** Two texts that differ only in their form are one text: the set keeps it once. */
        private static java.util.Set<String> nfc(java.util.Set<String> texts) {
          java.util.Set<String> out = new java.util.LinkedHashSet<>();
          for (String t : texts) {
            out.add(nfc(t));
          }
          return out;
        }
      """;

  private static final String KEY_TEXTS =
      """

        private static boolean isNfcKeys(java.util.Map<String, ?> map, String name) {
          return isNfcAll(map.keySet(), name);
        }

        /**
         * Two keys that differ only in their form would be one key with two values: refused, as no
         * map can hold both and neither may be dropped silently.
         */
        private static <V> java.util.Map<String, V> nfcKeys(java.util.Map<String, V> map, String name) {
          java.util.Map<String, V> out = new java.util.LinkedHashMap<>();
          for (java.util.Map.Entry<String, V> e : map.entrySet()) {
            String key = nfc(e.getKey());
            if (out.containsKey(key)) {
              throw new vn.massorg.governance.model.InvalidRecordException(
                  "'" + name + "' có hai khoá chỉ khác nhau ở dạng chuẩn hoá Unicode: \\"" + key + "\\"",
                  "'" + name + "' has two keys that differ only in their Unicode normalisation form: \\""
                      + key + "\\"");
            }
            out.put(key, e.getValue());
          }
          return out;
        }
      """;

  private static final String VALUE_TEXTS =
      """

        private static boolean isNfcValues(java.util.Map<?, String> map, String name) {
          return isNfcAll(map.values(), name);
        }

        private static <K> java.util.Map<K, String> nfcValues(java.util.Map<K, String> map) {
          java.util.Map<K, String> out = new java.util.LinkedHashMap<>();
          for (java.util.Map.Entry<K, String> e : map.entrySet()) {
            out.put(e.getKey(), nfc(e.getValue()));
          }
          return out;
        }
      """;

  private static final String KEY_AND_VALUE_TEXTS =
      """

        private static boolean isNfcKeysAndValues(java.util.Map<String, String> map, String name) {
          return isNfcKeys(map, name) && isNfcValues(map, name);
        }

        private static java.util.Map<String, String> nfcKeysAndValues(
            java.util.Map<String, String> map, String name) {
          return nfcValues(nfcKeys(map, name));
        }
      """;

  /** The forms of text an attribute can have: the check, the normalisation and their helpers. */
  private enum Form {
    TEXT_ONLY("isNfc", "nfc", false, TEXT),
    OPTIONAL("isNfc", "nfc", false, TEXT, OPTIONAL_TEXT),
    LIST("isNfcAll", "nfc", false, TEXT, ALL_TEXTS, LIST_TEXTS),
    SET("isNfcAll", "nfc", false, TEXT, ALL_TEXTS, SET_TEXTS),
    MAP_KEYS("isNfcKeys", "nfcKeys", true, TEXT, ALL_TEXTS, KEY_TEXTS),
    MAP_VALUES("isNfcValues", "nfcValues", false, TEXT, ALL_TEXTS, VALUE_TEXTS),
    MAP_BOTH(
        "isNfcKeysAndValues",
        "nfcKeysAndValues",
        true,
        TEXT,
        ALL_TEXTS,
        KEY_TEXTS,
        VALUE_TEXTS,
        KEY_AND_VALUE_TEXTS);

    /** The helper that tells whether the attribute's texts are NFC (and refuses non-text). */
    final String check;

    /** The helper that gives the attribute's value with its texts in NFC. */
    final String normalise;

    /** Whether {@link #normalise} takes the attribute's name, for a message. */
    final boolean named;

    /** The helpers' code, each block written once per class. */
    final String[] helpers;

    Form(String check, String normalise, boolean named, String... helpers) {
      this.check = check;
      this.normalise = normalise;
      this.named = named;
      this.helpers = helpers;
    }
  }
}
