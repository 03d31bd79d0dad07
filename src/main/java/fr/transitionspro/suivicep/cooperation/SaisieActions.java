package fr.transitionspro.suivicep.cooperation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * Entering the actions of the cooperation register one by one (the web application's form), under the rules
 * the {@code actions} file follows on import (docs/formats.md): so that what is entered here prints in the
 * report exactly like an imported row, and exports to a file that imports again. An action belongs to the
 * region and year of the register it is entered in: its date must fall in that year. A refused entry
 * ({@link SaisieInvalide}) writes nothing.
 *
 * <p>An import of the {@code actions} type still replaces the whole region × year, entered actions included.
 */
public final class SaisieActions {

    static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter LECTURE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    static final int PARTICIPANTS_MAX = 1_000_000;

    private final Base base;

    public SaisieActions(Base base) {
        this.base = base;
    }

    /** The region's actions of the year, in date order (then in the order they were recorded). */
    public List<ActionEnregistree> lister(String region, int annee) {
        return base.jdbi().withHandle(h -> h.createQuery("SELECT ligne, date_action, titre, type_action, axes, operateurs, "
                        + "partenaires, lieu, participants, description FROM action_cooperation WHERE region = :r AND annee = :a "
                        + "ORDER BY date_action, ligne")
                .bind("r", region).bind("a", annee)
                .map((rs, ctx) -> lire(rs)).list());
    }

    public Optional<ActionEnregistree> trouver(String region, int annee, int numero) {
        return lister(region, annee).stream().filter(a -> a.numero() == numero).findFirst();
    }

    /** Checks the entry and records it under the next free number of the region and year. */
    public ActionEnregistree ajouter(String region, int annee, ActionSaisie saisie) {
        Action action = verifier(region, annee, saisie);
        return base.jdbi().inTransaction(h -> {
            int numero = h.createQuery("SELECT COALESCE(MAX(ligne), 0) + 1 FROM action_cooperation WHERE region = :r AND annee = :a")
                    .bind("r", region).bind("a", annee).mapTo(Integer.class).one();
            inserer(h, region, annee, numero, action);
            return new ActionEnregistree(numero, action);
        });
    }

    /** Replaces action {@code numero}, which keeps its number; empty when there is no such action. */
    public Optional<ActionEnregistree> modifier(String region, int annee, int numero, ActionSaisie saisie) {
        Action action = verifier(region, annee, saisie);
        return base.jdbi().inTransaction(h -> {
            if (supprimer(h, region, annee, numero) == 0) {
                return Optional.<ActionEnregistree>empty();
            }
            inserer(h, region, annee, numero, action);
            return Optional.of(new ActionEnregistree(numero, action));
        });
    }

    /** Deletes action {@code numero}; false when there was none. */
    public boolean supprimer(String region, int annee, int numero) {
        return base.jdbi().inTransaction(h -> supprimer(h, region, annee, numero) > 0);
    }

    private static int supprimer(Handle h, String region, int annee, int numero) {
        return h.createUpdate("DELETE FROM action_cooperation WHERE region = :r AND annee = :a AND ligne = :n")
                .bind("r", region).bind("a", annee).bind("n", numero).execute();
    }

    private static void inserer(Handle h, String region, int annee, int numero, Action a) {
        h.createUpdate("INSERT INTO action_cooperation (region, annee, date_action, titre, type_action, axes, operateurs, "
                        + "partenaires, lieu, participants, description, ligne) VALUES (:region, :annee, :date, :titre, :type, :axes, "
                        + ":operateurs, :partenaires, :lieu, :participants, :description, :ligne)")
                .bind("region", region).bind("annee", annee).bind("date", a.date()).bind("titre", a.titre())
                .bind("type", a.type().name())
                .bind("axes", String.join("|", a.axes().stream().map(Axe::name).toList()))
                .bind("operateurs", a.operateurs().isEmpty() ? null : String.join("|", a.operateurs()))
                .bind("partenaires", a.partenaires().isEmpty() ? null : String.join("|", a.partenaires()))
                .bind("lieu", a.lieu()).bind("participants", a.participants()).bind("description", a.description())
                .bind("ligne", numero).execute();
    }

    /**
     * The action the entry describes, or {@link SaisieInvalide} with every broken rule, each next to its field:
     * the required date (of the register's year), title, type and at least one axis; known operator codes;
     * partner names without « | » (the separator of the file's cell); a whole number of participants.
     */
    public static Action verifier(String region, int annee, ActionSaisie s) {
        if (Nomenclatures.REGION.lire(region).filter(region::equals).isEmpty()) {
            throw new IllegalArgumentException("région inconnue : " + region);
        }
        Map<String, String> erreurs = new LinkedHashMap<>();
        LocalDate date = null;
        String texteDate = texte(s.date());
        if (texteDate == null) {
            erreurs.put("date", "Indiquez la date de l’action.");
        } else {
            date = date(texteDate).orElse(null);
            if (date == null) {
                erreurs.put("date", "Date au format JJ/MM/AAAA attendue (par exemple 14/02/" + annee + ").");
            } else if (date.getYear() != annee) {
                erreurs.put("date", "La date doit être en " + annee + ", l’année de ce registre (pour une action de "
                        + date.getYear() + ", ouvrez le registre " + date.getYear() + ").");
            }
        }
        String titre = libre(s.titre(), "titre", erreurs);
        if (titre == null) {
            erreurs.put("titre", "Indiquez l’intitulé de l’action.");
        }
        TypeAction type = null;
        if (texte(s.type()) == null) {
            erreurs.put("type", "Choisissez le type d’action.");
        } else {
            type = TypeAction.lire(s.type()).orElse(null);
            if (type == null) {
                erreurs.put("type", "Type d’action inconnu («\u00a0" + s.type() + "\u00a0»)\u00a0: choisissez-en un dans la liste.");
            }
        }
        Set<Axe> axesLus = new LinkedHashSet<>();
        for (String code : s.axes()) {
            Optional<Axe> axe = code == null ? Optional.empty() : Axe.lire(code);
            if (axe.isEmpty()) {
                erreurs.put("axes", "Axe inconnu («\u00a0" + code + "\u00a0»).");
            }
            axe.ifPresent(axesLus::add);
        }
        if (axesLus.isEmpty()) {
            erreurs.putIfAbsent("axes", "Cochez au moins un axe.");
        }
        Set<String> operateursLus = new LinkedHashSet<>();
        for (String code : s.operateurs()) {
            Optional<String> operateur = code == null ? Optional.empty() : Nomenclatures.OPERATEUR.lire(code);
            if (operateur.isEmpty()) {
                erreurs.put("operateurs", "Opérateur inconnu («\u00a0" + code + "\u00a0»).");
            }
            operateur.ifPresent(operateursLus::add);
        }
        List<String> partenaires = new ArrayList<>();
        if (s.partenaires() != null) {
            Set<String> lus = new LinkedHashSet<>();
            for (String p : s.partenaires().split("\\R")) {
                if (!p.isBlank()) {
                    lus.add(p.strip());
                }
            }
            partenaires.addAll(lus);
            lus.forEach(p -> libre(p, "partenaires", erreurs));
            if (partenaires.stream().anyMatch(p -> p.contains("|"))) {
                erreurs.put("partenaires", "Un nom de partenaire ne peut pas contenir «\u00a0|\u00a0» (ce caractère sépare les "
                        + "partenaires dans le fichier CSV)\u00a0: écrivez un partenaire par ligne.");
            }
        }
        Integer participants = null;
        String texteParticipants = texte(s.participants());
        if (texteParticipants != null) {
            String chiffres = texteParticipants.replaceAll("[\\s\u00a0\u202f]", "");
            if (chiffres.matches("\\d{1,7}") && Integer.parseInt(chiffres) <= PARTICIPANTS_MAX) {
                participants = Integer.parseInt(chiffres);
            } else {
                erreurs.put("participants", "Nombre entier de participants attendu, de 0 à 1\u00a0000\u00a0000 (laissez vide s’il "
                        + "n’est pas connu).");
            }
        }
        String lieu = libre(s.lieu(), "lieu", erreurs);
        String description = libre(s.description(), "description", erreurs);
        if (!erreurs.isEmpty()) {
            throw new SaisieInvalide(erreurs);
        }
        List<Axe> axes = Arrays.stream(Axe.values()).filter(axesLus::contains).toList();
        List<String> operateurs = Nomenclatures.OPERATEUR.codes().stream().filter(operateursLus::contains).toList();
        return new Action(date, titre, type, axes, operateurs, List.copyOf(partenaires), lieu, participants,
                description);
    }

    /** JJ/MM/AAAA (days and months of one digit too) or AAAA-MM-JJ, as the import reads them. */
    static Optional<LocalDate> date(String texte) {
        try {
            return Optional.of(texte.contains("/") ? LocalDate.parse(texte, LECTURE) : LocalDate.parse(texte));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A free text of the form, under the import's rule (importation.Ligne#texte): refused, next to its field, when it
     * starts like a spreadsheet formula (= + - @), so that what the form stores always exports to a file that imports again.
     */
    static String libre(String brut, String champ, Map<String, String> erreurs) {
        String v = texte(brut);
        if (v != null && "=+-@".indexOf(v.charAt(0)) >= 0) {
            erreurs.putIfAbsent(champ, "Ce texte ne peut pas commencer par =, +, - ou @ (un tableur le lirait comme une formule)\u00a0: "
                    + "retirez ou remplacez ce premier caractère.");
        }
        return v;
    }

    /** Stripped, null when blank: the import stores an empty cell as unknown. */
    /** The operator chosen in a form, as its code; null with an error under « operateur » when missing or unknown. */
    static String operateur(String brut, Map<String, String> erreurs) {
        if (texte(brut) == null) {
            erreurs.put("operateur", "Choisissez l’opérateur.");
            return null;
        }
        String operateur = Nomenclatures.OPERATEUR.lire(brut).orElse(null);
        if (operateur == null) {
            erreurs.put("operateur", "Opérateur inconnu («\u00a0" + brut + "\u00a0»).");
        }
        return operateur;
    }

    static String texte(String brut) {
        return brut == null || brut.isBlank() ? null : brut.strip();
    }

    private static ActionEnregistree lire(ResultSet rs) throws SQLException {
        int participants = rs.getInt(9);
        Integer p = rs.wasNull() ? null : participants;
        return new ActionEnregistree(rs.getInt(1), new Action(rs.getObject(2, LocalDate.class), rs.getString(3),
                TypeAction.valueOf(rs.getString(4)), liste(rs.getString(5)).stream().map(Axe::valueOf).toList(),
                liste(rs.getString(6)), liste(rs.getString(7)), rs.getString(8), p, rs.getString(10)));
    }

    private static List<String> liste(String joints) {
        return joints == null || joints.isBlank() ? List.of() : List.of(joints.split("\\|"));
    }
}
