package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * The parts of the report outside the numbered plan that the association writes itself: the
 * introduction, the conclusion and the « prolongements ». They are live texts like the sections
 * (same keys, export, import and checks). Their defaults are drafts built on the year's key
 * figures, written with references so that they stay right if the data change; a sentence whose
 * figures are missing is left out rather than printed with « n.d. ».
 */
final class TextesLibres {

    private TextesLibres() {
    }

    /** The rendered texts by key; a text left blank by the association is absent. */
    static Map<String, Bloc.TexteRiche> rediger(TextesVivants textes, Donnees d) {
        Map<String, Bloc.TexteRiche> blocs = new LinkedHashMap<>();
        textes.bloc("introduction", "Introduction", introduction()).ifPresent(b -> blocs.put("introduction", b));
        textes.bloc("conclusion", "Conclusion", conclusion(d)).ifPresent(b -> blocs.put("conclusion", b));
        textes.bloc("prolongements", "Prolongements", prolongements()).ifPresent(b -> blocs.put("prolongements", b));
        return blocs;
    }

    static String introduction() {
        return """
                En {{ annee }}, Transitions Pro {{ region }} a conduit la mission de suivi de la mise en œuvre du conseil \
                en évolution professionnelle avec les opérateurs du CEP de la région : {{ nom_operateur FRANCE_TRAVAIL }}, \
                {{ nom_operateur APEC }}, {{ nom_operateur CAP_EMPLOI }}, {{ nom_operateur MISSION_LOCALE }} et \
                {{ nom_operateur FRANCE_COMPETENCES }}.

                Le suivi s'appuie sur les données des opérateurs (AGORA), sur les dossiers instruits par l'association et \
                sur les observations recueillies tout au long de l'année auprès des opérateurs, lors d'entretiens \
                individuels menés avec le guide d'entretien commun (activité, communication, relations entre opérateurs, \
                partenariats).
                """;
    }

    /** A short assessment of the year from the report's key figures, for the association to complete. */
    static String conclusion(Donnees d) {
        List<String> phrases = new ArrayList<>();
        if (d.valeur("cep.entrees").isPresent() && d.valeur("cep.taux_recours").isPresent()) {
            String fm = d.valeur("cep.taux_recours", Regions.FM, d.annee()).isPresent()
                    ? ", contre {{ cep.taux_recours | region=FM }} pour l'ensemble de la France métropolitaine" : "";
            phrases.add("En {{ annee }}, {{ cep.entrees }} actifs sont entrés dans un parcours de CEP {{ en_region }}, "
                    + "soit un taux de recours de {{ cep.taux_recours }}" + fm + ".");
        }
        if (d.valeur("ptp.dossiers.variation").isPresent()) {
            phrases.add("Le nombre de dossiers PTP présentés en commission {{ ptp.dossiers.variation | verbe }} par rapport "
                    + "à {{ annee_precedente }}" + (d.valeur("ptp.part_cep").isPresent()
                            ? " ; {{ ptp.part_cep }} d'entre eux ont fait l'objet d'un accompagnement CEP." : "."));
        }
        if (d.valeur("prp.dossiers.variation").isPresent()) {
            phrases.add("Le nombre de dossiers démission-reconversion {{ prp.dossiers.variation | verbe }}.");
        }
        return String.join("\n\n", phrases);
    }

    static String prolongements() {
        return """
                Les actions menées dans le cadre de la mission de suivi de la mise en œuvre du CEP seront prolongées en \
                {{ annee_suivante }} avec les opérateurs CEP de la région : réunions inter-opérateurs, rencontres \
                bilatérales avec les équipes et actions communes d'information du public.
                """;
    }
}
