package vn.massorg.governance.format.generator;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of a class's methods in the order its source declares them, read from the class file.
 *
 * <p>The format writes members in the model's order, so the generator needs that order, and
 * reflection does not give it ({@code getDeclaredMethods()} is specified to return methods "in no
 * particular order", {@code getDeclaredFields()} fields likewise). javac writes the field and
 * method tables in source order; this reads those tables and nothing else: the constant pool only
 * far enough to name them, their attributes skipped by their lengths.
 */
final class DeclarationOrder {
  private DeclarationOrder() {}

  /**
   * The method names of a class, in declaration order, constructors and duplicates (overloads)
   * included.
   *
   * @param type a class loaded from a class file its loader can give back as a resource
   * @return the names, in order
   * @throws IllegalStateException if the class file cannot be found or is not a class file
   */
  static List<String> methods(Class<?> type) {
    return read(type, false);
  }

  /**
   * The field names of a class, in declaration order.
   *
   * @param type a class loaded from a class file its loader can give back as a resource
   * @return the names, in order
   * @throws IllegalStateException if the class file cannot be found or is not a class file
   */
  static List<String> fields(Class<?> type) {
    return read(type, true);
  }

  private static List<String> read(Class<?> type, boolean fields) {
    String resource = type.getName().replace('.', '/') + ".class";
    ClassLoader loader = type.getClassLoader();
    try (InputStream in =
        loader == null
            ? ClassLoader.getSystemResourceAsStream(resource)
            : loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no class file for " + type.getName());
      }
      return read(new DataInputStream(in), type.getName(), fields);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the class file of " + type.getName(), e);
    }
  }

  private static List<String> read(DataInputStream in, String name, boolean wantFields)
      throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IllegalStateException(name + ": not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++; // a long or a double takes two entries
        }
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        default -> throw new IllegalStateException(name + ": constant pool tag " + tag);
      }
    }
    in.skipNBytes(6); // access flags, this class, super class
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    List<String> fieldNames = new ArrayList<>(fields);
    for (int i = 0; i < fields; i++) {
      in.skipNBytes(2);
      fieldNames.add(utf8[in.readUnsignedShort()]);
      in.skipNBytes(2);
      skipAttributes(in);
    }
    if (wantFields) {
      return fieldNames;
    }
    int methods = in.readUnsignedShort();
    List<String> names = new ArrayList<>(methods);
    for (int i = 0; i < methods; i++) {
      in.skipNBytes(2);
      names.add(utf8[in.readUnsignedShort()]);
      in.skipNBytes(2);
      skipAttributes(in);
    }
    return names;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int i = 0; i < attributes; i++) {
      in.skipNBytes(2);
      in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
    }
  }
}
