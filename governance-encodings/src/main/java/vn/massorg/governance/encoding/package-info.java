/**
 * Compile-time support for the model's generated classes: Immutables encodings of its container
 * attributes, and the annotation processor that writes each value type's NFC normaliser.
 *
 * <p>The builders that Immutables generates for {@code List}, {@code Set}, {@code Map} and {@code
 * Optional} attributes dereference an {@code Iterable}, an array, a {@code Map}, a {@code
 * Map.Entry} or an {@code Optional} argument without checking it, so a null fails with a bare
 * NullPointerException from inside the generated code. These encodings replace that code: every
 * builder method, {@code with*} method and {@code copyOf} checks each argument first and throws
 * {@code vn.massorg.governance.model.InvalidRecordException} naming the attribute (the placeholder
 * {@code "<*>"} in their strings becomes the attribute's name). They keep the builders' method
 * names and the cost of the code they replace: one list, set or map per attribute, filled element
 * by element, copied once when the value is built. They take effect through the generated {@code
 * *Enabled} annotations, which {@code vn.massorg.governance.model.ModelStyle} carries.
 *
 * <p>{@link vn.massorg.governance.encoding.NfcProcessor} puts every text the model stores into
 * Unicode NFC, by one rule for every type: it reads each value type's attributes and writes the
 * type's normaliser ({@code PersonNfc} beside {@code Person}), which {@code
 * vn.massorg.governance.model.ModelValue} runs on each value made. Every {@code String} is
 * normalised, identifiers included, whether alone, optional, in a list or a set, or a map's key or
 * value; a new text attribute needs no edit. It is not an encoding for {@code String}: Immutables
 * counts no encoded attribute as required, so a missing required {@code String} would drop out of
 * the builder's message that names the attributes not set (docs/design/values.md).
 *
 * <p>The code of both is copied into, or written beside, the generated classes, so nothing of this
 * package is needed at run time.
 *
 * <p>Depends on: the JDK (the processor on {@code javax.annotation.processing} and {@code
 * javax.lang.model}), Immutables' encode annotations (compile time), and, in the code it
 * contributes, governance-core's {@code InvalidRecordException}, named in full in that code and in
 * nothing else: this module's build only runs Immutables over the encodings' sources (the code is
 * compiled and type-checked where it is copied to, in governance-core, against the real class), so
 * it needs no copy of it. Must not depend on anything else: the code runs inside the model.
 */
package vn.massorg.governance.encoding;
