package fr.transitionspro.suivicep.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import fr.transitionspro.suivicep.base.Base;

/**
 * Entering the interview of one operator, under the rules of the {@code entretiens} file: a known operator, a
 * date if given, remarks on themes of the guide each with a summary or a quote. One interview per operator and
 * year, as the register reads them: it is written whole, one row per remark, the date and the people met on
 * every row. The region's other interviews keep their order; rows are renumbered in that order.
 */
public final class SaisieEntretiens {

    private record Rang(String operateur, LocalDate date, String interlocuteurs, String theme, String synthese, String citation) {
    }

    private final Base base;

    public SaisieEntretiens(Base base) {
        this.base = base;
    }

    public Optional<Entretien> trouver(String region, int annee, String operateur) {
        return RegistreCooperation.lire(base, region, annee).entretien(operateur);
    }

    /**
     * Writes the interview: a new one when {@code remplace} is null, else in place of {@code remplace}'s (the
     * operator may change). Refused when another interview of the year already has that operator.
     */
    public Entretien enregistrer(String region, int annee, String remplace, EntretienSaisi saisie) {
        Entretien e = verifier(saisie);
        return base.jdbi().inTransaction(h -> {
            List<Rang> rangs = lire(h, region, annee);
            if (!e.operateur().equals(remplace) && rangs.stream().anyMatch(r -> r.operateur().equals(e.operateur()))) {
                throw new SaisieInvalide(Map.of("operateur", "Un entretien avec cet opérateur est déjà enregistré pour " + annee
                        + "\u00a0: modifiez-le plutôt."));
            }
            List<Rang> nouveaux = e.propos().stream().map(p -> new Rang(e.operateur(), e.date(), e.interlocuteurs(), p.theme().name(),
                    p.synthese(), p.citation())).toList();
            List<Rang> tous = new ArrayList<>();
            boolean place = false;
            for (Rang r : rangs) {
                if (r.operateur().equals(remplace)) {
                    if (!place) {
                        tous.addAll(nouveaux);
                        place = true;
                    }
                } else {
                    tous.add(r);
                }
            }
            if (!place) {
                tous.addAll(nouveaux);
            }
            reecrire(h, region, annee, tous);
            return e;
        });
    }

    public boolean supprimer(String region, int annee, String operateur) {
        return base.jdbi().inTransaction(h -> {
            List<Rang> rangs = lire(h, region, annee);
            List<Rang> restants = rangs.stream().filter(r -> !r.operateur().equals(operateur)).toList();
            reecrire(h, region, annee, restants);
            return restants.size() < rangs.size();
        });
    }

    private static List<Rang> lire(Handle h, String region, int annee) {
        return h.createQuery("SELECT operateur, date_entretien, interlocuteurs, theme, synthese, citation FROM entretien "
                        + "WHERE region = :r AND annee = :a ORDER BY ligne")
                .bind("r", region).bind("a", annee)
                .map((rs, ctx) -> new Rang(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    private static void reecrire(Handle h, String region, int annee, List<Rang> rangs) {
        h.createUpdate("DELETE FROM entretien WHERE region = :r AND annee = :a").bind("r", region).bind("a", annee).execute();
        int ligne = 1;
        for (Rang r : rangs) {
            h.createUpdate("INSERT INTO entretien (region, annee, operateur, date_entretien, interlocuteurs, theme, synthese, citation, "
                            + "ligne) VALUES (:region, :annee, :operateur, :date, :interlocuteurs, :theme, :synthese, :citation, :ligne)")
                    .bind("region", region).bind("annee", annee).bind("operateur", r.operateur()).bind("date", r.date())
                    .bind("interlocuteurs", r.interlocuteurs()).bind("theme", r.theme()).bind("synthese", r.synthese())
                    .bind("citation", r.citation()).bind("ligne", ligne++).execute();
        }
    }

    public static Entretien verifier(EntretienSaisi s) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String operateur = SaisieActions.operateur(s.operateur(), erreurs);
        LocalDate date = null;
        String texteDate = SaisieActions.texte(s.date());
        if (texteDate != null) {
            date = SaisieActions.date(texteDate).orElse(null);
            if (date == null) {
                erreurs.put("date", "Date au format JJ/MM/AAAA attendue (par exemple 12/03/2024), ou rien si elle n’est pas connue.");
            }
        }
        List<Entretien.Propos> propos = new ArrayList<>();
        for (EntretienSaisi.ProposSaisi p : s.propos()) {
            String synthese = SaisieActions.libre(p.synthese(), "propos", erreurs);
            String citation = SaisieActions.libre(p.citation(), "propos", erreurs);
            if (synthese == null && citation == null) {
                continue;
            }
            Optional<Theme> theme = p.theme() == null ? Optional.empty() : Theme.lire(p.theme());
            if (theme.isEmpty()) {
                erreurs.put("propos", "Thème inconnu («\u00a0" + p.theme() + "\u00a0»).");
            } else {
                propos.add(new Entretien.Propos(theme.get(), synthese, citation));
            }
        }
        String interlocuteurs = SaisieActions.libre(s.interlocuteurs(), "interlocuteurs", erreurs);
        if (propos.isEmpty()) {
            erreurs.putIfAbsent("propos", "Écrivez au moins une synthèse ou une citation, sur l’un des quatre thèmes.");
        }
        if (!erreurs.isEmpty()) {
            throw new SaisieInvalide(erreurs);
        }
        // The register reads the themes in the guide's order, each theme's remarks in the order given.
        List<Entretien.Propos> tries = new ArrayList<>(propos);
        tries.sort(java.util.Comparator.comparing(Entretien.Propos::theme));
        return new Entretien(operateur, date, interlocuteurs, List.copyOf(tries));
    }
}
