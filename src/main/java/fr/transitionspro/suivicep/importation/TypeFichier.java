package fr.transitionspro.suivicep.importation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical file types of formats.md: their columns (in the documented order), the required
 * ones, the table they fill and how one row is checked and converted.
 */
public enum TypeFichier {

    ENTREES("entrees", "entree",
            List.of("annee", "region", "operateur", "sexe", "age", "tranche_age", "niveau", "objectif", "statut", "effectif"),
            Set.of("annee", "region", "operateur"), new ConversionEntree()),
    DOSSIERS("dossiers", "dossier",
            List.of("id_dossier", "dispositif", "annee", "region", "decision", "operateur_cep", "sexe", "age", "niveau",
                    "contrat", "temps_partiel", "csp", "rqth", "naf_origine", "rome_origine", "certification_visee",
                    "libelle_certification", "rome_cible", "projet", "naf_projet", "statut_candidat"),
            Set.of("id_dossier", "dispositif", "annee", "region", "decision"), new ConversionDossier()),
    POPULATION("population", "population", List.of("region", "annee", "actifs", "population_15_64", "actifs_occupes"),
            Set.of("region", "annee", "actifs"), new ConversionPopulation()),
    AGREGATS("agregats", "agregat", List.of("indicateur", "region", "annee", "dimensions", "valeur", "unite", "source"),
            Set.of("indicateur", "region", "annee", "dimensions", "valeur"), new ConversionAgregat()),
    ECARTS("ecarts", "ecart", List.of("annee", "perimetre", "operateur", "systeme", "entrees"),
            Set.of("annee", "perimetre", "operateur", "systeme", "entrees"), new ConversionEcart()),
    // The cooperation register (Part 1 of the report).
    ACTIONS("actions", "action_cooperation", List.of("region", "annee", "date", "titre", "type", "axes", "operateurs",
            "partenaires", "lieu", "participants", "description"),
            Set.of("region", "date", "titre", "type", "axes"), new ConversionAction()),
    CONVENTIONS("conventions", "convention", List.of("region", "annee", "partenaire", "signee", "renouvelee", "fin", "axes",
            "statut", "objet"), Set.of("region", "annee", "partenaire", "statut"), new ConversionConvention()),
    ENTRETIENS("entretiens", "entretien", List.of("region", "annee", "operateur", "date", "interlocuteurs", "theme",
            "synthese", "citation"), Set.of("region", "annee", "operateur", "theme"), new ConversionEntretien()),
    LIEUX("lieux", "lieu_accueil", List.of("region", "annee", "operateur", "lieu", "commune", "departement", "type_site",
            "permanence"), Set.of("region", "annee", "operateur", "commune", "departement", "type_site"), new ConversionLieu());

    private final String code;
    private final String table;
    private final List<String> colonnes;
    private final Set<String> obligatoires;
    private final Conversion conversion;

    TypeFichier(String code, String table, List<String> colonnes, Set<String> obligatoires, Conversion conversion) {
        this.code = code;
        this.table = table;
        this.colonnes = colonnes;
        this.obligatoires = obligatoires;
        this.conversion = conversion;
    }

    public String code() {
        return code;
    }

    String table() {
        return table;
    }

    List<String> colonnes() {
        return colonnes;
    }

    Set<String> obligatoires() {
        return obligatoires;
    }

    Conversion conversion() {
        return conversion;
    }

    /** The column of {@link #table()} that holds the slice's region. */
    String colonneRegion() {
        return this == ECARTS ? "perimetre" : "region";
    }

    public static Optional<TypeFichier> lire(String code) {
        String cle = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code.equals(cle)).findFirst();
    }

    /**
     * The type of a file from its header row: the one type whose required columns are all there and which knows
     * every other column; empty when none or several fit (a mapping file, a file of another kind: the user names
     * the type). Headers are compared as the import compares them (case, spaces and accents ignored).
     */
    static Optional<TypeFichier> reconnaitre(List<String> entete) {
        Set<String> colonnes = new java.util.HashSet<>();
        for (int i = 0; i < entete.size(); i++) {
            String cle = Texte.cle(entete.get(i) == null ? "" : entete.get(i));
            colonnes.add(i == 0 && cle.startsWith("\ufeff") ? cle.substring(1) : cle);
        }
        colonnes.remove("");
        List<TypeFichier> possibles = Arrays.stream(values())
                .filter(t -> colonnes.containsAll(t.obligatoires) && t.colonnes.containsAll(colonnes)).toList();
        return possibles.size() == 1 ? Optional.of(possibles.get(0)) : Optional.empty();
    }

    public static String attendus() {
        return String.join(", ", Arrays.stream(values()).map(TypeFichier::code).toList());
    }
}
