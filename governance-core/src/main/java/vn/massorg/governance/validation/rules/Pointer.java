package vn.massorg.governance.validation.rules;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** JSON Pointers (RFC 6901) into a record, from segments or from a Jakarta Validation path. */
public final class Pointer {
  private Pointer() {}

  /**
   * A pointer from segments: names and indexes.
   *
   * @param segments the segments
   * @return the pointer, "" for none
   */
  public static String of(Object... segments) {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      out.append('/').append(escape(String.valueOf(segment)));
    }
    return out.toString();
  }

  /**
   * The pointer of a constraint violation's property path: {@code meeting.agenda[0].title}
   * becomes {@code /meeting/agenda/0/title}; container element nodes ({@code <list element>})
   * give only their index.
   *
   * @param path the path
   * @return the pointer
   */
  public static String of(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        out.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        out.append('/').append(escape(String.valueOf(node.getKey())));
      }
      String name = node.getName();
      boolean element = node.getKind() == ElementKind.CONTAINER_ELEMENT
          || (name != null && name.startsWith("<"));
      if (name != null && !element && node.getKind() != ElementKind.BEAN) {
        out.append('/').append(escape(name));
      }
    }
    return out.toString();
  }

  static String escape(String segment) {
    return segment.indexOf('~') < 0 && segment.indexOf('/') < 0 ? segment
        : segment.replace("~", "~0").replace("/", "~1");
  }

  static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }
}
