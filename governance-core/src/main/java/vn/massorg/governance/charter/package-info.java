/**
 * The charter (điều lệ) that parameterises the validation rules: thresholds, cadence, term length,
 * eligibility. It is data, so that each organisation supplies its own; {@link
 * vn.massorg.governance.charter.Charter#modelCharter()} carries the assumed figures of the model
 * association charter.
 *
 * <p>Depends on: the model. Must not depend on: the validation engine, Jackson or any JSON library.
 */
package vn.massorg.governance.charter;
