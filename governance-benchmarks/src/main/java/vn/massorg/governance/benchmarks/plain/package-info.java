/**
 * The benchmarks' baseline: plain Java records of the same shape as the JSON form, bound with a
 * plain Jackson mapper, and the copy of a model record into them. Depends on the model (to copy a
 * record) and on Jackson; nothing in the library depends on it.
 */
package vn.massorg.governance.benchmarks.plain;
