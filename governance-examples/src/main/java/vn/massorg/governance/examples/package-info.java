/**
 * Records built with the library's public API, as code a reader can copy: the seed meeting, {@link
 * vn.massorg.governance.examples.HaiPhongStandingCommitteeQ3_2020}, the Standing Committee meeting
 * of the Hai Phong Union of Science and Technology Associations for Q3 2020. Its JSON form is the
 * sample document {@code vn/massorg/governance/examples/hai-phong-2020-q3-standing-committee.json}
 * beside it.
 *
 * <p>Depends on: the model ({@code vn.massorg.governance.model}) only. Must not depend on: the
 * validation engine's internals, the JSON module, the command line.
 */
package vn.massorg.governance.examples;
