package fr.transitionspro.suivicep.campagne;

import java.util.List;
import java.util.Optional;

/**
 * Where a region's campaign stands, for the home page.
 *
 * @param prochain the first milestone, in campaign order, not done yet (empty when all are done)
 * @param enRetard the late milestones, in campaign order
 * @param manques  what is missing, one short French sentence each (« Dossiers 2023 non importés »,
 *                 « Présentation au CREFOP prévue le 12 mars 2024, en retard »)
 */
public record Synthese(String region, int annee, List<EtatJalon> jalons, Optional<EtatJalon> prochain, List<EtatJalon> enRetard,
                       List<String> manques) {

    public long faits() {
        return jalons.stream().filter(EtatJalon::fait).count();
    }

    /** « 2 jalons faits sur 6. » */
    public String avancement() {
        long n = faits();
        return n + (n > 1 ? " jalons faits" : " jalon fait") + " sur " + jalons.size() + ".";
    }

    /** « Rapport envoyé à France compétences le 18 mars 2024. », once every milestone is done. */
    public String fin() {
        return "Campagne terminée\u00a0: rapport envoyé à France compétences" + envoi().faitLe().map(d -> " le " + Campagne.date(d)).orElse("") + ".";
    }

    /** The milestone « Envoi à France compétences », whose done date is when the report was delivered. */
    public EtatJalon envoi() {
        return jalons.stream().filter(j -> j.jalon() == Jalon.ENVOI_FRANCE_COMPETENCES).findFirst().orElseThrow();
    }
}
