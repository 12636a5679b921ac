/**
 * Measurements of whole processes, which JMH cannot make from inside one JVM: the command line's
 * cold start against a JVM that only parses with Jackson, and an archive streamed under a small
 * heap. Each runs its subjects as fresh JVMs and times them from the outside.
 */
package vn.massorg.governance.benchmarks.process;
