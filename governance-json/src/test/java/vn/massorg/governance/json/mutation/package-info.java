/**
 * Test code: a mutation engine for documents of the exchange format. {@link
 * vn.massorg.governance.json.mutation.Mutations} takes a valid document and breaks it one way at a
 * time (a member deleted, added, retyped or written twice; a value emptied, lengthened, out of
 * range, of an odd date or threshold shape, escaped, with surrogates or control characters; the
 * bytes truncated or replaced), either as a deterministic enumeration of every operator at every
 * place or as a QuickTheories generator. The reliability properties of this module and a committed
 * corpus of mutants are built from it.
 *
 * <p>A package of its own so that a corpus can be built from it without the reader's test classes.
 * Depends on: Jackson trees ({@code jackson-databind}), QuickTheories and the core test generators
 * ({@code vn.massorg.governance.testing}). Must not depend on: the library's reader or writer, so
 * that what it makes is independent of what it tests.
 */
package vn.massorg.governance.json.mutation;
