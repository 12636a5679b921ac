/**
 * Compile time only: the Immutables encodings with which governance-core's generated builders
 * reject null arguments by name. A named module so that governance-core can require it (static)
 * from its classes directory as well as from its jar.
 */
module vn.massorg.governance.encoding {
  requires static org.immutables.encode;

  exports vn.massorg.governance.encoding;
}
