package fr.transitionspro.suivicep.importation;

import static fr.transitionspro.suivicep.importation.Fixtures.contenu;
import static fr.transitionspro.suivicep.importation.Fixtures.importer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.transitionspro.suivicep.base.Base;

/**
 * The catalogue of broken inputs (issue 5, point 3): for every file type, files broken in every way
 * users manage to break them — each column wrong, encodings, separators, a 10 MB line, binary
 * files, empty files, a repeated header, formula injection in free texts, broken mapping files.
 * Each is refused with a French message that names the line (and the column when there is one),
 * never a stack trace, and every table of the base is identical before and after (SHA-256 of each
 * table's rows). The base holds valid rows of every type, imported once: a refusal that wrote
 * anything would show in the next cases too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MauvaisesEntreesTest {

    /** One broken input: the file's bytes, an optional mapping file (YAML), what the message must say. */
    record Cas(String nom, TypeFichier type, Supplier<byte[]> contenu, String correspondance, List<String> attendus) {
        @Override
        public String toString() {
            return nom;
        }
    }

    @TempDir
    static Path dossier;

    Base base;

    @BeforeAll
    void ouvrir() throws Exception {
        base = Fixtures.base(dossier, "mauvaises-entrees");
        for (Map.Entry<TypeFichier, String> e : ReglesDeFormatTest.VALIDES.entrySet()) {
            importer(base, Fixtures.fichier(dossier, "valide-" + e.getKey().code() + ".csv", e.getValue()), e.getKey());
        }
        for (Map.Entry<TypeFichier, RegistreCooperationImportTest.Exemple> e : RegistreCooperationImportTest.EXEMPLES.entrySet()) {
            importer(base, Fixtures.fichier(dossier, "valide-" + e.getKey().code() + ".csv",
                    e.getValue().entete() + "\n" + e.getValue().ligne2023() + "\n"), e.getKey());
        }
    }

    @AfterAll
    void fermer() {
        if (base != null) {
            base.close();
        }
    }

    @Test
    void theCatalogueHoldsAtLeastFortyCasesCoveringEveryFileType() {
        List<Cas> cas = catalogue().toList();
        assertThat(cas).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cas.stream().map(Cas::type).distinct()).containsExactlyInAnyOrder(TypeFichier.values());
        assertThat(cas.stream().filter(c -> c.correspondance() != null)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(cas.stream().map(Cas::nom).distinct()).hasSameSizeAs(cas);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void refusesTheBrokenInputWithAFrenchMessageNamingTheLineAndChangesNothing(Cas cas) throws Exception {
        Map<String, String> avant = empreintes();
        Path fichier = dossier.resolve(cas.nom().replaceAll("[^a-zA-Z0-9]+", "-") + ".csv");
        Files.write(fichier, cas.contenu().get());
        Correspondance correspondance = Correspondance.AUCUNE;

        Throwable refus;
        if (cas.correspondance() != null) {
            Path yaml = Files.writeString(dossier.resolve("correspondance.yaml"), cas.correspondance());
            refus = catchThrowable(() -> Fixtures.importateur(base).importer(fichier, cas.type(), Correspondance.lire(yaml), false));
        } else {
            refus = catchThrowable(() -> Fixtures.importateur(base).importer(fichier, cas.type(), correspondance, false));
        }

        assertThat(refus).as(cas.nom()).isInstanceOf(ImportRefuse.class);
        String message = refus.getMessage();
        assertThat(message).startsWith("Fichier « ").contains(" » refusé, rien n'a été modifié dans la base.");
        for (String attendu : cas.attendus()) {
            assertThat(message).as(cas.nom()).contains(attendu);
        }
        assertThat(message).doesNotContain("valeur obligatoire manquante").doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("null");
        assertThat(message.length()).as("a readable message, not the file").isLessThan(4_000);
        assertThat(empreintes()).isEqualTo(avant);
    }

    // ---- the catalogue ----

    static final String ENTREES = "annee;region;operateur;sexe;age;tranche_age;niveau;objectif;statut;effectif\n";
    static final String LIGNE_ENTREE = "2022;28;APEC;F;30;30_44;5;CHANGER_METIER;SALARIE;1\n";

    static Stream<Cas> catalogue() {
        List<Cas> c = new ArrayList<>();
        // The file as a whole.
        c.add(cas("fichier vide", TypeFichier.ENTREES, new byte[0], "fichier vide"));
        c.add(cas("en-tête seul", TypeFichier.ENTREES, ENTREES, "aucune ligne de données après l'en-tête"));
        c.add(cas("lignes vides seulement", TypeFichier.DOSSIERS, "\n\n\r\n\n", "fichier vide : une ligne d'en-tête est attendue"));
        c.add(cas("en-tête répété en ligne 3", TypeFichier.ENTREES, ENTREES + LIGNE_ENTREE + ENTREES + LIGNE_ENTREE,
                "ligne 3 : en-tête répété (ligne identique à la ligne 1)"));
        c.add(cas("en-tête en double en ligne 2", TypeFichier.POPULATION,
                "region;annee;actifs\nregion;annee;actifs\n28;2022;100\n", "ligne 2 : en-tête répété"));
        c.add(cas("PDF renommé en .csv", TypeFichier.ENTREES, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
                "ce fichier est un document PDF, pas un fichier texte CSV"));
        c.add(new Cas("classeur xlsx renommé en .csv", TypeFichier.DOSSIERS, MauvaisesEntreesTest::zip, null,
                List.of("ce fichier est une archive ZIP (un classeur Excel .xlsx")));
        c.add(cas("classeur xls renommé en .csv", TypeFichier.AGREGATS, octets(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0),
                "ce fichier est un classeur Excel .xls"));
        c.add(cas("image PNG renommée en .csv", TypeFichier.LIEUX, octets(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D),
                "ce fichier est une image"));
        c.add(cas("texte en UTF-16", TypeFichier.ENTREES, (ENTREES + LIGNE_ENTREE).getBytes(StandardCharsets.UTF_16),
                "ce fichier est un texte en UTF-16"));
        c.add(cas("caractère de contrôle en ligne 3", TypeFichier.ENTREES, ENTREES + LIGNE_ENTREE
                + "2023;28;APEC;F;30;30_44;5;CHANGER\u0001METIER;SALARIE;1\n", "ligne 3 : caractère de contrôle 0x01"));
        c.add(new Cas("ligne de 10 Mo en ligne 3", TypeFichier.ACTIONS, () -> enorme(RegistreCooperationImportTest.EXEMPLES
                .get(TypeFichier.ACTIONS).entete() + "\n" + RegistreCooperationImportTest.EXEMPLES.get(TypeFichier.ACTIONS).ligne2022()
                + "\n28;2022;2022-09-20;Salon;SALON;PROMOUVOIR;APEC;;Caen;;", 10_000_000, ""), null,
                List.of("ligne 3 : ligne de plus de 100\u202f000 octets")));
        c.add(new Cas("fichier de 10 Mo sans retour à la ligne", TypeFichier.ENTREES, () -> enorme("annee;region;operateur;", 10_000_000,
                ""), null, List.of("ligne 1 : ligne de plus de 100\u202f000 octets")));
        c.add(new Cas("guillemet jamais refermé sur 2 Mo de lignes", TypeFichier.ACTIONS, () -> {
            RegistreCooperationImportTest.Exemple e = RegistreCooperationImportTest.EXEMPLES.get(TypeFichier.ACTIONS);
            return (e.entete() + "\n" + e.ligne2022() + "\n28;2022;2022-09-20;Salon;SALON;PROMOUVOIR;APEC;;Caen;;\"Début\n"
                    + "une ligne de description ordinaire;\n".repeat(60_000)).getBytes(StandardCharsets.UTF_8);
        }, null, List.of("ligne 3 : ligne de plus de 1\u202f000\u202f000 caractères : un guillemet « \" » ouvert")));
        c.add(cas("guillemet jamais refermé", TypeFichier.CONVENTIONS, "region;annee;partenaire;statut\n28;2022;AROM;EN_VIGUEUR\n"
                + "28;2022;\"Région Normandie;EN_VIGUEUR\n28;2022;Pôle emploi;EN_VIGUEUR\n",
                "ligne 3 : guillemet « \" » ouvert et jamais refermé"));
        c.add(cas("texte après un guillemet fermant", TypeFichier.ENTREES, ENTREES + LIGNE_ENTREE
                + "2023;28;\"APEC\"X;F;30;30_44;5;CHANGER_METIER;SALARIE;1\n", "ligne 3 : caractère après un guillemet fermant"));
        c.add(cas("séparateur tabulation", TypeFichier.ENTREES, "annee\tregion\toperateur\n2022\t28\tAPEC\n",
                "ligne 1 : séparateur non reconnu (tabulation trouvé dans l'en-tête)"));
        c.add(cas("séparateur barre verticale", TypeFichier.POPULATION, "region|annee|actifs\n28|2022|100\n",
                "ligne 1 : séparateur non reconnu (« | » trouvé dans l'en-tête)"));
        c.add(cas("cellule en trop", TypeFichier.ENTREES, ENTREES + LIGNE_ENTREE + "2023;28;APEC;F;30;30_44;5;CHANGER_METIER;SALARIE;1;X\n",
                "ligne 3 : 11 cellule(s) au lieu de 10"));
        c.add(cas("cellule manquante", TypeFichier.ENTREES, ENTREES + LIGNE_ENTREE + "2023;28;APEC;F;30;30_44;5;CHANGER_METIER;SALARIE\n",
                "ligne 3 : 9 cellule(s) au lieu de 10"));
        c.add(cas("colonne obligatoire absente", TypeFichier.ECARTS, "annee;perimetre;operateur;entrees\n2022;FM;APEC;5\n",
                "colonne obligatoire « systeme » absente de l'en-tête"));
        c.add(cas("colonne en double", TypeFichier.ENTREES, "annee;region;operateur;Année\n2022;28;APEC;2022\n",
                "ligne 1, colonne 4 « Année » : colonne « annee » en double (déjà en colonne 1)"));
        c.add(cas("colonne de courriels", TypeFichier.ENTRETIENS, "region;annee;operateur;theme;synthese;Courriel\n"
                + "28;2022;APEC;ACTIVITE;Point;a@b.fr\n", "ligne 1, colonne 6 « Courriel » : colonne refusée"));
        c.add(cas("en-tête UTF-8 encodé deux fois", TypeFichier.ENTREES, "ANNÃ‰E;RÃ‰GION;OPÃ‰RATEUR\n2022;28;APEC\n",
                "ligne 1 : l'en-tête semble encodé deux fois en UTF-8"));
        // Each column of each type.
        c.add(cellule(TypeFichier.ENTREES, "annee", "2O23", "nombre entier attendu"));
        c.add(cellule(TypeFichier.ENTREES, "region", "29", "code attendu parmi : 01"));
        c.add(cellule(TypeFichier.ENTREES, "operateur", "POLE_EMPLOI", "code attendu parmi : APEC"));
        c.add(cellule(TypeFichier.ENTREES, "sexe", "X", "code attendu parmi : F, M"));
        c.add(cellule(TypeFichier.ENTREES, "age", "130", "nombre entier entre 14 et 99 attendu"));
        c.add(cellule(TypeFichier.ENTREES, "tranche_age", "25_35", "code attendu parmi : MOINS_18"));
        c.add(cellule(TypeFichier.ENTREES, "niveau", "9", "code attendu parmi : SANS"));
        c.add(cellule(TypeFichier.ENTREES, "objectif", "REUSSIR", "code attendu parmi : ANTICIPER_PERTE_EMPLOI"));
        c.add(cellule(TypeFichier.ENTREES, "statut", "RETRAITE", "code attendu parmi : SALARIE"));
        c.add(cellule(TypeFichier.ENTREES, "effectif", "=1+1", "nombre entier attendu"));
        c.add(cellule(TypeFichier.DOSSIERS, "id_dossier", "=HYPERLINK(\"http://x\",\"clic\")", "injection de formule"));
        c.add(cellule(TypeFichier.DOSSIERS, "dispositif", "CPF", "code attendu parmi : PTP"));
        c.add(cellule(TypeFichier.DOSSIERS, "decision", "VALIDE", "code attendu parmi : ACCEPTE"));
        c.add(cellule(TypeFichier.DOSSIERS, "age", "trente", "nombre entier attendu"));
        c.add(cellule(TypeFichier.DOSSIERS, "naf_origine", "47.1", "un code NAF rév. 2"));
        c.add(cellule(TypeFichier.DOSSIERS, "rome_cible", "JJ501", "un code ROME"));
        c.add(cellule(TypeFichier.DOSSIERS, "certification_visee", "+cmd|' /C calc'!A0", "injection de formule"));
        c.add(cellule(TypeFichier.DOSSIERS, "libelle_certification", "@SOMME(A1:A9)", "injection de formule"));
        c.add(cellule(TypeFichier.POPULATION, "annee", "2101", "entre 2000 et 2100"));
        c.add(cellule(TypeFichier.POPULATION, "actifs", "0", "nombre entier entre 1 et 100\u202f000\u202f000 attendu"));
        c.add(cellule(TypeFichier.AGREGATS, "indicateur", "ptp.inexistant", "identifiant d'un indicateur du catalogue"));
        c.add(cellule(TypeFichier.AGREGATS, "valeur", "douze", "nombre attendu"));
        c.add(cellule(TypeFichier.AGREGATS, "unite", "euros", "unité parmi"));
        c.add(cellule(TypeFichier.AGREGATS, "source", "rapport", "vide, « echange » ou « publie »"));
        c.add(cellule(TypeFichier.ECARTS, "perimetre", "FX", "code attendu parmi : 01"));
        c.add(cellule(TypeFichier.ECARTS, "entrees", "-5", "entre 0 et"));
        c.add(cellule(TypeFichier.ECARTS, "systeme", "=1+1", "injection de formule"));
        c.add(cellule(TypeFichier.ACTIONS, "date", "31/02/2023", "date au format JJ/MM/AAAA"));
        c.add(cellule(TypeFichier.ACTIONS, "type", "FETE", "code attendu parmi"));
        c.add(cellule(TypeFichier.ACTIONS, "axes", "PROMOUVOIR|VOLER", "« VOLER » n'est pas un code connu"));
        c.add(cellule(TypeFichier.ACTIONS, "titre", "=HYPERLINK(\"http://x\",\"clic\")", "injection de formule"));
        c.add(cellule(TypeFichier.ACTIONS, "description", "-2+3", "injection de formule"));
        c.add(cellule(TypeFichier.ACTIONS, "partenaires", "AROM|=cmd", "« =cmd » : texte qui ne commence pas par =, +, - ou @"));
        c.add(cellule(TypeFichier.ACTIONS, "participants", "-1", "entre 0 et"));
        c.add(cellule(TypeFichier.CONVENTIONS, "statut", "ANNULEE_X", "code attendu parmi"));
        c.add(cellule(TypeFichier.CONVENTIONS, "signee", "13/2021", "date au format JJ/MM/AAAA, MM/AAAA ou AAAA"));
        c.add(cellule(TypeFichier.CONVENTIONS, "partenaire", "@SOMME(1;2)", "injection de formule"));
        c.add(cellule(TypeFichier.CONVENTIONS, "axes", "SECURISER", "n'est pas un code connu"));
        c.add(cellule(TypeFichier.ENTRETIENS, "theme", "METEO", "code attendu parmi"));
        c.add(cellule(TypeFichier.ENTRETIENS, "operateur", "ML", "code attendu parmi"));
        c.add(cellule(TypeFichier.ENTRETIENS, "citation", "=HYPERLINK(\"http://x\",\"clic\")", "injection de formule"));
        c.add(cellule(TypeFichier.ENTRETIENS, "date", "hier", "date au format JJ/MM/AAAA"));
        c.add(cellule(TypeFichier.LIEUX, "departement", "99", "département"));
        c.add(cellule(TypeFichier.LIEUX, "type_site", "CHATEAU", "code attendu parmi"));
        c.add(cellule(TypeFichier.LIEUX, "commune", "+33 Rouen", "injection de formule"));
        c.add(cellule(TypeFichier.LIEUX, "lieu", "=1", "injection de formule"));
        // Mapping files (correspondance).
        c.add(avecCorrespondance("correspondance YAML invalide", TypeFichier.ENTREES, ENTREES + LIGNE_ENTREE,
                "colonnes:\n  Année: annee\n  - region\n", "ligne 2 : fichier de correspondance illisible", "syntaxe YAML invalide"));
        c.add(avecCorrespondance("correspondance aux colonnes en liste", TypeFichier.ENTREES, ENTREES + LIGNE_ENTREE,
                "colonnes: [annee, region]\n", "ligne 1 : fichier de correspondance illisible",
                "la clé « colonnes » n'a pas la forme attendue"));
        c.add(avecCorrespondance("correspondance avec une clé inconnue", TypeFichier.ENTREES, ENTREES + LIGNE_ENTREE,
                "type: entrees\ncolonnez:\n  Année: annee\n", "ligne 2 : fichier de correspondance illisible",
                "clé « colonnez » inconnue"));
        c.add(avecCorrespondance("correspondance d'un autre type", TypeFichier.ENTREES, ENTREES + LIGNE_ENTREE,
                "type: dossiers\n", "le fichier de correspondance est prévu pour le type « dossiers », pas pour « entrees »"));
        c.add(avecCorrespondance("correspondance à l'encodage inconnu", TypeFichier.ENTREES, ENTREES + LIGNE_ENTREE,
                "encodage: EBCDIC\n", "encodage « EBCDIC » du fichier de correspondance inconnu"));
        c.add(new Cas("fichier Windows-1252 annoncé UTF-8", TypeFichier.ECARTS,
                () -> "Année;Périmètre;Opérateur;Système;Entrées\n2022;FM;APEC;SI;5\n".getBytes(Charset.forName("windows-1252")),
                "encodage: UTF-8\n", List.of("annonce l'encodage UTF-8 mais le fichier n'est pas en UTF-8 valide")));
        c.add(avecCorrespondance("correspondance au séparateur inconnu", TypeFichier.ENTREES, ENTREES + LIGNE_ENTREE,
                "separateur: \"#\"\n", "séparateur « # » du fichier de correspondance inconnu"));
        c.add(avecCorrespondance("constante qui n'est pas une colonne", TypeFichier.ENTREES, ENTREES + LIGNE_ENTREE,
                "constantes:\n  commune: Rouen\n", "la constante « commune » n'est pas une colonne du type entrees"));
        c.add(avecCorrespondance("code absent de la table de codes", TypeFichier.ENTREES,
                "annee;region;Réseau\n2022;28;PE\n2022;28;XX\n", "colonnes:\n  Réseau: operateur\ncodes:\n  operateur: { PE: FRANCE_TRAVAIL }\n",
                "ligne 3, colonne 3 « Réseau », valeur « XX » : valeur absente de la table « codes »"));
        c.add(cellule(TypeFichier.ENTREES, "effectif", "0", "nombre entier positif attendu"));
        c.add(avecCorrespondance("constante porteuse d'une formule", TypeFichier.LIEUX,
                "region;annee;operateur;commune;departement;type_site\n28;2022;APEC;Rouen;76;AGENCE\n",
                "constantes:\n  lieu: \"=HYPERLINK(\\\"http://x\\\")\"\n",
                "ligne 2, colonne « lieu » (constante du fichier de correspondance), valeur « =HYPERLINK", "injection de formule"));
        return c.stream();
    }

    private static Cas cas(String nom, TypeFichier type, String contenu, String... attendus) {
        return cas(nom, type, contenu.getBytes(StandardCharsets.UTF_8), attendus);
    }

    private static Cas cas(String nom, TypeFichier type, byte[] contenu, String... attendus) {
        return new Cas(nom, type, () -> contenu, null, List.of(attendus));
    }

    private static Cas avecCorrespondance(String nom, TypeFichier type, String contenu, String yaml, String... attendus) {
        return new Cas(nom, type, () -> contenu.getBytes(StandardCharsets.UTF_8), yaml, List.of(attendus));
    }

    /**
     * A file whose line 2 is valid (another year than the base's, so a partial write would show)
     * and whose line 3 has one wrong cell: the message names line 3, the column and the value.
     */
    private static Cas cellule(TypeFichier type, String colonne, String valeur, String attendu) {
        String entete;
        String ligne2;
        String ligne3;
        RegistreCooperationImportTest.Exemple exemple = RegistreCooperationImportTest.EXEMPLES.get(type);
        if (exemple != null) {
            entete = exemple.entete();
            ligne2 = exemple.ligne2022();
            ligne3 = exemple.ligne2023();
        } else {
            String valide = ReglesDeFormatTest.VALIDES.get(type);
            entete = valide.substring(0, valide.indexOf('\n'));
            ligne3 = valide.substring(valide.indexOf('\n') + 1).strip();
            ligne2 = ligne3.replace("2023;28;", "2022;28;").replace("A1;PTP;2023", "A2;PTP;2022").replace("2023;FM", "2022;FM")
                    .replace(";53;2023", ";53;2022");
        }
        List<String> colonnes = List.of(entete.split(";", -1));
        String[] cellules = ligne3.split(";", -1);
        int index = colonnes.indexOf(colonne);
        if (index < 0) {
            throw new IllegalArgumentException(colonne + " n'est pas une colonne de l'exemple " + type.code());
        }
        cellules[index] = valeur.contains(";") || valeur.contains("\"") ? "\"" + valeur.replace("\"", "\"\"") + "\"" : valeur;
        String contenu = entete + "\n" + ligne2 + "\n" + String.join(";", cellules) + "\n";
        String abregee = valeur.length() <= Erreur.VALEUR_AFFICHEE_MAX ? valeur : valeur.substring(0, Erreur.VALEUR_AFFICHEE_MAX);
        return cas(type.code() + "." + colonne + " = « " + valeur + " »", type, contenu,
                "ligne 3, colonne " + (index + 1) + " « " + colonne + " », valeur « " + abregee, attendu);
    }

    private static byte[] octets(int... valeurs) {
        byte[] b = new byte[valeurs.length];
        for (int i = 0; i < valeurs.length; i++) {
            b[i] = (byte) valeurs[i];
        }
        return b;
    }

    private static byte[] enorme(String debut, int taille, String fin) {
        StringBuilder s = new StringBuilder(taille + debut.length() + fin.length()).append(debut);
        while (s.length() < taille) {
            s.append("abcdefghij");
        }
        return s.append(fin).append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A real (tiny) workbook-like ZIP archive, as an .xlsx renamed .csv is. */
    private static byte[] zip() {
        try (ByteArrayOutputStream sortie = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(sortie)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.finish();
            return sortie.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** SHA-256 of each table's rows (sorted): every table of the schema, found in the catalogue of the base. */
    private Map<String, String> empreintes() throws Exception {
        List<String> tables = base.jdbi().withHandle(h -> h.createQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'").mapTo(String.class).list());
        assertThat(tables).contains("entree", "dossier", "action_cooperation", "journal_import", "tranche");
        Map<String, String> empreintes = new TreeMap<>();
        for (String table : tables) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String ligne : contenu(base, table)) {
                sha.update(ligne.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            empreintes.put(table, HexFormat.of().formatHex(sha.digest()));
        }
        return empreintes;
    }
}
