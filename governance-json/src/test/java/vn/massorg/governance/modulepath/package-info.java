/**
 * A check that boots the library as named modules (JPMS), outside the module under test: only the
 * public API. Must not depend on anything but the exported packages.
 */
package vn.massorg.governance.modulepath;
