package fr.transitionspro.suivicep.cooperation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Handle;

import fr.transitionspro.suivicep.base.Base;

/**
 * Entering the conventions of the register one by one, under the rules of the {@code conventions} file: a
 * partner and a status, dates known to the day, the month or the year (stored as ISO text of that precision,
 * like the import), an end that does not precede the signature. A refused entry writes nothing.
 */
public final class SaisieConventions {

    private static final Pattern JOUR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MOIS = Pattern.compile("(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{2})");
    private static final Pattern ANNEE = Pattern.compile("\\d{4}");

    private final Base base;

    public SaisieConventions(Base base) {
        this.base = base;
    }

    /** In the order of the register (the imported file's, then the order of entry). */
    public List<Numerote<Convention>> lister(String region, int annee) {
        return base.jdbi().withHandle(h -> h.createQuery("SELECT ligne, partenaire, signee, renouvelee, fin, axes, statut, objet "
                        + "FROM convention WHERE region = :r AND annee = :a ORDER BY ligne")
                .bind("r", region).bind("a", annee)
                .map((rs, ctx) -> new Numerote<>(rs.getInt(1), new Convention(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), axes(rs.getString(6)), StatutConvention.valueOf(rs.getString(7)), rs.getString(8))))
                .list());
    }

    public Optional<Numerote<Convention>> trouver(String region, int annee, int numero) {
        return lister(region, annee).stream().filter(c -> c.numero() == numero).findFirst();
    }

    public Numerote<Convention> ajouter(String region, int annee, ConventionSaisie saisie) {
        Convention c = verifier(saisie);
        return base.jdbi().inTransaction(h -> {
            int numero = h.createQuery("SELECT COALESCE(MAX(ligne), 0) + 1 FROM convention WHERE region = :r AND annee = :a")
                    .bind("r", region).bind("a", annee).mapTo(Integer.class).one();
            inserer(h, region, annee, numero, c);
            return new Numerote<>(numero, c);
        });
    }

    public Optional<Numerote<Convention>> modifier(String region, int annee, int numero, ConventionSaisie saisie) {
        Convention c = verifier(saisie);
        return base.jdbi().inTransaction(h -> {
            if (supprimer(h, region, annee, numero) == 0) {
                return Optional.<Numerote<Convention>>empty();
            }
            inserer(h, region, annee, numero, c);
            return Optional.of(new Numerote<>(numero, c));
        });
    }

    public boolean supprimer(String region, int annee, int numero) {
        return base.jdbi().inTransaction(h -> supprimer(h, region, annee, numero) > 0);
    }

    private static int supprimer(Handle h, String region, int annee, int numero) {
        return h.createUpdate("DELETE FROM convention WHERE region = :r AND annee = :a AND ligne = :n")
                .bind("r", region).bind("a", annee).bind("n", numero).execute();
    }

    private static void inserer(Handle h, String region, int annee, int numero, Convention c) {
        h.createUpdate("INSERT INTO convention (region, annee, partenaire, signee, renouvelee, fin, axes, statut, objet, ligne) "
                        + "VALUES (:region, :annee, :partenaire, :signee, :renouvelee, :fin, :axes, :statut, :objet, :ligne)")
                .bind("region", region).bind("annee", annee).bind("partenaire", c.partenaire()).bind("signee", c.signee())
                .bind("renouvelee", c.renouvelee()).bind("fin", c.fin())
                .bind("axes", c.axes().isEmpty() ? null : String.join("|", c.axes().stream().map(Axe::name).toList()))
                .bind("statut", c.statut().name()).bind("objet", c.objet()).bind("ligne", numero).execute();
    }

    public static Convention verifier(ConventionSaisie s) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String partenaire = SaisieActions.texte(s.partenaire());
        if (partenaire == null) {
            erreurs.put("partenaire", "Indiquez le partenaire.");
        }
        String signee = datePartielle(s.signee(), "signee", erreurs);
        String renouvelee = datePartielle(s.renouvelee(), "renouvelee", erreurs);
        String fin = datePartielle(s.fin(), "fin", erreurs);
        // ISO texts of any precision compare in time order once cut to the shorter one (« 2021 » < « 2021-03 » < « 2022 »).
        if (signee != null && fin != null && fin.compareTo(signee.substring(0, Math.min(fin.length(), signee.length()))) < 0) {
            erreurs.put("fin", "L’échéance ne peut pas précéder la signature (" + s.signee().strip() + ").");
        }
        Set<Axe> axesLus = new LinkedHashSet<>();
        for (String code : s.axes()) {
            Optional<Axe> axe = code == null ? Optional.empty() : Axe.lire(code);
            if (axe.isEmpty()) {
                erreurs.put("axes", "Axe inconnu («\u00a0" + code + "\u00a0»).");
            }
            axe.ifPresent(axesLus::add);
        }
        StatutConvention statut = null;
        if (SaisieActions.texte(s.statut()) == null) {
            erreurs.put("statut", "Choisissez le statut de la convention.");
        } else {
            statut = StatutConvention.lire(s.statut()).orElse(null);
            if (statut == null) {
                erreurs.put("statut", "Statut inconnu («\u00a0" + s.statut() + "\u00a0»)\u00a0: choisissez-en un dans la liste.");
            }
        }
        if (!erreurs.isEmpty()) {
            throw new SaisieInvalide(erreurs);
        }
        return new Convention(partenaire, signee, renouvelee, fin, Arrays.stream(Axe.values()).filter(axesLus::contains).toList(),
                statut, SaisieActions.texte(s.objet()));
    }

    /** « 15/06/2022 », « 06/2022 », « 2022 » (or their ISO forms) → « 2022-06-15 », « 2022-06 », « 2022 ». */
    private static String datePartielle(String brut, String champ, Map<String, String> erreurs) {
        String v = SaisieActions.texte(brut);
        if (v == null) {
            return null;
        }
        try {
            Matcher j = JOUR.matcher(v);
            if (j.matches()) {
                LocalDate d = j.group(1) != null
                        ? LocalDate.of(Integer.parseInt(j.group(3)), Integer.parseInt(j.group(2)), Integer.parseInt(j.group(1)))
                        : LocalDate.of(Integer.parseInt(j.group(4)), Integer.parseInt(j.group(5)), Integer.parseInt(j.group(6)));
                if (plausible(d.getYear())) {
                    return d.toString();
                }
            }
            Matcher m = MOIS.matcher(v);
            if (m.matches()) {
                YearMonth ym = m.group(1) != null ? YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                        : YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                if (plausible(ym.getYear())) {
                    return ym.toString();
                }
            }
            if (ANNEE.matcher(v).matches() && plausible(Integer.parseInt(v))) {
                return v;
            }
        } catch (DateTimeException e) {
            // a 31st of February or a month 13: the message below
        }
        erreurs.put(champ, "Date au format JJ/MM/AAAA, MM/AAAA ou AAAA attendue (par exemple 15/06/2022, 06/2022 ou 2022).");
        return null;
    }

    /** The import's range for a convention date: from 1970 to 2100. */
    private static boolean plausible(int annee) {
        return annee >= 1970 && annee <= 2100;
    }

    /** ISO text of any precision as a form shows it: « 2022 », « 06/2022 », « 15/06/2022 ». */
    static String francaise(String iso) {
        if (iso == null) {
            return null;
        }
        String[] p = iso.split("-");
        return switch (p.length) {
            case 3 -> p[2] + "/" + p[1] + "/" + p[0];
            case 2 -> p[1] + "/" + p[0];
            default -> iso;
        };
    }

    private static List<Axe> axes(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split("\\|")).map(Axe::valueOf).toList();
    }
}
