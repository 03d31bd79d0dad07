package fr.transitionspro.suivicep.generateur;

/**
 * Pseudonymous dossier ids: the dossier's sequence number passed through a keyed bijection
 * of 32-bit integers, written as 8 hex digits. A bijection keeps the ids unique within a
 * (scheme, year, region) without remembering them, while the ids look unordered like the
 * opaque keys of a real information system.
 */
final class IdentifiantsDossiers {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final int cle;
    private int suivant;

    IdentifiantsDossiers(long cle) {
        this.cle = (int) cle;
    }

    String suivant() {
        return hex(permuter(suivant++));
    }

    private int permuter(int x) {
        // Each step is invertible on 32 bits: odd multiplication, addition, xor-shift.
        x = x * 0x9E3779B1 + cle;
        x ^= x >>> 15;
        x *= 0x2C1B3C6D;
        x ^= x >>> 12;
        x *= 0x297A2D39;
        return x ^ (x >>> 15);
    }

    private static String hex(int x) {
        char[] c = new char[8];
        for (int i = 7; i >= 0; i--) {
            c[i] = HEX[x & 0xF];
            x >>>= 4;
        }
        return new String(c);
    }
}
