package vn.massorg.governance.benchmarks.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;

/**
 * The reference process of the cold-start figure: a fresh JVM that only parses a JSON file with
 * plain Jackson and prints how many top-level fields it has, so that the parse cannot be skipped.
 * Nothing else is loaded.
 */
public final class ParseOnly {
  private ParseOnly() {}

  /**
   * Parses the file.
   *
   * @param args the file
   * @throws IOException if the file cannot be read or is not JSON
   */
  public static void main(String[] args) throws IOException {
    JsonNode tree = new ObjectMapper().readTree(new File(args[0]));
    System.out.println(tree.size());
  }
}
