package vn.massorg.governance.validation.rules;

import java.security.SecureRandom;

/**
 * The keys an archive has seen, each as a 64-bit fingerprint with the position of the first record
 * that had it: what finds a meeting recorded twice among a million records in a few megabytes,
 * where a set of the keys themselves would not fit the small heap an archive is read in (see
 * docs/design/validation.md, "A meeting recorded twice").
 *
 * <p>The fingerprint is SipHash-2-4 under a key drawn once per JVM from {@link SecureRandom}, so
 * that no input can be made to collide on purpose; by chance, two of a million keys share one with
 * a probability under 3 in 10<sup>8</sup>. Open addressing with linear probing, at most three
 * quarters full: 12 bytes a slot, 16 to 32 bytes a key. Not thread-safe.
 */
final class Fingerprints {
  /** What {@link #putIfAbsent} answers for a key not seen before. */
  static final int ABSENT = -1;

  /** Fingerprints, 0 marking a free slot (a key's fingerprint 0 is taken as 1). */
  private long[] keys = new long[64];

  /** The position of the first record with each fingerprint. */
  private int[] firsts = new int[64];

  private int size;

  /**
   * Remembers a key with the position of the record it came from, unless it was seen before.
   *
   * @param key the key, not null
   * @param position the record's position in the archive, 0 to {@link Integer#MAX_VALUE}
   * @return the position of the first record with the key, or {@link #ABSENT}
   */
  int putIfAbsent(CharSequence key, int position) {
    long fingerprint = SipHash.of(key);
    if (fingerprint == 0) {
      fingerprint = 1;
    }
    int mask = keys.length - 1;
    int slot = slot(fingerprint, mask);
    while (keys[slot] != 0) {
      if (keys[slot] == fingerprint) {
        return firsts[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = fingerprint;
    firsts[slot] = position;
    if (++size * 4 > keys.length * 3) {
      grow();
    }
    return ABSENT;
  }

  /** How many keys are remembered. */
  int size() {
    return size;
  }

  /** The table's size in slots: a power of two, at least 64, more than 4/3 of the keys. */
  int capacity() {
    return keys.length;
  }

  /** A SipHash output is uniform in every bit: its low bits are the slot, unmixed. */
  private static int slot(long fingerprint, int mask) {
    return (int) fingerprint & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldFirsts = firsts;
    keys = new long[oldKeys.length * 2];
    firsts = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i], mask);
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        firsts[slot] = oldFirsts[i];
      }
    }
  }

  /** SipHash-2-4 (Aumasson and Bernstein, 2012) of a text's UTF-16 code units, little-endian. */
  static final class SipHash {
    private static final long K0;
    private static final long K1;

    static {
      SecureRandom random = new SecureRandom();
      K0 = random.nextLong();
      K1 = random.nextLong();
    }

    private SipHash() {}

    static long of(CharSequence text) {
      return of(text, K0, K1);
    }

    /** With a given key, for the reference test vectors. */
    static long of(byte[] message, long k0, long k1) {
      return hash(
          new Bytes() {
            @Override
            public int length() {
              return message.length;
            }

            @Override
            public int at(int i) {
              return message[i] & 0xff;
            }
          },
          k0,
          k1);
    }

    static long of(CharSequence text, long k0, long k1) {
      return hash(
          new Bytes() {
            @Override
            public int length() {
              return text.length() * 2;
            }

            @Override
            public int at(int i) {
              char c = text.charAt(i >> 1);
              return (i & 1) == 0 ? c & 0xff : c >>> 8;
            }
          },
          k0,
          k1);
    }

    private interface Bytes {
      int length();

      int at(int i);
    }

    private static long hash(Bytes m, long k0, long k1) {
      long v0 = k0 ^ 0x736f6d6570736575L;
      long v1 = k1 ^ 0x646f72616e646f6dL;
      long v2 = k0 ^ 0x6c7967656e657261L;
      long v3 = k1 ^ 0x7465646279746573L;
      int n = m.length();
      int whole = n - (n % 8);
      long[] v = {v0, v1, v2, v3};
      for (int i = 0; i < whole; i += 8) {
        long word = 0;
        for (int j = 7; j >= 0; j--) {
          word = (word << 8) | m.at(i + j);
        }
        v[3] ^= word;
        round(v);
        round(v);
        v[0] ^= word;
      }
      long last = ((long) n & 0xff) << 56;
      for (int j = n % 8 - 1; j >= 0; j--) {
        last |= (long) m.at(whole + j) << (8 * j);
      }
      v[3] ^= last;
      round(v);
      round(v);
      v[0] ^= last;
      v[2] ^= 0xff;
      round(v);
      round(v);
      round(v);
      round(v);
      return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    private static void round(long[] v) {
      v[0] += v[1];
      v[1] = Long.rotateLeft(v[1], 13);
      v[1] ^= v[0];
      v[0] = Long.rotateLeft(v[0], 32);
      v[2] += v[3];
      v[3] = Long.rotateLeft(v[3], 16);
      v[3] ^= v[2];
      v[0] += v[3];
      v[3] = Long.rotateLeft(v[3], 21);
      v[3] ^= v[0];
      v[2] += v[1];
      v[1] = Long.rotateLeft(v[1], 17);
      v[1] ^= v[2];
      v[2] = Long.rotateLeft(v[2], 32);
    }
  }
}
