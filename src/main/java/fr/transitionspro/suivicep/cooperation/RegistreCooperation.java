package fr.transitionspro.suivicep.cooperation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.transitionspro.suivicep.base.Base;

/**
 * The cooperation register of one region and year, as imported (types {@code actions},
 * {@code conventions}, {@code entretiens}, {@code lieux}): what Part 1 of the report is written from.
 * Actions are in date order, everything else in the order of the imported file.
 */
public record RegistreCooperation(List<Action> actions, List<Convention> conventions, List<Entretien> entretiens,
        List<LieuAccueil> lieux) {

    public static RegistreCooperation lire(Base base, String region, int annee) {
        return base.jdbi().withHandle(h -> {
            List<Action> actions = h.createQuery("SELECT date_action, titre, type_action, axes, operateurs, partenaires, "
                    + "lieu, participants, description FROM action_cooperation WHERE region = :r AND annee = :a "
                    + "ORDER BY date_action, ligne")
                    .bind("r", region).bind("a", annee)
                    .map((rs, ctx) -> new Action(rs.getObject(1, LocalDate.class), rs.getString(2),
                            TypeAction.valueOf(rs.getString(3)), axes(rs.getString(4)), liste(rs.getString(5)),
                            liste(rs.getString(6)), rs.getString(7), entier(rs, 8), rs.getString(9)))
                    .list();
            List<Convention> conventions = h.createQuery("SELECT partenaire, signee, renouvelee, fin, axes, statut, objet "
                    + "FROM convention WHERE region = :r AND annee = :a ORDER BY ligne")
                    .bind("r", region).bind("a", annee)
                    .map((rs, ctx) -> new Convention(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            axes(rs.getString(5)), StatutConvention.valueOf(rs.getString(6)), rs.getString(7)))
                    .list();
            List<LieuAccueil> lieux = h.createQuery("SELECT operateur, lieu, commune, departement, type_site, permanence "
                    + "FROM lieu_accueil WHERE region = :r AND annee = :a ORDER BY ligne")
                    .bind("r", region).bind("a", annee)
                    .map((rs, ctx) -> new LieuAccueil(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            TypeSite.valueOf(rs.getString(5)), rs.getString(6)))
                    .list();
            List<LigneEntretien> lignes = h.createQuery("SELECT operateur, date_entretien, interlocuteurs, theme, synthese, "
                    + "citation FROM entretien WHERE region = :r AND annee = :a ORDER BY ligne")
                    .bind("r", region).bind("a", annee)
                    .map((rs, ctx) -> new LigneEntretien(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                            new Entretien.Propos(Theme.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6))))
                    .list();
            return new RegistreCooperation(actions, conventions, entretiens(lignes), lieux);
        });
    }

    private record LigneEntretien(String operateur, LocalDate date, String interlocuteurs, Entretien.Propos propos) {
    }

    /**
     * One interview per operator, in the order operators first appear. Date and people met come
     * from the first row that gives them (the file may repeat them on every row or not); themes
     * follow the guide's order, remarks on one theme the file's order (the sort is stable).
     */
    private static List<Entretien> entretiens(List<LigneEntretien> lignes) {
        Map<String, List<LigneEntretien>> parOperateur = new LinkedHashMap<>();
        lignes.forEach(l -> parOperateur.computeIfAbsent(l.operateur(), o -> new ArrayList<>()).add(l));
        List<Entretien> entretiens = new ArrayList<>();
        parOperateur.forEach((operateur, siennes) -> {
            LocalDate date = siennes.stream().map(LigneEntretien::date).filter(d -> d != null).findFirst().orElse(null);
            String qui = siennes.stream().map(LigneEntretien::interlocuteurs).filter(i -> i != null).findFirst().orElse(null);
            List<Entretien.Propos> propos = new ArrayList<>(siennes.stream().map(LigneEntretien::propos).toList());
            propos.sort(Comparator.comparing(Entretien.Propos::theme));
            entretiens.add(new Entretien(operateur, date, qui, List.copyOf(propos)));
        });
        return List.copyOf(entretiens);
    }

    public List<Action> actions(Axe axe) {
        return actions.stream().filter(a -> a.axes().contains(axe)).toList();
    }

    public List<Action> actions(TypeAction type) {
        return actions.stream().filter(a -> a.type() == type).toList();
    }

    /** The actions an operator took part in. */
    public List<Action> actionsAvec(String operateur) {
        return actions.stream().filter(a -> a.operateurs().contains(operateur)).toList();
    }

    public Optional<Entretien> entretien(String operateur) {
        return entretiens.stream().filter(e -> e.operateur().equals(operateur)).findFirst();
    }

    public List<LieuAccueil> lieux(String operateur) {
        return lieux.stream().filter(l -> l.operateur().equals(operateur)).toList();
    }

    private static List<Axe> axes(String codes) {
        return liste(codes).stream().map(Axe::valueOf).toList();
    }

    private static List<String> liste(String joints) {
        return joints == null || joints.isBlank() ? List.of() : Arrays.asList(joints.split("\\|"));
    }

    private static Integer entier(ResultSet rs, int colonne) throws SQLException {
        int v = rs.getInt(colonne);
        return rs.wasNull() ? null : v;
    }
}
