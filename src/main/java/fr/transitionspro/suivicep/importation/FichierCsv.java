package fr.transitionspro.suivicep.importation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as formats.md describes it: encoding UTF-8 (with or without BOM) or Windows-1252,
 * separator {@code ;} or {@code ,}, both detected unless the mapping file names them. The file
 * is read as a stream, never held whole in memory: one pass to fingerprint and detect, then
 * one pass per {@link #parcourir}.
 */
final class FichierCsv {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path chemin;
    private final String sha256;
    private final Charset encodage;
    private final char separateur;

    private FichierCsv(Path chemin, String sha256, Charset encodage, char separateur) {
        this.chemin = chemin;
        this.sha256 = sha256;
        this.encodage = encodage;
        this.separateur = separateur;
    }

    String sha256() {
        return sha256;
    }

    Charset encodage() {
        return encodage;
    }

    char separateur() {
        return separateur;
    }

    /** Fingerprints the file and detects its encoding and separator; refuses what is not a CSV. */
    static FichierCsv analyser(Path chemin, Correspondance correspondance) {
        String nom = chemin.getFileName().toString();
        if (!Files.isRegularFile(chemin)) {
            throw refus(nom, "fichier introuvable ou illisible : " + chemin);
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean estUtf8 = true;
        long taille = 0;
        long ligneNul = 0;
        long lignes = 1;
        try (InputStream in = Files.newInputStream(chemin)) {
            byte[] tampon = new byte[1 << 16];
            ByteBuffer reste = ByteBuffer.allocate(0);
            CharBuffer sortie = CharBuffer.allocate(1 << 17);
            int lus;
            while ((lus = in.read(tampon)) > 0) {
                sha.update(tampon, 0, lus);
                taille += lus;
                boolean ascii = true;
                for (int i = 0; i < lus && ligneNul == 0; i++) {
                    byte b = tampon[i];
                    if (b == '\n') {
                        lignes++;
                    } else if (b == 0) {
                        ligneNul = lignes;
                    } else if (b < 0) {
                        ascii = false;
                    }
                }
                // Plain ASCII is valid UTF-8: only buffers with other bytes (or a sequence cut at the previous
                // buffer's end) go through the decoder, which is most of the cost of this pass otherwise.
                if (estUtf8 && (!ascii || reste.hasRemaining())) {
                    ByteBuffer entree = ByteBuffer.allocate(reste.remaining() + lus);
                    entree.put(reste).put(tampon, 0, lus).flip();
                    sortie.clear();
                    var resultat = utf8.decode(entree, sortie, false);
                    while (resultat.isOverflow()) {
                        sortie.clear();
                        resultat = utf8.decode(entree, sortie, false);
                    }
                    if (resultat.isError()) {
                        estUtf8 = false;
                    }
                    reste = entree.slice();
                }
            }
            if (estUtf8 && reste.hasRemaining()) {
                estUtf8 = false;
            }
        } catch (IOException e) {
            throw refus(nom, "lecture impossible : " + e.getMessage());
        }
        if (taille == 0) {
            throw refus(nom, "fichier vide : une ligne d'en-tête et au moins une ligne de données sont attendues");
        }
        if (ligneNul > 0) {
            throw refus(nom, "ligne " + ligneNul + " : caractère nul trouvé, ce n'est pas un fichier texte CSV "
                    + "(un classeur Excel doit d'abord être enregistré au format CSV)");
        }
        Charset encodage = encodageDe(nom, correspondance, estUtf8);
        char separateur = separateurDe(nom, chemin, encodage, correspondance);
        return new FichierCsv(chemin, HexFormat.of().formatHex(sha.digest()), encodage, separateur);
    }

    private static Charset encodageDe(String nom, Correspondance correspondance, boolean estUtf8) {
        if (correspondance.encodage() == null) {
            return estUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        String demande = correspondance.encodage().strip().toLowerCase(Locale.ROOT).replace("_", "-");
        switch (demande) {
            case "utf-8", "utf8":
                if (!estUtf8) {
                    throw refus(nom, "le fichier de correspondance annonce l'encodage UTF-8 mais le fichier n'est pas en UTF-8 valide");
                }
                return StandardCharsets.UTF_8;
            case "windows-1252", "cp1252", "latin1", "latin-1", "iso-8859-1", "iso-8859-15":
                return WINDOWS_1252;
            default:
                throw refus(nom, "encodage « " + correspondance.encodage()
                        + " » du fichier de correspondance inconnu (attendu : UTF-8 ou Windows-1252)");
        }
    }

    private static char separateurDe(String nom, Path chemin, Charset encodage, Correspondance correspondance) {
        if (correspondance.separateur() != null) {
            String s = correspondance.separateur();
            if (s.equals(";") || s.equals(",") || s.equals("\t") || s.equalsIgnoreCase("tab")) {
                return s.equals(";") || s.equals(",") ? s.charAt(0) : '\t';
            }
            throw refus(nom, "séparateur « " + s + " » du fichier de correspondance inconnu (attendu : ; ou ,)");
        }
        String premiere;
        try (BufferedReader r = new BufferedReader(lecteur(chemin, encodage))) {
            premiere = r.readLine();
        } catch (IOException e) {
            throw refus(nom, "lecture impossible : " + e.getMessage());
        }
        long pointsVirgules = 0;
        long virgules = 0;
        boolean entreGuillemets = false;
        for (char c : (premiere == null ? "" : premiere).toCharArray()) {
            if (c == '"') {
                entreGuillemets = !entreGuillemets;
            } else if (!entreGuillemets && c == ';') {
                pointsVirgules++;
            } else if (!entreGuillemets && c == ',') {
                virgules++;
            }
        }
        return virgules > pointsVirgules ? ',' : ';';
    }

    /** A reader that skips a leading byte-order mark. */
    private static Reader lecteur(Path chemin, Charset encodage) throws IOException {
        return lecteur(Files.newInputStream(chemin), encodage);
    }

    private static Reader lecteur(InputStream octets, Charset encodage) throws IOException {
        PushbackReader r = new PushbackReader(new InputStreamReader(octets, encodage), 1);
        int premier = r.read();
        if (premier != -1 && premier != '\ufeff') {
            r.unread(premier);
        }
        return r;
    }

    /**
     * Reads the header then streams the data rows to {@code ligne} with their line number.
     * A malformed CSV structure (unclosed quote…) is reported as an error of the file.
     */
    void parcourir(Consumer<List<String>> entete, LigneBrute ligne, Erreurs erreurs) {
        parcourir(entete, ligne, erreurs, Progression.AUCUNE);
    }

    /** The same, telling {@code progression} the bytes read every {@value #PAS_PROGRESSION} rows and at the end. */
    void parcourir(Consumer<List<String>> entete, LigneBrute ligne, Erreurs erreurs, Progression progression) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separateur).setQuote('"')
                .setIgnoreEmptyLines(true).get();
        long[] lus = new long[1];
        long lignes = 0;
        long tailleFichier;
        try {
            tailleFichier = Files.size(chemin);
        } catch (IOException e) {
            tailleFichier = 0;
        }
        try (InputStream octets = new CompteOctets(Files.newInputStream(chemin), lus);
                Reader r = new BufferedReader(lecteur(octets, encodage), 1 << 16); CSVParser parser = format.parse(r)) {
            int taille = -1;
            for (CSVRecord record : parser) {
                if (++lignes % PAS_PROGRESSION == 0) {
                    progression.avancer(lus[0], tailleFichier, lignes - 1);
                }
                List<String> cellules = new ArrayList<>(record.size());
                record.forEach(cellules::add);
                if (taille < 0) {
                    taille = cellules.size();
                    entete.accept(cellules);
                    if (!erreurs.aucune()) {
                        return;
                    }
                    continue;
                }
                int numero = (int) record.getRecordNumber();
                if (cellules.size() != taille && !(cellules.size() == 1 && cellules.get(0).isBlank())) {
                    erreurs.ajouter(new Erreur(numero, 0, null, null, cellules.size() + " cellule(s) au lieu de " + taille
                            + " (séparateur « " + separateur + " » ; vérifiez les guillemets et les séparateurs)"));
                    continue;
                }
                ligne.lire(cellules, numero);
            }
            if (taille < 0) {
                erreurs.ajouter(Erreur.fichier("fichier vide : une ligne d'en-tête est attendue"));
            }
            progression.avancer(tailleFichier, tailleFichier, Math.max(0, lignes - 1));
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            String raison = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            erreurs.ajouter(Erreur.fichier("structure CSV invalide (" + raison + ")"));
        }
    }

    static final int PAS_PROGRESSION = 16_384;

    /** Counts the bytes read from a stream (the decoder reads ahead by a few kilobytes: close enough). */
    private static final class CompteOctets extends java.io.FilterInputStream {
        private final long[] lus;

        CompteOctets(InputStream in, long[] lus) {
            super(in);
            this.lus = lus;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                lus[0]++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                lus[0] += n;
            }
            return n;
        }
    }

    @FunctionalInterface
    interface LigneBrute {
        void lire(List<String> cellules, int numero);
    }

    private static ImportRefuse refus(String nom, String message) {
        return new ImportRefuse(nom, List.of(Erreur.fichier(message)), 1);
    }
}
