package fr.transitionspro.suivicep.importation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Imports one canonical file (formats.md), read as a stream with bounded memory. One pass over the rows checks
 * and converts each of them, finds the slices, and writes the converted rows to a temporary file in the
 * engine's bulk-load format ({@link EcritureTable}); only a file without any error then reaches the base, where
 * one transaction replaces its slices (type × region × year), loads the rows and records the import in the
 * journal. A refused file, or a failure while writing, leaves the base as it was. On DuckDB, a file in its plain
 * canonical form is read, checked and loaded by DuckDB itself instead ({@link ChargementDirect}), in the same
 * transaction and with the same journal.
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
        return importer(fichier, type, correspondance, essai, Progression.AUCUNE);
    }

    /** The same, telling {@code progression} how far the reading of the rows is. */
    public ResumeImport importer(Path fichier, TypeFichier type, Correspondance correspondance, boolean essai,
            Progression progression) {
        String nom = fichier.getFileName().toString();
        if (correspondance.type() != null && TypeFichier.lire(correspondance.type()).orElse(null) != type) {
            throw new ImportRefuse(nom, List.of(Erreur.fichier("le fichier de correspondance est prévu pour le type « "
                    + correspondance.type() + " », pas pour « " + type.code() + " »")), 1);
        }
        FichierCsv csv = FichierCsv.analyser(fichier, correspondance);
        Optional<ChargementDirect> direct = ChargementDirect.verifier(base, csv, type, correspondance);
        if (direct.isPresent()) {
            try (ChargementDirect d = direct.get()) {
                PointDArret.atteindre("verification");
                progression.avancer(csv.taille(), csv.taille(), d.tranches().values().stream().mapToLong(Long::longValue).sum());
                verifierNonVide(nom, d.tranches());
                refuserAnneesPurgees(nom, type, d.tranches());
                Long id = essai ? null : ecrire(d::charger, csv, type, nom, d.tranches(), d.avertissements());
                return new ResumeImport(nom, type.code(), csv.sha256(), d.tranches(), d.avertissements(), !essai, id);
            }
        }
        List<String> avertissements = new ArrayList<>();
        SortedMap<Tranche, Long> tranches = new TreeMap<>();
        long[] lues = {0};
        if (essai) {
            parcourir(csv, type, correspondance, nom, avertissements, l -> {
                PointDArret.atteindre("verification", ++lues[0]);
                tranches.merge(new Tranche(type.code(), l.region(), l.annee()), 1L, Long::sum);
            }, progression);
            verifierNonVide(nom, tranches);
            refuserAnneesPurgees(nom, type, tranches);
            return new ResumeImport(nom, type.code(), csv.sha256(), tranches, avertissements, false, null);
        }
        // RGPD: the dossier's identifier is stored only as its keyed hash (Pseudonymisation).
        int identifiant = type.conversion().colonnesTable().indexOf("id_dossier");
        Pseudonymisation pseudonymes = identifiant < 0 ? null : base.pseudonymisation();
        try (EcritureTable ecriture = ouvrirEcriture(type)) {
            parcourir(csv, type, correspondance, nom, avertissements, l -> {
                PointDArret.atteindre("verification", ++lues[0]);
                tranches.merge(new Tranche(type.code(), l.region(), l.annee()), 1L, Long::sum);
                try {
                    Object[] valeurs = l.valeurs();
                    if (pseudonymes != null) {
                        valeurs[identifiant] = pseudonymes.pseudonyme((String) valeurs[identifiant]);
                    }
                    ecriture.ecrire(valeurs);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, progression);
            verifierNonVide(nom, tranches);
            refuserAnneesPurgees(nom, type, tranches);
            long id = ecrire(ecriture::charger, csv, type, nom, tranches, avertissements);
            return new ResumeImport(nom, type.code(), csv.sha256(), tranches, avertissements, true, id);
        } catch (IOException | UncheckedIOException e) {
            throw new BaseIndisponible("Import de « " + nom + " » interrompu (fichier temporaire de chargement : "
                    + e.getMessage() + "), la base est inchangée", e);
        }
    }

    /** The type of a file recognised from its header row (TypeFichier#reconnaitre), empty when it is not clear. */
    public static Optional<TypeFichier> typeDe(Path fichier) {
        return TypeFichier.reconnaitre(FichierCsv.entete(fichier));
    }

    private EcritureTable ouvrirEcriture(TypeFichier type) throws IOException {
        try {
            return base.jdbi().withHandle(h -> {
                try {
                    return EcritureTable.pour(h.getConnection(), type.table(), type.conversion().colonnesTable());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (SQLException e) {
            throw new BaseIndisponible("Import impossible dans cette base : " + e.getMessage(), e);
        }
    }

    private static void verifierNonVide(String nom, SortedMap<Tranche, Long> tranches) {
        if (tranches.isEmpty()) {
            throw new ImportRefuse(nom, List.of(Erreur.fichier("aucune ligne de données après l'en-tête")), 1);
        }
    }

    private void parcourir(FichierCsv csv, TypeFichier type, Correspondance correspondance, String nom,
            List<String> avertissements, java.util.function.Consumer<LigneConvertie> suite, Progression progression) {
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
        }, erreurs, progression);
        if (!erreurs.aucune()) {
            throw erreurs.refus(nom);
        }
    }

    /** Loads the checked rows, on the connection and inside the transaction of the import. */
    @FunctionalInterface
    private interface Chargement {
        void charger(java.sql.Connection connexion) throws SQLException, IOException;
    }

    private long ecrire(Chargement chargement, FichierCsv csv, TypeFichier type, String nom,
            SortedMap<Tranche, Long> tranches, List<String> avertissements) {
        try {
            return base.jdbi().inTransaction(h -> {
                verrouiller(h, type);
                for (Tranche t : tranches.keySet()) {
                    h.createUpdate("DELETE FROM " + type.table() + " WHERE " + type.colonneRegion() + " = :r AND annee = :a")
                            .bind("r", t.region()).bind("a", t.annee()).execute();
                }
                PointDArret.atteindre("ecriture", 1);
                try {
                    chargement.charger(h.getConnection());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
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
