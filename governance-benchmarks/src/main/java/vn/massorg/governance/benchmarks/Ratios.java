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
 * <p>Several result files pool several runs ({@code Ratios run1.json run2.json run3.json}): the
 * throughput table gives the mean over the runs, and each goal's ratio is computed within each run,
 * against the baseline of the same run, then given as the mean of the runs' ratios with their
 * lowest and highest. On a noisy two-core machine one run's ratio is not a verdict.
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
    List<Map<String, Map<String, double[]>>> runs = new java.util.ArrayList<>();
    Map<String, Map<String, Double>> allocation = new LinkedHashMap<>();
    for (String file : args) {
      Map<String, Map<String, double[]>> run = new LinkedHashMap<>();
      read(new ObjectMapper().readTree(new File(file)), run, allocation);
      runs.add(run);
    }
    Map<String, Map<String, double[]>> byDocument = mean(runs);
    table(byDocument, allocation);
    System.out.println();
    System.out.println(
        "| goal, document | ratio, mean of " + runs.size() + " run(s) (lowest–highest) | target |");
    System.out.println("|---|---:|---|");
    for (String document : byDocument.keySet()) {
      goal(runs, document, "1. read / plainRead (throughput)", "read", "plainRead", ">= 0.95");
      goal(runs, document, "1. read / tokens (the floor)", "read", "tokens", "(measure)");
      goal(
          runs,
          document,
          "2. readAndValidate / plainRead (throughput)",
          "readAndValidate",
          "plainRead",
          ">= 0.80");
      goal(
          runs,
          document,
          "(context) readAndValidate / schemaReadAndValidate (throughput)",
          "readAndValidate",
          "schemaReadAndValidate",
          ">= 2.00");
      goal(runs, document, "(context) write / plainWrite (throughput)", "write", "plainWrite", "");
      goal(
          runs,
          document,
          "(context) digest / plainWriteSha256 (throughput)",
          "digest",
          "plainWriteSha256",
          "");
    }
  }

  /** One run's throughputs and allocations, by document and method. */
  private static void read(
      JsonNode results,
      Map<String, Map<String, double[]>> byDocument,
      Map<String, Map<String, Double>> allocation) {
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
  }

  /** The mean throughput of each method over the runs (the ± is the runs' largest). */
  private static Map<String, Map<String, double[]>> mean(
      List<Map<String, Map<String, double[]>>> runs) {
    Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
    for (Map<String, Map<String, double[]>> run : runs) {
      for (Map.Entry<String, Map<String, double[]>> d : run.entrySet()) {
        for (Map.Entry<String, double[]> m : d.getValue().entrySet()) {
          double[] sum =
              out.computeIfAbsent(d.getKey(), k -> new LinkedHashMap<>())
                  .computeIfAbsent(m.getKey(), k -> new double[3]);
          sum[0] += m.getValue()[0];
          sum[1] = Math.max(sum[1], m.getValue()[1]);
          sum[2]++;
        }
      }
    }
    for (Map<String, double[]> d : out.values()) {
      for (double[] v : d.values()) {
        v[0] /= v[2];
      }
    }
    return out;
  }

  private static void table(
      Map<String, Map<String, double[]>> byDocument, Map<String, Map<String, Double>> allocation) {
    List<String> methods =
        List.of(
            "tokens",
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
  }

  /** Prints a goal's ratio: within each run, then the mean, lowest and highest of the runs. */
  private static void goal(
      List<Map<String, Map<String, double[]>>> runs,
      String document,
      String goal,
      String a,
      String b,
      String target) {
    List<Double> ratios = new java.util.ArrayList<>();
    for (Map<String, Map<String, double[]>> run : runs) {
      Map<String, double[]> s = run.get(document);
      if (s != null && s.get(a) != null && s.get(b) != null) {
        ratios.add(s.get(a)[0] / s.get(b)[0]);
      }
    }
    if (ratios.isEmpty()) {
      return;
    }
    double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double low = ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double high = ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    System.out.printf(
        Locale.ROOT,
        "| %s, %s | %.2f (%.2f–%.2f) | %s |%n",
        goal,
        document,
        mean,
        low,
        high,
        target.isEmpty() ? "(none)" : target);
  }
}
