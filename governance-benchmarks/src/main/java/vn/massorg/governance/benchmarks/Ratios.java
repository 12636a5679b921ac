package vn.massorg.governance.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH result file ({@code -rf json}) of {@link MeetingBenchmarks} into the table of
 * docs/benchmarks.md: throughput per method and document, then each goal's ratio, computed from the
 * same run. A goal's ratio is a quotient of two throughputs (or of two times per operation, for
 * "validate alone against read"), each with its own ± from JMH's 99.9% interval; the ratio's range
 * divides the bounds crosswise.
 *
 * <p>Usage: {@code Ratios results.json}.
 */
public final class Ratios {
  private Ratios() {}

  /**
   * Prints the tables.
   *
   * @param args the JMH result file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(new File(args[0]));
    Map<String, Map<String, double[]>> byDocument = new LinkedHashMap<>();
    Map<String, Map<String, Double>> allocation = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String name = result.get("benchmark").asText();
      if (!name.startsWith(MeetingBenchmarks.class.getName() + ".")) {
        continue;
      }
      String method = name.substring(name.lastIndexOf('.') + 1);
      String document = result.path("params").path("document").asText();
      JsonNode metric = result.get("primaryMetric");
      byDocument
          .computeIfAbsent(document, d -> new LinkedHashMap<>())
          .put(
              method,
              new double[] {metric.get("score").asDouble(), metric.get("scoreError").asDouble()});
      JsonNode secondary = result.path("secondaryMetrics");
      JsonNode norm =
          secondary.has("gc.alloc.rate.norm")
              ? secondary.get("gc.alloc.rate.norm")
              : secondary.path("\u00b7gc.alloc.rate.norm");
      if (!norm.isMissingNode()) {
        allocation
            .computeIfAbsent(document, d -> new LinkedHashMap<>())
            .put(method, norm.get("score").asDouble());
      }
    }
    List<String> methods =
        List.of(
            "plainRead",
            "read",
            "readAndValidate",
            "schemaReadAndValidate",
            "validate",
            "plainWrite",
            "write",
            "plainWriteSha256",
            "digest");
    StringBuilder header = new StringBuilder("| method |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String document : byDocument.keySet()) {
      header.append(" ").append(document).append(" ops/s | ").append(document).append(" µs/op |");
      rule.append("---:|---:|");
      if (allocation.containsKey(document)) {
        header.append(" ").append(document).append(" KB alloc/op |");
        rule.append("---:|");
      }
    }
    System.out.println(header);
    System.out.println(rule);
    for (String method : methods) {
      StringBuilder row = new StringBuilder("| ").append(method).append(" |");
      for (String document : byDocument.keySet()) {
        double[] s = byDocument.get(document).get(method);
        if (s == null) {
          row.append(" – | – |");
        } else {
          row.append(
              String.format(
                  Locale.ROOT,
                  " %,.0f%s | %.1f |",
                  s[0],
                  Double.isNaN(s[1]) ? "" : String.format(Locale.ROOT, " ± %,.0f", s[1]),
                  1e6 / s[0]));
        }
        if (allocation.containsKey(document)) {
          Double bytes = allocation.get(document).get(method);
          row.append(bytes == null ? " – |" : String.format(Locale.ROOT, " %.1f |", bytes / 1024));
        }
      }
      System.out.println(row);
    }
    System.out.println();
    System.out.println("| goal, document | ratio (range) | target |");
    System.out.println("|---|---:|---|");
    for (String document : byDocument.keySet()) {
      Map<String, double[]> s = byDocument.get(document);
      ratio(
          document,
          "1. read / plainRead (throughput)",
          s.get("read"),
          s.get("plainRead"),
          ">= 0.90");
      ratio(
          document,
          "2. readAndValidate / schemaReadAndValidate (throughput)",
          s.get("readAndValidate"),
          s.get("schemaReadAndValidate"),
          ">= 2.00");
      ratio(document, "3. validate time / read time", s.get("read"), s.get("validate"), "<= 1.00");
      ratio(
          document,
          "4. write / plainWrite (throughput)",
          s.get("write"),
          s.get("plainWrite"),
          "(none)");
      ratio(
          document,
          "4. digest / plainWriteSha256 (throughput)",
          s.get("digest"),
          s.get("plainWriteSha256"),
          "(none)");
      ratio(
          document,
          "(context) readAndValidate / plainRead (throughput)",
          s.get("readAndValidate"),
          s.get("plainRead"),
          "(none)");
    }
  }

  /** Prints a / b with the crosswise range of the bounds. */
  private static void ratio(String document, String goal, double[] a, double[] b, String target) {
    if (a == null || b == null) {
      return;
    }
    double ratio = a[0] / b[0];
    String range = "";
    if (!Double.isNaN(a[1]) && !Double.isNaN(b[1])) {
      double low = Math.max(0, a[0] - a[1]) / (b[0] + b[1]);
      double high = (a[0] + a[1]) / Math.max(1e-9, b[0] - b[1]);
      range = String.format(Locale.ROOT, " (%.2f–%.2f)", low, high);
    }
    System.out.printf(
        Locale.ROOT, "| %s, %s | %.2f%s | %s |%n", goal, document, ratio, range, target);
  }
}
