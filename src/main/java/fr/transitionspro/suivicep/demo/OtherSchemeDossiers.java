package fr.transitionspro.suivicep.demo;

import static fr.transitionspro.suivicep.demo.Certification.*;

import java.util.ArrayList;
import java.util.List;

/** Transitions collectives, VAE and CléA dossiers of Normandie, 2023 (section 2.3 of the report). */
final class OtherSchemeDossiers {

    private OtherSchemeDossiers() {}

    static List<Dossier> build(long seed) {
        List<Dossier> all = new ArrayList<>();
        all.addAll(transco(seed));
        all.addAll(vae(seed));
        all.addAll(clea(seed));
        return all;
    }

    /**
     * Transitions collectives: 7 dossiers (congé mobilité), 6 from an insurance services
     * company of Seine-Maritime and 1 from a paper mill of the Eure; 3 followed by a CEP.
     */
    private static List<Dossier> transco(long seed) {
        DossierProfile profile = new DossierProfile(
                Counts.of("TRANSCO sexe", "F", 4, "M", 3),
                Counts.ages("TRANSCO ages", 34, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1),
                Counts.of("TRANSCO niveau", "3", 1, "4", 3, "5", 2, "6", 1),
                Counts.of("TRANSCO contrat", "CDI", 7),
                Counts.of("TRANSCO temps_partiel", "N", 7),
                Counts.of("TRANSCO csp", "EMPLOYE", 5, "OUVRIER", 1, "PROFESSION_INTERMEDIAIRE", 1),
                Counts.of("TRANSCO rqth", "NON", 7),
                Counts.<Dossier.Origin>named("TRANSCO origins")
                        .add(new Dossier.Origin("66.22Z", "C1107"), 6)
                        .add(new Dossier.Origin("17.12Z", "H3101"), 1).build(),
                Counts.<Dossier.Project>named("TRANSCO projects")
                        .add(Dossier.Project.target(TP_SECRETAIRE_COMPTABLE, "M1608"), 1)
                        .add(Dossier.Project.target(DE_AIDE_SOIGNANT, "J1501"), 1)
                        .add(Dossier.Project.target(TP_CONDUCTEUR_PORTEUR, "N4101"), 1)
                        .add(Dossier.Project.target(TP_ASSISTANT_RH, "M1501"), 1)
                        .add(Dossier.Project.target(TP_DEVELOPPEUR_WEB, "M1805"), 1)
                        .add(Dossier.Project.target(CAP_AEPE, "K1303"), 1)
                        .add(Dossier.Project.target(TP_TECHNICIEN_ASSISTANCE_INFORMATIQUE, "I1401"), 1).build(),
                null);
        return SchemeYear.buildPresented("TRANSCO", 2023, List.of(
                new SchemeYear.Outcome(Operators.FRANCE_COMPETENCES, "ACCEPTE", 3),
                new SchemeYear.Outcome(null, "ACCEPTE", 4)), profile, seed);
    }

    /**
     * VAE: 185 dossiers, 141 women (76.2 % → 76); health and social care diplomas first, the
     * DE aide-soignant (62) and DE éducateur spécialisé (44) making the majority (57 %).
     * Candidates certify the job they already hold, so no origin job is given.
     */
    private static List<Dossier> vae(long seed) {
        DossierProfile profile = new DossierProfile(
                Counts.of("VAE sexe", "F", 141, "M", 44),
                PtpDossiers.AGES_2023.map(a -> a + 4).scaledTo(185),
                Counts.of("VAE niveau", "SANS", 20, "3", 75, "4", 55, "5", 25, "6", 10),
                null, null, null, null, null,
                Counts.<Dossier.Project>named("VAE certifications")
                        .add(Dossier.Project.target(DE_AIDE_SOIGNANT, "J1501"), 62)
                        .add(Dossier.Project.target(DE_EDUCATEUR_SPECIALISE, "K1207"), 44)
                        .add(Dossier.Project.target(DE_ACCOMPAGNANT_EDUCATIF_SOCIAL, "K1302"), 18)
                        .add(Dossier.Project.target(CAP_AEPE, "K1303"), 16)
                        .add(Dossier.Project.target(TP_ASSISTANT_VIE_FAMILLES, "K1304"), 12)
                        .add(Dossier.Project.target(DE_MONITEUR_EDUCATEUR, "K1207"), 10)
                        .add(Dossier.Project.target(BTS_MCO, "D1301"), 8)
                        .add(Dossier.Project.target(TP_AGENT_PROPRETE, "K2204"), 8)
                        .add(Dossier.Project.target(TP_SECRETAIRE_ASSISTANT, "M1607"), 7).build(),
                null);
        return SchemeYear.buildPresented("VAE", 2023, List.of(
                new SchemeYear.Outcome(null, "ACCEPTE", 170),
                new SchemeYear.Outcome(Operators.FRANCE_COMPETENCES, "ACCEPTE", 6),
                new SchemeYear.Outcome(null, "AJOURNE", 9)), profile, seed);
    }

    /**
     * CléA: 615 dossiers, 612 certified. Candidates mostly job seekers: DEMANDEUR_EMPLOI 523 =
     * 85.0 %, SALARIE 12 = 2.0 %; level 3 or below (SANS + 3) 443 = 72.0 %; women 418 = 68.0 %.
     */
    private static List<Dossier> clea(long seed) {
        DossierProfile profile = new DossierProfile(
                Counts.of("CLEA sexe", "F", 418, "M", 197),
                PtpDossiers.AGES_2023.map(a -> a - 2).scaledTo(615),
                Counts.of("CLEA niveau", "SANS", 200, "3", 243, "4", 130, "5", 32, "6", 10),
                null, null, null, null, null,
                Counts.<Dossier.Project>named("CLEA certification").add(Dossier.Project.target(CLEA, null), 615).build(),
                Counts.of("CLEA statut_candidat", "DEMANDEUR_EMPLOI", 523, "SALARIE", 12, "AUTRE", 80));
        // The published shares are of the 615 presented, so one profile covers all of them.
        return SchemeYear.buildPresented("CLEA", 2023, List.of(
                new SchemeYear.Outcome(null, "ACCEPTE", 612),
                new SchemeYear.Outcome(null, "REFUSE", 3)), profile, seed);
    }
}
