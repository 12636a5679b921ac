/**
 * Immutables encodings of the model's container attributes, used at compile time only.
 *
 * <p>The builders that Immutables generates for {@code List}, {@code Set}, {@code Map} and {@code
 * Optional} attributes dereference an {@code Iterable}, an array, a {@code Map}, a {@code
 * Map.Entry} or an {@code Optional} argument without checking it, so a null fails with a bare
 * NullPointerException from inside the generated code. These encodings replace that code: every
 * builder method, {@code with*} method and {@code copyOf} checks each argument first and throws
 * {@code vn.massorg.governance.model.InvalidRecordException} naming the attribute (the placeholder
 * {@code "<*>"} in their strings becomes the attribute's name). They keep the builders' method
 * names and the cost of the code they replace: one list, set or map per attribute, filled element
 * by element, copied once when the value is built.
 *
 * <p>They take effect through the generated {@code *Enabled} annotations, which {@code
 * vn.massorg.governance.model.ModelStyle} carries. Their code is copied into the generated classes,
 * so nothing of this package is needed at run time.
 *
 * <p>Depends on: the JDK, Immutables' encode annotations (compile time), and, in the code it
 * contributes, governance-core's {@code InvalidRecordException}, named in full in that code and in
 * nothing else: this module's build only runs Immutables over these sources (the code is compiled
 * and type-checked where it is copied to, in governance-core, against the real class), so it needs
 * no copy of it. Must not depend on anything else: the code runs inside the model.
 */
package vn.massorg.governance.encoding;
