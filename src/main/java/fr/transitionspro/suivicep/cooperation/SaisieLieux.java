package fr.transitionspro.suivicep.cooperation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import fr.transitionspro.suivicep.base.Base;

/**
 * Entering the places where the operators receive the public, under the rules of the {@code lieux} file: an
 * operator, a commune, a known département (one digit read with a leading zero) and a type of site. A refused
 * entry writes nothing.
 */
public final class SaisieLieux {

    private final Base base;

    public SaisieLieux(Base base) {
        this.base = base;
    }

    public List<Numerote<LieuAccueil>> lister(String region, int annee) {
        return base.jdbi().withHandle(h -> h.createQuery("SELECT ligne, operateur, lieu, commune, departement, type_site, permanence "
                        + "FROM lieu_accueil WHERE region = :r AND annee = :a ORDER BY ligne")
                .bind("r", region).bind("a", annee)
                .map((rs, ctx) -> new Numerote<>(rs.getInt(1), new LieuAccueil(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), TypeSite.valueOf(rs.getString(6)), rs.getString(7))))
                .list());
    }

    public Optional<Numerote<LieuAccueil>> trouver(String region, int annee, int numero) {
        return lister(region, annee).stream().filter(l -> l.numero() == numero).findFirst();
    }

    public Numerote<LieuAccueil> ajouter(String region, int annee, LieuSaisi saisie) {
        LieuAccueil l = verifier(saisie);
        return base.jdbi().inTransaction(h -> {
            int numero = h.createQuery("SELECT COALESCE(MAX(ligne), 0) + 1 FROM lieu_accueil WHERE region = :r AND annee = :a")
                    .bind("r", region).bind("a", annee).mapTo(Integer.class).one();
            inserer(h, region, annee, numero, l);
            return new Numerote<>(numero, l);
        });
    }

    public Optional<Numerote<LieuAccueil>> modifier(String region, int annee, int numero, LieuSaisi saisie) {
        LieuAccueil l = verifier(saisie);
        return base.jdbi().inTransaction(h -> {
            if (supprimer(h, region, annee, numero) == 0) {
                return Optional.<Numerote<LieuAccueil>>empty();
            }
            inserer(h, region, annee, numero, l);
            return Optional.of(new Numerote<>(numero, l));
        });
    }

    public boolean supprimer(String region, int annee, int numero) {
        return base.jdbi().inTransaction(h -> supprimer(h, region, annee, numero) > 0);
    }

    private static int supprimer(Handle h, String region, int annee, int numero) {
        return h.createUpdate("DELETE FROM lieu_accueil WHERE region = :r AND annee = :a AND ligne = :n")
                .bind("r", region).bind("a", annee).bind("n", numero).execute();
    }

    private static void inserer(Handle h, String region, int annee, int numero, LieuAccueil l) {
        h.createUpdate("INSERT INTO lieu_accueil (region, annee, operateur, lieu, commune, departement, type_site, permanence, ligne) "
                        + "VALUES (:region, :annee, :operateur, :lieu, :commune, :departement, :type, :permanence, :ligne)")
                .bind("region", region).bind("annee", annee).bind("operateur", l.operateur()).bind("lieu", l.lieu())
                .bind("commune", l.commune()).bind("departement", l.departement()).bind("type", l.type().name())
                .bind("permanence", l.permanence()).bind("ligne", numero).execute();
    }

    public static LieuAccueil verifier(LieuSaisi s) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String operateur = SaisieActions.operateur(s.operateur(), erreurs);
        String commune = SaisieActions.libre(s.commune(), "commune", erreurs);
        if (commune == null) {
            erreurs.put("commune", "Indiquez la commune.");
        }
        String departement = SaisieActions.texte(s.departement());
        if (departement == null) {
            erreurs.put("departement", "Indiquez le code du département.");
        } else {
            departement = departement.toUpperCase(Locale.ROOT);
            if (departement.length() == 1 && Character.isDigit(departement.charAt(0))) {
                departement = "0" + departement;
            }
            if (!Departements.connu(departement)) {
                erreurs.put("departement", "Code de département inconnu («\u00a0" + s.departement().strip()
                        + "\u00a0»)\u00a0: 14, 2A, 971…");
            }
        }
        TypeSite type = null;
        if (SaisieActions.texte(s.type()) == null) {
            erreurs.put("type", "Choisissez le type de site.");
        } else {
            type = TypeSite.lire(s.type()).orElse(null);
            if (type == null) {
                erreurs.put("type", "Type de site inconnu («\u00a0" + s.type() + "\u00a0»).");
            }
        }
        String lieu = SaisieActions.libre(s.lieu(), "lieu", erreurs);
        String permanence = SaisieActions.libre(s.permanence(), "permanence", erreurs);
        if (!erreurs.isEmpty()) {
            throw new SaisieInvalide(erreurs);
        }
        return new LieuAccueil(operateur, lieu, commune, departement, type, permanence);
    }
}
