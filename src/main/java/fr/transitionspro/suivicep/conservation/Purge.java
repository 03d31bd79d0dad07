package fr.transitionspro.suivicep.conservation;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.base.BaseIndisponible;
import fr.transitionspro.suivicep.base.PannesBase;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.MoteurIndicateurs;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;

/**
 * {@code suivi-cep purger --avant ANNEE}: the retention limit of the record of processing
 * (docs/rgpd.md). The detailed rows of the years before ANNEE — AGORA entries and the association's
 * dossiers, the only personal data of the base — are deleted; before that, every value the catalogue
 * computes for those years, the number of people behind each share, rate or mean, and the
 * certification labels the report takes from the dossiers are frozen (V8), so that the indicators and
 * the report of a purged year come out with the same figures. All in one transaction.
 *
 * <p>A year already purged is not frozen again (its detail is gone, recomputing it would be wrong);
 * its detailed files can no longer be imported (the importer refuses them).
 */
public final class Purge {

    /** The years purged by this call, with the rows deleted from each table. */
    public record Resume(SortedMap<Integer, long[]> annees, long valeurs) {
    }

    private final Base base;
    private final Catalogue catalogue;

    public Purge(Base base, Catalogue catalogue) {
        this.base = base;
        this.catalogue = catalogue;
    }

    public Resume purger(int avant) {
        try {
            return base.jdbi().inTransaction(h -> {
                if (!base.estDuckDb()) {
                    // No import may add rows to these years while they are frozen and deleted.
                    h.execute("LOCK TABLE entree, dossier IN SHARE ROW EXCLUSIVE MODE");
                }
                List<Integer> annees = h.createQuery("SELECT annee FROM entree WHERE annee < :a UNION SELECT annee FROM dossier "
                        + "WHERE annee < :a ORDER BY annee").bind("a", avant).mapTo(Integer.class).list().stream()
                        .filter(a -> !dejaPurgee(h, a)).toList();
                if (annees.isEmpty()) {
                    return new Resume(new TreeMap<>(), 0);
                }
                MoteurIndicateurs moteur = new MoteurIndicateurs(base, catalogue);
                List<ValeurIndicateur> valeurs = moteur.calculer(annees, List.of()).stream()
                        .filter(v -> v.origine().equals("calcul")).toList();
                List<ValeurIndicateur> effectifs = moteur.effectifs(annees);
                figer(h, valeurs);
                figer(h, effectifs);
                figerLibelles(h);
                SortedMap<Integer, long[]> supprimees = new TreeMap<>();
                for (int a : annees) {
                    long entrees = h.createUpdate("DELETE FROM entree WHERE annee = :a").bind("a", a).execute();
                    long dossiers = h.createUpdate("DELETE FROM dossier WHERE annee = :a").bind("a", a).execute();
                    h.createUpdate("INSERT INTO annee_purgee (annee, purgee_le, entrees, dossiers) VALUES (:a, :t, :e, :d)")
                            .bind("a", a).bind("t", LocalDateTime.now()).bind("e", entrees).bind("d", dossiers).execute();
                    supprimees.put(a, new long[] {entrees, dossiers});
                }
                return new Resume(supprimees, valeurs.size());
            });
        } catch (BaseIndisponible e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BaseIndisponible(PannesBase.message(base.adresse(), "Purge interrompue, la base est inchangée", e), e);
        }
    }

    private static boolean dejaPurgee(Handle h, int annee) {
        return h.createQuery("SELECT COUNT(*) FROM annee_purgee WHERE annee = :a").bind("a", annee).mapTo(Long.class).one() > 0;
    }

    private static void figer(Handle h, List<ValeurIndicateur> valeurs) {
        PreparedBatch lot = h.prepareBatch("INSERT INTO valeur_figee (indicateur, region, annee, dimensions, valeur, unite, origine) "
                + "VALUES (:i, :r, :a, :d, :v, :u, :o)");
        for (ValeurIndicateur v : valeurs) {
            lot.bind("i", v.indicateur()).bind("r", v.region()).bind("a", v.annee()).bind("d", v.dimensionsTexte())
                    .bind("v", v.valeur()).bind("u", v.unite()).bind("o", v.origine()).add();
        }
        if (!valeurs.isEmpty()) {
            lot.execute();
        }
    }

    /**
     * The label the report shows for each certification code, chosen as {@code rapport.LibellesCertifications}
     * chooses it (the most frequent, ties in alphabetical order), for the codes not frozen yet.
     */
    private static void figerLibelles(Handle h) {
        Map<String, String> parCode = new HashMap<>();
        h.createQuery("SELECT certification_visee AS code, libelle_certification AS libelle, COUNT(*) AS n FROM dossier "
                + "WHERE certification_visee IS NOT NULL AND libelle_certification IS NOT NULL AND TRIM(libelle_certification) <> '' "
                + "GROUP BY certification_visee, libelle_certification ORDER BY certification_visee, n DESC, libelle_certification")
                .map((rs, ctx) -> Map.entry(rs.getString("code"), rs.getString("libelle")))
                .forEach(e -> parCode.putIfAbsent(e.getKey(), e.getValue().strip()));
        List<String> figes = h.createQuery("SELECT code FROM libelle_certification_fige").mapTo(String.class).list();
        figes.forEach(parCode::remove);
        if (parCode.isEmpty()) {
            return;
        }
        PreparedBatch lot = h.prepareBatch("INSERT INTO libelle_certification_fige (code, libelle) VALUES (:c, :l)");
        new TreeMap<>(parCode).forEach((c, l) -> lot.bind("c", c).bind("l", l).add());
        lot.execute();
    }
}
