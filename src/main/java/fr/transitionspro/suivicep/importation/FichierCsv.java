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

    /**
     * The longest line accepted, in bytes (line breaks inside a quoted cell end a line too). A
     * description of a page is about 3 000 bytes: a longer line is a file that is not a CSV of
     * formats.md (a binary file, a file without line breaks), refused before it is parsed so that
     * memory stays bounded whatever the upload.
     */
    static final int LONGUEUR_MAX_LIGNE = 100_000;
    /** The longest row (record) accepted, in characters: bounds a quote left open, which swallows the rest of the file. */
    static final int LONGUEUR_MAX_ENREGISTREMENT = 1_000_000;

    private final Path chemin;
    private final String sha256;
    private final Charset encodage;
    private final char separateur;
    private final boolean guillemets;
    private final long lignesNonVides;
    private final long taille;

    private FichierCsv(Path chemin, String sha256, Charset encodage, char separateur, boolean guillemets,
            long lignesNonVides, long taille) {
        this.chemin = chemin;
        this.sha256 = sha256;
        this.encodage = encodage;
        this.separateur = separateur;
        this.guillemets = guillemets;
        this.lignesNonVides = lignesNonVides;
        this.taille = taille;
    }

    /** The file's size in bytes. */
    long taille() {
        return taille;
    }

    Path chemin() {
        return chemin;
    }

    /** Whether the file holds a quote anywhere: without one, every line break ends a row. */
    boolean contientDesGuillemets() {
        return guillemets;
    }

    /** Lines holding anything but a carriage return, header included: the rows of a file without quotes. */
    long lignesNonVides() {
        return lignesNonVides;
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
        int octetControle = 0;
        long lignes = 1;
        long longueurLigne = 0;
        long ligneTropLongue = 0;
        boolean guillemets = false;
        long nonVides = 0;
        boolean ligneNonVide = false;
        byte[] debut = new byte[8];
        int lusDebut = 0;
        try (InputStream in = Files.newInputStream(chemin)) {
            byte[] tampon = new byte[1 << 16];
            ByteBuffer reste = ByteBuffer.allocate(0);
            CharBuffer sortie = CharBuffer.allocate(1 << 17);
            int lus;
            while ((lus = in.read(tampon)) > 0) {
                sha.update(tampon, 0, lus);
                taille += lus;
                for (int i = 0; i < lus && lusDebut < debut.length; i++) {
                    debut[lusDebut++] = tampon[i];
                }
                boolean ascii = true;
                for (int i = 0; i < lus && ligneNul == 0 && ligneTropLongue == 0; i++) {
                    byte b = tampon[i];
                    if (b == '\n') {
                        lignes++;
                        longueurLigne = 0;
                        nonVides += ligneNonVide ? 1 : 0;
                        ligneNonVide = false;
                        continue;
                    }
                    ligneNonVide |= b != '\r';
                    guillemets |= b == '"';
                    if (++longueurLigne > LONGUEUR_MAX_LIGNE) {
                        ligneTropLongue = lignes;
                    } else if (b >= 0 && b < 0x20 && b != '\t' && b != '\r') {
                        ligneNul = lignes;
                        octetControle = b;
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
            nonVides += ligneNonVide ? 1 : 0;
        } catch (IOException e) {
            throw refus(nom, "lecture impossible : " + e.getMessage());
        }
        if (taille == 0) {
            throw refus(nom, "fichier vide : une ligne d'en-tête et au moins une ligne de données sont attendues");
        }
        String binaire = FormatBinaire.reconnaitre(java.util.Arrays.copyOf(debut, lusDebut));
        if (binaire != null) {
            throw refus(nom, "ce fichier est " + binaire + ", pas un fichier texte CSV : enregistrez-le au format CSV "
                    + "(séparateur « ; », encodage UTF-8) avant de l'importer");
        }
        if (ligneNul > 0) {
            throw refus(nom, "ligne " + ligneNul + " : caractère de contrôle " + String.format("0x%02X", octetControle)
                    + " trouvé, ce n'est pas un fichier texte CSV (un classeur Excel doit d'abord être enregistré au format CSV)");
        }
        if (ligneTropLongue > 0) {
            throw refus(nom, "ligne " + ligneTropLongue + " : ligne de plus de " + FormatBinaire.milliers(LONGUEUR_MAX_LIGNE)
                    + " octets, ce n'est pas une ligne de fichier CSV (fichier sans retours à la ligne, ou qui n'est pas un CSV)");
        }
        Charset encodage = encodageDe(nom, correspondance, estUtf8);
        char separateur = separateurDe(nom, chemin, encodage, correspondance);
        return new FichierCsv(chemin, HexFormat.of().formatHex(sha.digest()), encodage, separateur, guillemets, nonVides, taille);
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
            throw refus(nom, "séparateur « " + s + " » du fichier de correspondance inconnu (attendu : « ; », « , » ou « tab »)");
        }
        String premiere;
        // The line length was bounded by the first pass: reading the header line is bounded too.
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
        if (virgules == 0 && pointsVirgules == 0) {
            String autre = premiere == null ? null : premiere.indexOf('\t') >= 0 ? "tabulation"
                    : premiere.indexOf('|') >= 0 ? "« | »" : premiere.indexOf(':') >= 0 ? "« : »" : null;
            if (autre != null) {
                throw refus(nom, "ligne 1 : séparateur non reconnu (" + autre + " trouvé dans l'en-tête) ; séparateurs "
                        + "attendus : « ; » ou « , » (un autre séparateur se déclare dans le fichier de correspondance, "
                        + "clé separateur)");
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
     * The header row of a file not yet analysed (reading only its first line, in UTF-8 or else Windows-1252, with
     * the separator found as {@link #analyser} finds it), for recognising its type; empty when it cannot be read.
     */
    static List<String> entete(Path chemin) {
        byte[] debut;
        try (InputStream in = Files.newInputStream(chemin)) {
            debut = in.readNBytes(LONGUEUR_MAX_LIGNE);
        } catch (IOException e) {
            return List.of();
        }
        int fin = 0;
        while (fin < debut.length && debut[fin] != '\n') {
            fin++;
        }
        if (fin == LONGUEUR_MAX_LIGNE) {
            // No line break in the first 100 000 bytes: not a CSV header, and not to be read as one whole line.
            return List.of();
        }
        boolean utf8 = true;
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(debut, 0, fin));
        } catch (CharacterCodingException e) {
            utf8 = false;
        }
        try {
            Charset encodage = utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
            char separateur = separateurDe(chemin.getFileName().toString(), chemin, encodage, Correspondance.AUCUNE);
            return new FichierCsv(chemin, "", encodage, separateur, true, 0, 0).entete();
        } catch (ImportRefuse e) {
            return List.of();
        }
    }

    /** The header row's cells (the first row), or an empty list for an empty file. */
    List<String> entete() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separateur).setQuote('"').setIgnoreEmptyLines(true).get();
        try (LecteurBorne borne = new LecteurBorne(new BufferedReader(lecteur(chemin, encodage)));
                CSVParser parser = format.parse(borne)) {
            var lignes = parser.iterator();
            if (!lignes.hasNext()) {
                return List.of();
            }
            List<String> cellules = new ArrayList<>();
            lignes.next().forEach(cellules::add);
            return cellules;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
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
        long derniere = 0;
        try (LecteurBorne borne = new LecteurBorne(new BufferedReader(lecteur(new CompteOctets(Files.newInputStream(chemin), lus),
                encodage), 1 << 16)); CSVParser parser = format.parse(borne)) {
            int taille = -1;
            List<String> cellulesEntete = null;
            for (CSVRecord record : parser) {
                if (++lignes % PAS_PROGRESSION == 0) {
                    progression.avancer(lus[0], tailleFichier, lignes - 1);
                }
                borne.nouvelEnregistrement();
                derniere = record.getRecordNumber();
                List<String> cellules = new ArrayList<>(record.size());
                record.forEach(cellules::add);
                if (taille < 0) {
                    taille = cellules.size();
                    cellulesEntete = cellules;
                    entete.accept(cellules);
                    if (!erreurs.aucune()) {
                        return;
                    }
                    continue;
                }
                int numero = (int) record.getRecordNumber();
                if (cellules.equals(cellulesEntete)) {
                    erreurs.ajouter(new Erreur(numero, 0, null, null, "en-tête répété (ligne identique à la ligne 1) ; "
                            + "un fichier n'a qu'une ligne d'en-tête, supprimez celle-ci (fichiers mis bout à bout ?)"));
                    continue;
                }
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
            erreurs.ajouter(structureInvalide(e, (int) derniere + 1));
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

    /** A French message for what commons-csv reports in English, on the line where the faulty row starts. */
    private Erreur structureInvalide(Exception e, int ligne) {
        if (e instanceof LecteurBorne.EnregistrementTropLong || e.getCause() instanceof LecteurBorne.EnregistrementTropLong) {
            return new Erreur(ligne, 0, null, null, "ligne de plus de "
                    + FormatBinaire.milliers(LONGUEUR_MAX_ENREGISTREMENT) + " caractères : un guillemet « \" » ouvert "
                    + "n'est sans doute jamais refermé (une cellule qui contient un guillemet s'écrit entre guillemets, "
                    + "le guillemet doublé : \"\")");
        }
        String raison = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String minuscules = raison.toLowerCase(Locale.ROOT);
        if (minuscules.contains("eof reached before encapsulated token finished")) {
            return new Erreur(ligne, 0, null, null, "guillemet « \" » ouvert et jamais refermé "
                        + "jusqu'à la fin du fichier (une cellule qui contient un guillemet s'écrit entre guillemets, "
                        + "le guillemet doublé : \"\")");
        }
        if (minuscules.contains("invalid character between encapsulated token and delimiter")) {
            return new Erreur(ligne, 0, null, null, "caractère après un guillemet fermant, avant "
                        + "le séparateur « " + separateur + " » (une cellule qui contient un guillemet s'écrit entre "
                        + "guillemets, le guillemet doublé : \"\")");
        }
        return new Erreur(ligne, 0, null, null, "structure CSV invalide (" + raison + ")");
    }

    @FunctionalInterface
    interface LigneBrute {
        void lire(List<String> cellules, int numero);
    }

    private static ImportRefuse refus(String nom, String message) {
        return new ImportRefuse(nom, List.of(Erreur.fichier(message)), 1);
    }
}
