/**
 * JMH benchmarks of the library against the two ways a user could do without it: plain Jackson into
 * Java records (the baseline, {@code plain}), and a JSON Schema validator (networknt) with the
 * library's shipped schema. Also the synthetic "large" meeting, the archive's scaling under a small
 * heap and the command line's cold start ({@code process}).
 *
 * <p>Uses only the library's public API. Nothing in the library depends on this module, which is
 * built only with the {@code bench} profile; see {@code docs/benchmarks.md}.
 */
package vn.massorg.governance.benchmarks;
