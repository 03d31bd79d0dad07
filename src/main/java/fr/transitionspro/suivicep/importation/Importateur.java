package fr.transitionspro.suivicep.importation;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.base.BaseIndisponible;
import fr.transitionspro.suivicep.base.PannesBase;
import fr.transitionspro.suivicep.base.Pseudonymisation;

/**
 * Imports one canonical file (formats.md). Two passes over the file: the first checks every
 * row and finds the slices; only a file without any error reaches the second, which replaces
 * its slices (type × region × year) in one transaction and records the import in the journal.
 * A refused file, or a failure while writing, leaves the base as it was.
 */
public final class Importateur {

    private final Base base;
    private final Set<String> indicateursConnus;

    public Importateur(Base base, Set<String> indicateursConnus) {
        this.base = base;
        this.indicateursConnus = Set.copyOf(indicateursConnus);
    }

    /**
     * @param essai when true, checks and summarises without writing anything
     * @throws ImportRefuse when the file breaks a rule of formats.md
     */
    public ResumeImport importer(Path fichier, TypeFichier type, Correspondance correspondance, boolean essai) {
        String nom = fichier.getFileName().toString();
        if (correspondance.type() != null && TypeFichier.lire(correspondance.type()).orElse(null) != type) {
            throw new ImportRefuse(nom, List.of(Erreur.fichier("le fichier de correspondance est prévu pour le type « "
                    + correspondance.type() + " », pas pour « " + type.code() + " »")), 1);
        }
        FichierCsv csv = FichierCsv.analyser(fichier, correspondance);
        List<String> avertissements = new ArrayList<>();
        SortedMap<Tranche, Long> tranches = new TreeMap<>();
        long[] lues = {0};
        parcourir(csv, type, correspondance, nom, avertissements, l -> {
            PointDArret.atteindre("verification", ++lues[0]);
            tranches.merge(new Tranche(type.code(), l.region(), l.annee()), 1L, Long::sum);
        });
        if (tranches.isEmpty()) {
            throw new ImportRefuse(nom, List.of(Erreur.fichier("aucune ligne de données après l'en-tête")), 1);
        }
        refuserAnneesPurgees(nom, type, tranches);
        if (essai) {
            return new ResumeImport(nom, type.code(), csv.sha256(), tranches, avertissements, false, null);
        }
        long id = ecrire(csv, type, correspondance, nom, tranches, avertissements);
        return new ResumeImport(nom, type.code(), csv.sha256(), tranches, avertissements, true, id);
    }

    private void parcourir(FichierCsv csv, TypeFichier type, Correspondance correspondance, String nom,
            List<String> avertissements, java.util.function.Consumer<LigneConvertie> suite) {
        Erreurs erreurs = new Erreurs();
        Conversion conversion = type.conversion().nouvelleLecture(indicateursConnus);
        Entete[] entete = new Entete[1];
        csv.parcourir(cellules -> {
            entete[0] = Entete.lire(cellules, type, correspondance, erreurs);
            if (avertissements.isEmpty()) {
                avertissements.addAll(entete[0].avertissements());
            }
        }, (cellules, numero) -> {
            long avant = erreurs.total();
            LigneConvertie l = conversion.convertir(new Ligne(entete[0], cellules, numero, erreurs));
            if (l != null && erreurs.total() == avant) {
                suite.accept(l);
            }
        }, erreurs);
        if (!erreurs.aucune()) {
            throw erreurs.refus(nom);
        }
    }

    private long ecrire(FichierCsv csv, TypeFichier type, Correspondance correspondance, String nom,
            SortedMap<Tranche, Long> tranches, List<String> avertissements) {
        try {
            return base.jdbi().inTransaction(h -> {
                verrouiller(h, type);
                for (Tranche t : tranches.keySet()) {
                    h.createUpdate("DELETE FROM " + type.table() + " WHERE " + type.colonneRegion() + " = :r AND annee = :a")
                            .bind("r", t.region()).bind("a", t.annee()).execute();
                }
                Conversion conversion = type.conversion();
                // RGPD: the dossier's identifier is stored only as its keyed hash (Pseudonymisation).
                int identifiant = conversion.colonnesTable().indexOf("id_dossier");
                Pseudonymisation pseudonymes = identifiant < 0 ? null : base.pseudonymisation();
                try (EcritureTable ecriture = EcritureTable.ouvrir(h.getConnection(), type.table(), conversion.colonnesTable())) {
                    long[] ecrites = {0};
                    parcourir(csv, type, correspondance, nom, new ArrayList<>(), l -> {
                        try {
                            Object[] valeurs = l.valeurs();
                            if (pseudonymes != null) {
                                valeurs[identifiant] = pseudonymes.pseudonyme((String) valeurs[identifiant]);
                            }
                            ecriture.ecrire(valeurs);
                            PointDArret.atteindre("ecriture", ++ecrites[0]);
                        } catch (SQLException e) {
                            throw new BaseIndisponible(PannesBase.message(base.adresse(),
                                    "Import de « " + nom + " » interrompu, la base est inchangée", e), e);
                        }
                    });
                }
                long id = h.createQuery("SELECT nextval('journal_import_seq')").mapTo(Long.class).one();
                h.createUpdate("INSERT INTO journal_import (id, horodatage, fichier, sha256, type, tranches, lignes, avertissements) "
                        + "VALUES (:id, :t, :f, :s, :type, :tr, :l, :av)")
                        .bind("id", id).bind("t", LocalDateTime.now()).bind("f", nom).bind("s", csv.sha256())
                        .bind("type", type.code())
                        .bind("tr", tranches.keySet().stream().map(t -> t.region() + "/" + t.annee()).collect(Collectors.joining(" ")))
                        .bind("l", tranches.values().stream().mapToLong(Long::longValue).sum())
                        .bind("av", avertissements.isEmpty() ? null : String.join("\n", avertissements)).execute();
                for (Map.Entry<Tranche, Long> t : tranches.entrySet()) {
                    enregistrerTranche(h, t.getKey(), id, t.getValue());
                }
                PointDArret.atteindre("validation", 1);
                return id;
            });
        } catch (ImportRefuse | BaseIndisponible e) {
            throw e;
        } catch (RuntimeException | SQLException e) {
            throw new BaseIndisponible(PannesBase.message(base.adresse(), "Import de « " + nom + " » interrompu, la base est inchangée", e), e);
        }
    }

    /**
     * The detailed rows of a purged year are gone and its indicators frozen (conservation.Purge): new
     * detailed rows would not change its figures, only hold personal data past its retention limit.
     */
    private void refuserAnneesPurgees(String nom, TypeFichier type, SortedMap<Tranche, Long> tranches) {
        if (type != TypeFichier.ENTREES && type != TypeFichier.DOSSIERS) {
            return;
        }
        Set<Integer> purgees = Set.copyOf(base.jdbi().withHandle(h -> h.createQuery("SELECT annee FROM annee_purgee")
                .mapTo(Integer.class).list()));
        List<Erreur> erreurs = tranches.keySet().stream().map(Tranche::annee).filter(purgees::contains).distinct()
                .map(a -> Erreur.fichier("l'année " + a + " a été purgée (« suivi-cep purger ») : ses indicateurs sont figés et "
                        + "ses données détaillées ne s'importent plus"))
                .toList();
        if (!erreurs.isEmpty()) {
            throw new ImportRefuse(nom, erreurs, erreurs.size());
        }
    }

    /**
     * Two imports of the same slice must end with one of them, never a mix. On PostgreSQL, in READ
     * COMMITTED, a second transaction's DELETE does not see the rows the first one inserted, so both
     * files' rows would remain: the table is locked against other writers (readers still read) until
     * the commit, and the second import deletes what the first wrote. A DuckDB file has one writing
     * process and the base one connection, whose statements the web server serialises.
     */
    private void verrouiller(Handle h, TypeFichier type) {
        if (!base.estDuckDb()) {
            h.execute("LOCK TABLE " + type.table() + " IN SHARE ROW EXCLUSIVE MODE");
        }
    }

    private static void enregistrerTranche(Handle h, Tranche t, long id, long lignes) {
        h.createUpdate("DELETE FROM tranche WHERE type = :type AND region = :r AND annee = :a")
                .bind("type", t.type()).bind("r", t.region()).bind("a", t.annee()).execute();
        h.createUpdate("INSERT INTO tranche (type, region, annee, import_id, lignes) VALUES (:type, :r, :a, :id, :l)")
                .bind("type", t.type()).bind("r", t.region()).bind("a", t.annee()).bind("id", id).bind("l", lignes).execute();
    }
}
