package fr.transitionspro.suivicep.importation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header row of a file, read through the mapping: which canonical column sits at which
 * position. Building it applies the file-level rules of formats.md: required columns, no
 * duplicate, no direct personal identifier, unknown columns ignored with a warning.
 */
final class Entete {

    /** formats.md: columns that would hold direct personal identifiers (RGPD). */
    private static final Set<String> IDENTIFIANTS = Set.of("nom", "prenom", "nir", "numero_securite_sociale", "email",
            "telephone", "adresse", "date_naissance");
    /** Common spellings of the same identifiers, matched as whole words of the header. */
    private static final Set<String> MOTS_IDENTIFIANTS = Set.of("nom", "prenom", "prenoms", "nir", "email", "mail",
            "courriel", "telephone", "tel", "portable", "adresse", "naissance", "secu", "securite");

    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, String> nomsSource = new HashMap<>();
    private final Map<String, String> constantes;
    private final Map<String, Map<String, String>> codes = new HashMap<>();
    private final List<String> avertissements = new ArrayList<>();

    private Entete(Map<String, String> constantes) {
        this.constantes = constantes;
    }

    static Entete lire(List<String> entetes, TypeFichier type, Correspondance correspondance, Erreurs erreurs) {
        Entete e = new Entete(correspondance.constantesNormalisees());
        Map<String, String> renommages = correspondance.colonnesNormalisees();
        Map<String, Integer> vues = new LinkedHashMap<>();
        for (int i = 0; i < entetes.size(); i++) {
            String source = entetes.get(i) == null ? "" : entetes.get(i);
            String cle = Texte.cle(source);
            if (i == 0 && cle.startsWith("\ufeff")) {
                cle = cle.substring(1);
            }
            String canonique = renommages.getOrDefault(cle, cle);
            if (estIdentifiantDirect(cle) || estIdentifiantDirect(canonique)) {
                erreurs.ajouter(new Erreur(1, i + 1, source.strip(), null,
                        "colonne refusée : elle contient des données personnelles directement identifiantes "
                                + "(nom, prénom, NIR, courriel, téléphone, adresse, date de naissance) ; "
                                + "supprimez-la de l'extraction (RGPD : suivi-cep ne conserve jamais d'identifiant direct)"));
                continue;
            }
            if (cle.isEmpty() && source.isBlank()) {
                e.avertissements.add("colonne " + (i + 1) + " sans en-tête ignorée");
                continue;
            }
            if (!type.colonnes().contains(canonique)) {
                e.avertissements.add("colonne " + (i + 1) + " « " + source.strip() + " » inconnue pour le type "
                        + type.code() + ", ignorée");
                continue;
            }
            if (vues.containsKey(canonique)) {
                erreurs.ajouter(new Erreur(1, i + 1, source.strip(), null,
                        "colonne « " + canonique + " » en double (déjà en colonne " + (vues.get(canonique) + 1) + ")"));
                continue;
            }
            vues.put(canonique, i);
            e.positions.put(canonique, i);
            e.nomsSource.put(canonique, source.strip());
        }
        for (String constante : e.constantes.keySet()) {
            if (!type.colonnes().contains(constante)) {
                erreurs.ajouter(Erreur.fichier("fichier de correspondance : la constante « " + constante
                        + " » n'est pas une colonne du type " + type.code() + " (colonnes : "
                        + String.join(", ", type.colonnes()) + ")"));
            }
        }
        for (String colonne : type.colonnes()) {
            Map<String, String> table = correspondance.codesDe(colonne);
            if (table != null) {
                e.codes.put(colonne, table);
            }
        }
        if (type.obligatoires().stream().anyMatch(r -> !e.positions.containsKey(r) && !e.constantes.containsKey(r))
                && entetes.stream().anyMatch(x -> x != null && x.contains("Ã"))) {
            erreurs.ajouter(new Erreur(1, 0, null, null, "l'en-tête semble encodé deux fois en UTF-8 (« Ã© » au lieu de « é ») : "
                    + "réenregistrez le fichier en UTF-8 depuis sa source"));
        }
        for (String requise : type.obligatoires()) {
            if (!e.positions.containsKey(requise) && !e.constantes.containsKey(requise)) {
                erreurs.ajouter(new Erreur(1, 0, null, null, "colonne obligatoire « " + requise
                        + " » absente de l'en-tête (colonnes attendues : " + String.join(", ", type.colonnes()) + ")"));
            }
        }
        return e;
    }

    static boolean estIdentifiantDirect(String cle) {
        String mots = cle.replaceAll("[^a-z0-9]+", "_");
        if (IDENTIFIANTS.contains(mots)) {
            return true;
        }
        for (String mot : mots.split("_")) {
            if (MOTS_IDENTIFIANTS.contains(mot)) {
                return true;
            }
        }
        return false;
    }

    int index(String colonne) {
        return positions.getOrDefault(colonne, -1);
    }

    int numero(String colonne) {
        return index(colonne) + 1;
    }

    String nomSource(String colonne) {
        return nomsSource.getOrDefault(colonne, colonne);
    }

    String constante(String colonne) {
        return constantes.get(colonne);
    }

    Map<String, String> codes(String colonne) {
        return codes.get(colonne);
    }

    List<String> avertissements() {
        return avertissements;
    }
}
