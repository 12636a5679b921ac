/**
 * The build-time generator of the JSON format's code: it reads the model's compiled types (their
 * accessors in declaration order, their builders, their annotations, their rules across attributes)
 * into a {@link vn.massorg.governance.format.generator.FormatModel} and writes governance-json's
 * reader, writer and Jackson bindings, and its JSON Schema, from it. Never on a user's class path.
 *
 * <p>Depends on: the model (governance-core), by reflection and by its class files; Jackson's tree
 * model, only to read the schema overlay and write the schema. Must not depend on: governance-json
 * (it writes that module's code, as text), the validation rules, the command line.
 */
package vn.massorg.governance.format.generator;
