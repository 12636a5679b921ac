package vn.massorg.governance.benchmarks.process;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import vn.massorg.governance.benchmarks.Documents;
import vn.massorg.governance.json.ArchiveEntry;
import vn.massorg.governance.json.ArchiveReader;
import vn.massorg.governance.json.ArchiveWriter;
import vn.massorg.governance.json.GovernanceJson;
import vn.massorg.governance.model.ImmutableMeeting;
import vn.massorg.governance.model.ImmutableMeetingRecord;
import vn.massorg.governance.model.MeetingRecord;
import vn.massorg.governance.validation.GovernanceValidator;
import vn.massorg.governance.validation.Severity;

/**
 * Streams an archive of the seed record, N times over as N meetings (each line's meeting has its
 * own identifier, see {@link RepeatingInputStream}), through the library's archive reader and the
 * standard validator's archive validation (each record's own rules and the rules across records),
 * in a fresh JVM with a 64 MB heap for each N; prints records per second and the heap.
 *
 * <p>Two heap figures: the most heap still in use right after a collection (the live set: what the
 * run must keep, which is what must not grow with N), and the sum of the heap pools' peaks (an
 * upper bound of the heap ever occupied, garbage included).
 *
 * <p>Usage: {@code ArchiveScaling [DOCUMENT] N...}; DOCUMENT is {@code seed} (default) or {@code
 * large}. Each run first streams the archive untimed for {@code -Darchive.warmup} seconds (15 by
 * default), so that every size is measured with the same compiled code. {@code -Darchive.threads=T}
 * (1 by default) reads with T threads ({@code openArchive(in, validator, T)}): the ratio of the
 * records per second with 2 and with 1 on this 2-core machine is the parallel read's speed-up.
 */
public final class ArchiveScaling {
  private static final String HEAP = "-Xmx64m";

  private ArchiveScaling() {}

  /**
   * Runs each size in its own JVM and prints the table.
   *
   * @param args optionally the document, then the sizes
   * @throws Exception if a child fails
   */
  public static void main(String[] args) throws Exception {
    List<String> sizes = new ArrayList<>(List.of(args));
    String document =
        sizes.isEmpty() || Character.isDigit(sizes.get(0).charAt(0)) ? "seed" : sizes.remove(0);
    if (sizes.isEmpty()) {
      sizes = List.of("10000", "100000", "1000000");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    int threads = Integer.getInteger("archive.threads", 1);
    System.out.printf(
        Locale.ROOT,
        "document %s, heap %s, threads %d, %s%n",
        document,
        HEAP,
        threads,
        Runtime.version());
    System.out.printf(
        Locale.ROOT,
        "%10s %10s %12s %16s %16s %8s %10s %8s%n",
        "records",
        "seconds",
        "records/s",
        "max live MB",
        "sum peaks MB",
        "GCs",
        "GC ms",
        "errors");
    for (String size : sizes) {
      Process child =
          new ProcessBuilder(
                  java,
                  HEAP,
                  "-Darchive.warmup=" + Long.getLong("archive.warmup", 15),
                  "-Darchive.threads=" + threads,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Child.class.getName(),
                  document,
                  size)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String line;
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        line = reader.readLine();
      }
      if (child.waitFor() != 0 || line == null) {
        throw new IllegalStateException("the run of " + size + " records failed");
      }
      System.out.println(line);
    }
  }

  /** One run, in its own JVM. */
  public static final class Child {
    /** Hibernate Validator's INFO line on first use would break the one-line output. */
    private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

    /** Seconds of untimed streaming before the measured run ({@code -Darchive.warmup=S}). */
    private static final long WARM_UP_SECONDS = Long.getLong("archive.warmup", 15);

    /** Threads that parse and validate ({@code -Darchive.threads=T}). */
    private static final int THREADS = Integer.getInteger("archive.threads", 1);

    private Child() {}

    /**
     * Streams the archive and prints one line of figures.
     *
     * @param args the document and the number of records
     * @throws Exception if the archive cannot be read
     */
    public static void main(String[] args) throws Exception {
      HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
      String document = args[0];
      long count = Long.parseLong(args[1]);
      GovernanceJson json = GovernanceJson.strict();
      GovernanceValidator validator = GovernanceValidator.standard();
      MeetingRecord record = Documents.record(document);
      String numbered = "meeting.n" + "0".repeat(RepeatingInputStream.DIGITS);
      byte[] line =
          line(
              json,
              ImmutableMeetingRecord.copyOf(record)
                  .withMeeting(ImmutableMeeting.copyOf(record.getMeeting()).withId(numbered)));
      int digitsAt =
          new String(line, StandardCharsets.ISO_8859_1).indexOf(numbered) + "meeting.n".length();
      // Warm-up, not timed: the same path, until the JIT has compiled it. The library's path is
      // long (reader, model, Hibernate Validator, rules): on two cores it takes seconds.
      long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
      while (System.nanoTime() < warmUntil) {
        stream(json, validator, line, digitsAt, 5_000);
      }
      System.gc();
      AtomicLong maxLive = watchCollections();
      List<MemoryPoolMXBean> pools = heapPools();
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      long gcCount = gcCount();
      long gcMillis = gcMillis();
      long start = System.nanoTime();
      long[] result = stream(json, validator, line, digitsAt, count);
      double seconds = (System.nanoTime() - start) / 1e9;
      long peaks =
          pools.stream().map(MemoryPoolMXBean::getPeakUsage).mapToLong(MemoryUsage::getUsed).sum();
      if (result[0] != count) {
        throw new IllegalStateException("read " + result[0] + " records of " + count);
      }
      System.out.printf(
          Locale.ROOT,
          "%10d %10.2f %12.0f %16.1f %16.1f %8d %10d %8d%n",
          count,
          seconds,
          count / seconds,
          maxLive.get() / 1048576.0,
          peaks / 1048576.0,
          gcCount() - gcCount,
          gcMillis() - gcMillis,
          result[1]);
    }

    /** Returns the records read and the errors found, own and across records. */
    private static long[] stream(
        GovernanceJson json, GovernanceValidator validator, byte[] line, int digitsAt, long count)
        throws Exception {
      long errors = 0;
      long records;
      try (ArchiveReader reader =
          json.openArchive(new RepeatingInputStream(line, digitsAt, count), validator, THREADS)) {
        while (reader.hasNext()) {
          ArchiveEntry entry = reader.next();
          errors += entry.getReport().findings(Severity.ERROR).size();
        }
        errors += reader.finish().findings(Severity.ERROR).size();
        records = reader.recordCount();
      }
      return new long[] {records, errors};
    }

    private static byte[] line(GovernanceJson json, MeetingRecord record) throws Exception {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ArchiveWriter writer = json.openArchiveWriter(out)) {
        writer.write(record);
      }
      return out.toByteArray();
    }

    private static AtomicLong watchCollections() {
      AtomicLong max = new AtomicLong();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc)
            .addNotificationListener(
                (notification, handback) -> {
                  if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                      notification.getType())) {
                    return;
                  }
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  long used =
                      info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                          .filter(e -> isHeap(e.getKey()))
                          .mapToLong(e -> e.getValue().getUsed())
                          .sum();
                  max.accumulateAndGet(used, Math::max);
                },
                null,
                null);
      }
      return max;
    }

    private static boolean isHeap(String pool) {
      return heapPools().stream().anyMatch(p -> p.getName().equals(pool));
    }

    private static List<MemoryPoolMXBean> heapPools() {
      List<MemoryPoolMXBean> heap = new ArrayList<>();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          heap.add(pool);
        }
      }
      return heap;
    }

    private static long gcCount() {
      return ManagementFactory.getGarbageCollectorMXBeans().stream()
          .mapToLong(GarbageCollectorMXBean::getCollectionCount)
          .sum();
    }

    private static long gcMillis() {
      return ManagementFactory.getGarbageCollectorMXBeans().stream()
          .mapToLong(GarbageCollectorMXBean::getCollectionTime)
          .sum();
    }
  }
}
