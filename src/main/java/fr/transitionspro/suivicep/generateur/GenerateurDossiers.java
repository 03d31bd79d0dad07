package fr.transitionspro.suivicep.generateur;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Writes {@code dossiers-<annee>.csv}: one row per dossier presented to a regional commission. */
final class GenerateurDossiers {
    static final List<String> COLONNES = List.of(
            "id_dossier", "dispositif", "annee", "region", "decision", "operateur_cep", "sexe", "age", "niveau",
            "contrat", "temps_partiel", "csp", "rqth", "naf_origine", "rome_origine", "certification_visee",
            "libelle_certification", "rome_cible", "projet", "naf_projet", "statut_candidat");

    private GenerateurDossiers() {}

    /** @return the number of data rows written */
    static long ecrire(Path fichier, long graine, int annee, List<Region> regions) throws IOException {
        Map<Dispositif, ProfilDossier> profils = new EnumMap<>(Dispositif.class);
        for (Dispositif d : Dispositif.values()) {
            profils.put(d, ProfilDossier.de(d, annee));
        }
        String texteAnnee = Integer.toString(annee);
        try (EcrivainCsv csv = new EcrivainCsv(fichier, COLONNES)) {
            for (Region region : regions) {
                for (Dispositif dispositif : Dispositif.values()) {
                    // One stream per (region, scheme): ids and rows of a slice depend on nothing else.
                    SplittableRandom rng = Graines.aleatoire(graine, "dossiers", annee, region.code(), dispositif.name());
                    IdentifiantsDossiers ids = new IdentifiantsDossiers(rng.nextLong());
                    ProfilDossier p = profils.get(dispositif);
                    int nombre = Volumes.dossiers(graine, annee, region, dispositif);
                    for (int i = 0; i < nombre; i++) {
                        ecrireDossier(csv, p, ids.suivant(), dispositif, texteAnnee, region.code(), rng);
                    }
                }
            }
            return csv.lignes();
        }
    }

    private static void ecrireDossier(EcrivainCsv csv, ProfilDossier p, String id, Dispositif dispositif,
            String annee, String region, SplittableRandom rng) throws IOException {
        Integer age = p.age().tirer(rng);
        // Only CléA has candidates who are not employees; they have no contract or employer.
        String statutCandidat = p.statutCandidat().tirer(rng);
        boolean salarie = dispositif != Dispositif.CLEA || statutCandidat.equals(ProfilDossier.SALARIE);
        // A démissionnaire creating a business has an activity (naf_projet) instead of a training target.
        String projet = p.projet().tirer(rng);
        boolean creation = projet.equals(ProfilDossier.CREATION_REPRISE);
        Cible cible = creation ? Cible.AUCUNE : p.cible().tirer(rng);
        csv.champ(id)
                .champ(dispositif.name())
                .champ(annee)
                .champ(region)
                .champ(p.decision().tirer(rng))
                .champ(p.operateurCep().tirer(rng))
                .champ(p.sexe().tirer(rng))
                .champ(Ages.texte(age))
                .champ(Niveaux.plafonner(p.niveau().tirer(rng), age))
                .champ(salarie ? p.contrat().tirer(rng) : "")
                .champ(salarie ? p.tempsPartiel().tirer(rng) : "")
                .champ(salarie ? p.csp().tirer(rng) : "")
                .champ(p.rqth().tirer(rng))
                .champ(salarie ? p.nafOrigine().tirer(rng) : "")
                .champ(p.romeOrigine().tirer(rng))
                .champ(cible.certification())
                .champ(cible.libelle())
                .champ(cible.rome())
                .champ(projet)
                .champ(creation ? p.nafProjet().tirer(rng) : "")
                .champ(statutCandidat)
                .finLigne();
    }
}
