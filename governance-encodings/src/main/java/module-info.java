/**
 * Compile time only: the Immutables encodings with which governance-core's generated builders
 * reject null arguments by name, and the annotation processor that writes each model type's NFC
 * normaliser. A named module so that governance-core can require it (static) from its classes
 * directory as well as from its jar.
 */
module vn.massorg.governance.encoding {
  requires static org.immutables.encode;
  requires transitive java.compiler;

  exports vn.massorg.governance.encoding;

  provides javax.annotation.processing.Processor with
      vn.massorg.governance.encoding.NfcProcessor;
}
