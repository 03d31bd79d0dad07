package fr.transitionspro.suivicep.generateur;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Streams a canonical CSV file: UTF-8 without BOM, {@code ;} separator, LF line ends.
 * A row is assembled in a reusable char buffer and handed to the (large) BufferedWriter in
 * one call, so the hot loop allocates nothing and takes the writer's lock once per row.
 * Values are written as they are: callers only pass codes and labels that need no quoting.
 */
final class EcrivainCsv implements Closeable {
    private static final int TAILLE_TAMPON = 1 << 20;

    private final BufferedWriter sortie;
    private char[] ligne = new char[512];
    private int longueur;
    private int champs;
    private long lignesDonnees;

    EcrivainCsv(Path fichier, List<String> entete) throws IOException {
        this.sortie = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(fichier), StandardCharsets.UTF_8), TAILLE_TAMPON);
        for (String colonne : entete) {
            champ(colonne);
        }
        terminer();
    }

    EcrivainCsv champ(String valeur) {
        int n = valeur.length();
        if (longueur + n + 2 > ligne.length) {
            ligne = Arrays.copyOf(ligne, Math.max(ligne.length * 2, longueur + n + 2));
        }
        if (champs++ > 0) {
            ligne[longueur++] = ';';
        }
        valeur.getChars(0, n, ligne, longueur);
        longueur += n;
        return this;
    }

    /** Ends a data row. */
    void finLigne() throws IOException {
        terminer();
        lignesDonnees++;
    }

    /** Data rows written so far, header excluded. */
    long lignes() {
        return lignesDonnees;
    }

    private void terminer() throws IOException {
        ligne[longueur++] = '\n';
        sortie.write(ligne, 0, longueur);
        longueur = 0;
        champs = 0;
    }

    @Override
    public void close() throws IOException {
        sortie.close();
    }
}
