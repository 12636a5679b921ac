/**
 * The benchmarks' baseline: plain Java records of the same shape as the JSON form, bound with a
 * plain Jackson mapper. Depends on Jackson alone; nothing in the library depends on it.
 */
package vn.massorg.governance.benchmarks.plain;
