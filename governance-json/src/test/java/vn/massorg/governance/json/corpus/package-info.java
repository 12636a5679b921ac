/**
 * Test code: the hostile-input corpus of the JSON module, for the tests of other modules (the
 * command line's). A package of its own because {@code vn.massorg.governance.json} belongs to the
 * named module, whose test classes another module cannot see.
 *
 * <p>Depends on: the JSON module's test corpus. Must not depend on: anything outside this module's
 * tests and the JDK.
 */
package vn.massorg.governance.json.corpus;
