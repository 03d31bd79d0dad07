package fr.transitionspro.suivicep.importation;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses to deliver more than {@link FichierCsv#LONGUEUR_MAX_ENREGISTREMENT}
 * characters between two rows: a quote left open makes the CSV parser take the rest of the file
 * as one cell, and this bounds what it holds in memory. The count is approximate (the parser
 * reads ahead by its buffer), which is enough for a bound.
 */
final class LecteurBorne extends FilterReader {

    /** Thrown when a row grows beyond the bound. */
    static final class EnregistrementTropLong extends IOException {
        EnregistrementTropLong() {
            super("enregistrement trop long");
        }
    }

    private long depuisEnregistrement;

    LecteurBorne(Reader lecteur) {
        super(lecteur);
    }

    /** Called by the reader of the rows after each row: the count starts again. */
    void nouvelEnregistrement() {
        depuisEnregistrement = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            compter(1);
        }
        return c;
    }

    @Override
    public int read(char[] tampon, int debut, int longueur) throws IOException {
        int n = super.read(tampon, debut, longueur);
        if (n > 0) {
            compter(n);
        }
        return n;
    }

    private void compter(int n) throws EnregistrementTropLong {
        depuisEnregistrement += n;
        if (depuisEnregistrement > FichierCsv.LONGUEUR_MAX_ENREGISTREMENT + (1 << 16)) {
            throw new EnregistrementTropLong();
        }
    }
}
