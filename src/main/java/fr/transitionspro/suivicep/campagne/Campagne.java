package fr.transitionspro.suivicep.campagne;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A region's yearly campaign: six milestones, each with a planned date, a done date and a status. What the
 * référent sets by hand is kept in {@code jalon_campagne}; what the data already prove is derived on every
 * read (the AGORA entries and the dossiers of the year imported, the operators' interviews in the
 * cooperation register, texts of the report being written), so that the page never lags behind an import.
 * A status set by hand wins over the data's; the data's is then offered as a suggestion when they differ.
 *
 * <p>{@code horloge} decides what « today » is, hence which milestones are late.
 */
public final class Campagne {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    /** Data the report needs, checked for the home page: slice type and the sentence saying it is missing. */
    private static final List<Map.Entry<String, String>> DONNEES_ATTENDUES = List.of(
            Map.entry("entrees", "Données AGORA %d non reçues (entrées en CEP)"),
            Map.entry("dossiers", "Dossiers %d non importés"),
            Map.entry("population", "Population %d absente (INSEE)"),
            Map.entry("actions", "Actions de coopération %d non importées"),
            Map.entry("entretiens", "Entretiens opérateurs %d non importés"));

    private final Jdbi jdbi;
    private final Clock horloge;

    public Campagne(Jdbi jdbi, Clock horloge) {
        this.jdbi = jdbi;
        this.horloge = horloge;
    }

    /** « 1er mars 2024 », « 12 mars 2024 »: the French way of writing a day. */
    public static String date(LocalDate jour) {
        return (jour.getDayOfMonth() == 1 ? "1er" : Integer.toString(jour.getDayOfMonth())) + "\u00a0" + JOUR.format(jour);
    }

    /** The six milestones of the region's campaign on year {@code annee}, in campaign order. */
    public List<EtatJalon> jalons(String region, int annee) {
        return jdbi.withHandle(h -> {
            Map<Jalon, Derivee> derivees = deriver(h, region, annee);
            Map<Jalon, Ligne> saisies = saisies(h, region, annee);
            LocalDate aujourdhui = LocalDate.now(horloge);
            List<EtatJalon> etats = new ArrayList<>();
            for (Jalon j : Jalon.values()) {
                etats.add(etat(j, Optional.ofNullable(saisies.get(j)), Optional.ofNullable(derivees.get(j)), aujourdhui));
            }
            return etats;
        });
    }

    /** Where the campaign stands and what is missing, in plain French. */
    public Synthese synthese(String region, int annee) {
        List<EtatJalon> jalons = jalons(region, annee);
        List<String> presentes = jdbi.withHandle(h -> h.createQuery("SELECT type FROM tranche WHERE region = :r AND annee = :a")
                .bind("r", region).bind("a", annee).mapTo(String.class).list());
        List<String> manques = new ArrayList<>();
        for (Map.Entry<String, String> d : DONNEES_ATTENDUES) {
            if (!presentes.contains(d.getKey())) {
                manques.add(String.format(d.getValue(), annee));
            }
        }
        List<EtatJalon> enRetard = jalons.stream().filter(EtatJalon::enRetard).toList();
        for (EtatJalon j : enRetard) {
            manques.add(j.jalon().libelle() + " " + j.jalon().prevu() + " le " + date(j.prevuLe().orElseThrow()) + ", en retard");
        }
        List<String> sansDate = jalons.stream().filter(j -> !j.fait() && j.prevuLe().isEmpty()).map(j -> j.jalon().libelle()).toList();
        if (!sansDate.isEmpty()) {
            manques.add((sansDate.size() == 1 ? "Aucune date prévue pour le jalon « " : "Aucune date prévue pour les jalons « ")
                    + String.join(" », « ", sansDate) + " »");
        }
        return new Synthese(region, annee, jalons, jalons.stream().filter(j -> !j.fait()).findFirst(), enRetard, manques);
    }

    /**
     * Stores what was set by hand for some milestones, all or nothing: every entry is checked first and any
     * problem refuses the whole lot with French messages. An entry equal to what is stored is not written
     * again (the author and time of the others stay).
     *
     * @return the milestones actually changed, in campaign order (for the audit log)
     */
    public List<Jalon> enregistrer(String region, int annee, Map<Jalon, Saisie> saisies, String auteur) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        List<String> erreurs = new ArrayList<>();
        saisies.forEach((j, s) -> erreurs.addAll(verifier(j, s, annee, aujourdhui)));
        if (!erreurs.isEmpty()) {
            throw new SaisieInvalide(erreurs);
        }
        LocalDateTime maintenant = LocalDateTime.now(horloge).withNano(0);
        return jdbi.inTransaction(h -> {
            Map<Jalon, Ligne> existantes = saisies(h, region, annee);
            List<Jalon> changes = new ArrayList<>();
            for (Map.Entry<Jalon, Saisie> e : new java.util.TreeMap<>(saisies).entrySet()) {
                Ligne avant = existantes.get(e.getKey());
                Saisie s = e.getValue();
                if (avant == null ? s.equals(Saisie.VIDE) : avant.saisie().equals(s)) {
                    continue;
                }
                changes.add(e.getKey());
                h.createUpdate("DELETE FROM jalon_campagne WHERE region = :r AND annee = :a AND jalon = :j")
                        .bind("r", region).bind("a", annee).bind("j", e.getKey().name()).execute();
                h.createUpdate("INSERT INTO jalon_campagne (region, annee, jalon, prevu_le, fait_le, statut, modifie_le, modifie_par) "
                                + "VALUES (:r, :a, :j, :prevu, :fait, :statut, :t, :par)")
                        .bind("r", region).bind("a", annee).bind("j", e.getKey().name())
                        .bind("prevu", s.prevuLe()).bind("fait", s.faitLe())
                        .bind("statut", s.statut() == null ? null : s.statut().name())
                        .bind("t", maintenant).bind("par", auteur).execute();
            }
            return changes;
        });
    }

    /** « Rédaction : fait, prévue le 15 février 2021, faite le 20 février 2021 »: an entry as the audit log words it. */
    public static String decrire(Jalon j, Saisie s) {
        return j.libelle() + "\u00a0: " + (s.statut() == null ? "selon les données" : s.statut().libelle())
                + (s.prevuLe() == null ? "" : ", prévu le " + date(s.prevuLe()))
                + (s.faitLe() == null ? "" : ", fait le " + date(s.faitLe()));
    }

    private static List<String> verifier(Jalon j, Saisie s, int annee, LocalDate aujourdhui) {
        List<String> erreurs = new ArrayList<>();
        String nom = "« " + j.libelle() + " »";
        if (s.faitLe() != null && s.statut() != Statut.FAIT) {
            erreurs.add(nom + "\u00a0: une date de réalisation demande le statut « fait » (statut choisi\u00a0: "
                    + (s.statut() == null ? "selon les données" : s.statut().libelle()) + ").");
        }
        if (s.faitLe() != null && s.faitLe().isAfter(aujourdhui)) {
            erreurs.add(nom + "\u00a0: la date de réalisation (" + date(s.faitLe()) + ") est dans le futur\u00a0; attendu\u00a0: aujourd’hui ou avant.");
        }
        // The campaign on year N runs from N to the end of N+2 at the latest: a date outside is a typing error.
        for (LocalDate d : new LocalDate[] {s.prevuLe(), s.faitLe()}) {
            if (d != null && (d.getYear() < annee || d.getYear() > annee + 2)) {
                erreurs.add(nom + "\u00a0: la date " + date(d) + " est hors de la campagne " + annee + "\u00a0; attendu\u00a0: entre le 1er janvier "
                        + annee + " et le 31 décembre " + (annee + 2) + ".");
                break;
            }
        }
        return erreurs;
    }

    // ---- reading ----

    /** A stored row: what was set, by whom, when. */
    private record Ligne(Saisie saisie, LocalDateTime modifieLe, String modifiePar) {
    }

    /** What the data say about a milestone, with the sentence that says why. */
    private record Derivee(Statut statut, LocalDate date, String texte) {
    }

    private static Map<Jalon, Ligne> saisies(Handle h, String region, int annee) {
        Map<Jalon, Ligne> lignes = new EnumMap<>(Jalon.class);
        h.createQuery("SELECT jalon, statut, prevu_le, fait_le, modifie_le, modifie_par FROM jalon_campagne WHERE region = :r AND annee = :a")
                .bind("r", region).bind("a", annee)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Ligne(new Saisie(Statut.lire(rs.getString(2)).orElse(null),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)),
                        rs.getTimestamp(5).toLocalDateTime(), rs.getString(6))))
                .forEach(e -> Jalon.lire(e.getKey()).ifPresent(j -> lignes.put(j, e.getValue())));
        return lignes;
    }

    private record Import(LocalDateTime horodatage, String fichier) {
    }

    private static Map<Jalon, Derivee> deriver(Handle h, String region, int annee) {
        Map<String, Import> imports = new HashMap<>();
        h.createQuery("SELECT t.type, j.horodatage, j.fichier FROM tranche t JOIN journal_import j ON j.id = t.import_id "
                        + "WHERE t.region = :r AND t.annee = :a")
                .bind("r", region).bind("a", annee)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Import(rs.getTimestamp(2).toLocalDateTime(), rs.getString(3))))
                .forEach(e -> imports.put(e.getKey(), e.getValue()));
        Map<Jalon, Derivee> derivees = new EnumMap<>(Jalon.class);
        Import entrees = imports.get("entrees");
        if (entrees != null) {
            derivees.put(Jalon.DONNEES_AGORA, new Derivee(Statut.FAIT, entrees.horodatage().toLocalDate(),
                    "entrées AGORA " + annee + " importées le " + date(entrees.horodatage().toLocalDate())
                            + " (fichier « " + entrees.fichier() + " »)"));
        }
        Import dossiers = imports.get("dossiers");
        if (dossiers != null) {
            derivees.put(Jalon.DOSSIERS_IMPORTES, new Derivee(Statut.FAIT, dossiers.horodatage().toLocalDate(),
                    "dossiers " + annee + " importés le " + date(dossiers.horodatage().toLocalDate())
                            + " (fichier « " + dossiers.fichier() + " »)"));
        }
        Import entretiens = imports.get("entretiens");
        if (entretiens != null) {
            // Done on the day of the last interview the register records; on the import's day if it records no date.
            record Entretiens(long operateurs, LocalDate dernier) {
            }
            Entretiens e = h.createQuery("SELECT COUNT(DISTINCT operateur), MAX(date_entretien) FROM entretien WHERE region = :r AND annee = :a")
                    .bind("r", region).bind("a", annee)
                    .map((rs, ctx) -> new Entretiens(rs.getLong(1), rs.getObject(2, LocalDate.class))).one();
            LocalDate jour = e.dernier() != null ? e.dernier() : entretiens.horodatage().toLocalDate();
            derivees.put(Jalon.ENTRETIENS_OPERATEURS, new Derivee(Statut.FAIT, jour,
                    "registre des entretiens importé\u00a0: " + e.operateurs() + (e.operateurs() > 1 ? " opérateurs" : " opérateur")
                            + (e.dernier() != null ? ", dernier entretien le " + date(e.dernier()) : "")));
        }
        record Textes(long sections, LocalDateTime premier) {
        }
        Textes t = h.createQuery("SELECT COUNT(*), MIN(modifie_le) FROM texte_section WHERE region = :r AND annee = :a")
                .bind("r", region).bind("a", annee)
                .map((rs, ctx) -> new Textes(rs.getLong(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toLocalDateTime())).one();
        if (t.sections() > 0) {
            derivees.put(Jalon.REDACTION, new Derivee(Statut.EN_COURS, null,
                    t.sections() + (t.sections() > 1 ? " textes du rapport écrits" : " texte du rapport écrit")
                            + " depuis le " + date(t.premier().toLocalDate())));
        }
        return derivees;
    }

    private static EtatJalon etat(Jalon j, Optional<Ligne> ligne, Optional<Derivee> derivee, LocalDate aujourdhui) {
        Saisie saisie = ligne.map(Ligne::saisie).orElse(Saisie.VIDE);
        Statut statut;
        LocalDate faitLe = null;
        String origine;
        Optional<String> suggestion = Optional.empty();
        if (saisie.statut() != null) {
            statut = saisie.statut();
            Ligne l = ligne.orElseThrow();
            origine = "Saisi par " + l.modifiePar() + " le " + date(l.modifieLe().toLocalDate());
            if (statut == Statut.FAIT) {
                // Done by hand without a date: the data's date, when they know it, is the best one there is.
                faitLe = saisie.faitLe() != null ? saisie.faitLe()
                        : derivee.filter(d -> d.statut() == Statut.FAIT).map(Derivee::date).orElse(null);
            }
            suggestion = derivee.filter(d -> d.statut() != saisie.statut())
                    .map(d -> "D’après les données\u00a0: " + d.statut().libelle() + " (" + d.texte() + ").");
        } else if (derivee.isPresent()) {
            statut = derivee.get().statut();
            faitLe = statut == Statut.FAIT ? derivee.get().date() : null;
            origine = "D’après les données\u00a0: " + derivee.get().texte();
        } else {
            statut = Statut.A_FAIRE;
            origine = "";
        }
        if (saisie.statut() == null && ligne.isPresent()) {
            Ligne l = ligne.get();
            origine = (origine.isEmpty() ? "" : origine + "\u00a0; ") + "date prévue saisie par " + l.modifiePar() + " le "
                    + date(l.modifieLe().toLocalDate());
        }
        Optional<LocalDate> prevu = Optional.ofNullable(saisie.prevuLe());
        boolean retard = statut != Statut.FAIT && prevu.filter(p -> p.isBefore(aujourdhui)).isPresent();
        return new EtatJalon(j, statut, prevu, Optional.ofNullable(faitLe), retard, origine, suggestion, saisie);
    }
}
