package vn.massorg.governance.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fingerprints that find a meeting recorded twice in an archive. */
class FingerprintsTest {
  private static final long K0 = 0x0706050403020100L;
  private static final long K1 = 0x0f0e0d0c0b0a0908L;

  private static byte[] counting(int n) {
    byte[] m = new byte[n];
    for (int i = 0; i < n; i++) {
      m[i] = (byte) i;
    }
    return m;
  }

  @Test
  void sipHashGivesTheReferenceVectors() {
    // Aumasson and Bernstein's reference implementation, key 00..0f, message 00..(n-1).
    assertThat(Fingerprints.SipHash.of(counting(0), K0, K1)).isEqualTo(0x726fdb47dd0e0e31L);
    assertThat(Fingerprints.SipHash.of(counting(1), K0, K1)).isEqualTo(0x74f839c593dc67fdL);
    assertThat(Fingerprints.SipHash.of(counting(7), K0, K1)).isEqualTo(0xab0200f58b01d137L);
    assertThat(Fingerprints.SipHash.of(counting(8), K0, K1)).isEqualTo(0x93f5f5799a932462L);
    assertThat(Fingerprints.SipHash.of(counting(15), K0, K1)).isEqualTo(0xa129ca6149be45e5L);
    assertThat(Fingerprints.SipHash.of(counting(63), K0, K1)).isEqualTo(0x958a324ceb064572L);
  }

  @Test
  void aTextIsHashedAsItsUtf16CodeUnitsLittleEndian() {
    assertThat(Fingerprints.SipHash.of("\u0100\u0302", K0, K1))
        .isEqualTo(Fingerprints.SipHash.of(new byte[] {0, 1, 2, 3}, K0, K1));
    assertThat(Fingerprints.SipHash.of("Hội nghị", K0, K1))
        .isNotEqualTo(Fingerprints.SipHash.of("Hoi nghi", K0, K1));
  }

  @Test
  void eachKeyGivesThePositionOfItsFirstRecordThroughEveryGrowth() {
    Fingerprints seen = new Fingerprints();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      String key = "meeting." + (i % 70_001);
      int answer = seen.putIfAbsent(key, i);
      Integer expected = first.putIfAbsent(key, i);
      assertThat(answer).as(key).isEqualTo(expected == null ? Fingerprints.ABSENT : expected);
    }
    assertThat(seen.size()).isEqualTo(70_001);
    assertThat(seen.capacity()).isEqualTo(131_072);
    assertThat(seen.putIfAbsent(new StringBuilder("meeting.").append(5), 9)).isEqualTo(5);
  }

  @Test
  void theTableIsAtMostThreeQuartersFullAndGrowsOnlyPastThat() {
    // 12 bytes a slot: this is what bounds the memory at 16 to 32 bytes a key.
    Fingerprints seen = new Fingerprints();
    for (int i = 0; i < 5_000; i++) {
      seen.putIfAbsent("k" + i, i);
      int n = i + 1;
      int expected = 64;
      while (n * 4 > expected * 3) {
        expected *= 2;
      }
      assertThat(seen.capacity()).as("capacity with %d keys", n).isEqualTo(expected);
    }
  }
}
