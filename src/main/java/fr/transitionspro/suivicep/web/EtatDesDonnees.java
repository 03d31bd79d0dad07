package fr.transitionspro.suivicep.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/**
 * Where a region's data for a year stand, read from the slices (which import currently provides each
 * type × region × year) and the import journal. Every method takes the signed-in account and reads only
 * what {@link Habilitations} lets it read (403 otherwise), whatever page calls it.
 */
@Service
class EtatDesDonnees {

    /** A kind of data the report needs, with the words that describe it in a sentence. */
    record Donnee(String type, String libelle, boolean feminin) {
        String importe() {
            return feminin ? "importées" : "importés";
        }
    }

    /** In the order of the campaign: the operators' figures first, then the association's own files. */
    static final List<Donnee> DONNEES = List.of(
            new Donnee("entrees", "Entrées en CEP (AGORA)", true),
            new Donnee("ecarts", "Écarts AGORA / systèmes des opérateurs", false),
            new Donnee("dossiers", "Dossiers de l’association", false),
            new Donnee("population", "Population active (INSEE)", true),
            new Donnee("agregats", "Chiffres échangés ou publiés", false),
            new Donnee("actions", "Actions de coopération", true),
            new Donnee("conventions", "Conventions", true),
            new Donnee("entretiens", "Entretiens avec les opérateurs", false),
            new Donnee("lieux", "Lieux d’accueil des opérateurs", false));

    static String libelle(String type) {
        return DONNEES.stream().filter(d -> d.type().equals(type)).map(Donnee::libelle).findFirst().orElse(type);
    }

    /** One line of the dashboard; {@code importe} is absent when the slice was never imported. */
    record Etat(Donnee donnee, int annee, Optional<Import> importe) {
    }

    /** One accepted import of the journal. */
    record Import(long id, LocalDateTime horodatage, String fichier, String sha256, String type, List<String> tranches,
                  long lignes, long lignesRegion) {
    }

    private final Jdbi jdbi;
    private final Habilitations habilitations;

    EtatDesDonnees(Jdbi jdbi, Habilitations habilitations) {
        this.jdbi = jdbi;
        this.habilitations = habilitations;
    }

    List<Etat> etat(Utilisateur utilisateur, String demandee, int annee) {
        String region = habilitations.lire(utilisateur, demandee);
        Map<String, Import> parType = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT t.type, t.lignes, j.id, j.horodatage, j.fichier, j.sha256, j.tranches, j.lignes "
                        + "FROM tranche t JOIN journal_import j ON j.id = t.import_id WHERE t.region = :region AND t.annee = :annee")
                .bind("region", region).bind("annee", annee)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Import(rs.getLong(3), rs.getTimestamp(4).toLocalDateTime(),
                        rs.getString(5), rs.getString(6), rs.getString(1), tranches(rs.getString(7)), rs.getLong(8), rs.getLong(2))))
                .forEach(e -> parType.put(e.getKey(), e.getValue())));
        List<Etat> etats = new ArrayList<>();
        for (Donnee d : DONNEES) {
            etats.add(new Etat(d, annee, Optional.ofNullable(parType.get(d.type()))));
        }
        return etats;
    }

    /** The most recent year with any slice in these regions, or empty on a new base. */
    Optional<Integer> derniereAnnee(Utilisateur utilisateur, List<String> demandees) {
        List<String> regions = lisibles(utilisateur, demandees);
        if (regions.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(annee) FROM tranche WHERE region IN (<regions>)")
                .bindList("regions", regions).mapTo(Integer.class).findOne());
    }

    List<Integer> annees(Utilisateur utilisateur, List<String> demandees) {
        List<String> regions = lisibles(utilisateur, demandees);
        if (regions.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT annee FROM tranche WHERE region IN (<regions>) ORDER BY annee DESC")
                .bindList("regions", regions).mapTo(Integer.class).list());
    }

    /**
     * {@link #derniereAnnee(Utilisateur, List)} from the slices' years already read (region → years with a slice),
     * without a query.
     */
    Optional<Integer> derniereAnnee(Utilisateur utilisateur, List<String> demandees, Map<String, Set<Integer>> parRegion) {
        return lisibles(utilisateur, demandees).stream().flatMap(r -> parRegion.getOrDefault(r, Set.of()).stream())
                .max(Comparator.naturalOrder());
    }

    /** {@link #annees(Utilisateur, List)} from the slices' years already read, without a query. */
    List<Integer> annees(Utilisateur utilisateur, List<String> demandees, Map<String, Set<Integer>> parRegion) {
        return lisibles(utilisateur, demandees).stream().flatMap(r -> parRegion.getOrDefault(r, Set.of()).stream())
                .distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The imports that touched a region, newest first. */
    List<Import> journal(Utilisateur utilisateur, String demandee) {
        String region = habilitations.lireChiffresDeLaRegion(utilisateur, demandee);
        return jdbi.withHandle(h -> h.createQuery("SELECT id, horodatage, fichier, sha256, type, tranches, lignes FROM journal_import ORDER BY id DESC")
                .map((rs, ctx) -> new Import(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4),
                        rs.getString(5), tranches(rs.getString(6)), rs.getLong(7), -1))
                .list()).stream()
                .filter(i -> i.tranches().stream().anyMatch(t -> t.startsWith(region + "/")))
                .toList();
    }

    /** Of the regions asked for, those the account may read: the others are left out, not an error (a list, not an address). */
    private List<String> lisibles(Utilisateur utilisateur, List<String> regions) {
        List<String> permises = habilitations.regionsLisibles(utilisateur);
        return regions.stream().filter(permises::contains).toList();
    }

    /** The journal writes the slices as « 28/2023 53/2023 ». */
    private static List<String> tranches(String texte) {
        return texte == null || texte.isBlank() ? List.of() : Arrays.asList(texte.strip().split("\\s+"));
    }
}
