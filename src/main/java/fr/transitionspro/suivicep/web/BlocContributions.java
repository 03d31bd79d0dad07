package fr.transitionspro.suivicep.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.contributions.Acteur;
import fr.transitionspro.suivicep.contributions.Cle;
import fr.transitionspro.suivicep.contributions.Contribution;
import fr.transitionspro.suivicep.contributions.Contributions;
import fr.transitionspro.suivicep.contributions.SectionContribution;
import fr.transitionspro.suivicep.contributions.Statut;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.NomsOperateurs;

/**
 * The dashboard's block « Contributions des opérateurs »: what is pending for the year. A référent (and the region's
 * other readers) sees what it still waits for (« Retour Cap emploi en attente de validation », « Retour Apec non
 * reçu »); an operator sees where each of its own two texts stands. A block of its own, so that the dashboard can
 * show other blocks beside it. NATIONAL follows the regions elsewhere: no block.
 */
@Service
class BlocContributions {

    /** One pending item; {@code classe} is the status's CSS class. */
    record Element(String texte, String adresse, String classe) {
    }

    record Bloc(String region, String nomRegion, String adresseListe, String synthese, List<Element> elements) {
    }

    private final Contributions contributions;
    private final Base base;

    BlocContributions(Base base) {
        this.base = base;
        this.contributions = new Contributions(base);
    }

    /** The blocks of the regions given (the ones the account reads), in their order. */
    List<Bloc> pour(Utilisateur utilisateur, List<String> regions, int annee) {
        if (utilisateur.role() == Role.NATIONAL) {
            return List.of();
        }
        Acteur acteur = ContributionsControleur.acteur(utilisateur);
        List<Bloc> blocs = new ArrayList<>();
        for (String region : regions) {
            NomsOperateurs noms = NomsOperateurs.pour(base, region);
            Map<Cle, Contribution> stockees = contributions.lister(acteur, region, annee).stream()
                    .collect(Collectors.toMap(Contribution::cle, Function.identity()));
            List<Element> elements = new ArrayList<>();
            int attendues = 0;
            int validees = 0;
            for (String operateur : Contributions.OPERATEURS) {
                for (SectionContribution section : SectionContribution.values()) {
                    Cle cle = new Cle(region, annee, operateur, section);
                    if (!Contributions.peutLire(acteur, cle)) {
                        continue;
                    }
                    attendues++;
                    Optional<Statut> statut = Optional.ofNullable(stockees.get(cle)).map(Contribution::statut);
                    if (statut.orElse(null) == Statut.VALIDEE) {
                        validees++;
                    }
                    String nom = section.nom() + " " + noms.nom(operateur, annee);
                    String adresse = ContributionsControleur.adresse(cle);
                    if (utilisateur.role() == Role.OPERATEUR) {
                        elements.add(new Element(nom + " " + pourOperateur(statut), adresse, classe(statut)));
                    } else if (statut.orElse(null) != Statut.VALIDEE) {
                        elements.add(new Element(nom + " " + pourReferent(statut), adresse, classe(statut)));
                    }
                }
            }
            if (utilisateur.role() != Role.OPERATEUR) {
                // What the référent has to act on first: the submitted texts, then those sent back, then the missing ones.
                List<String> ordre = List.of("soumise", "renvoyee", "brouillon", "non-recue");
                elements.sort(java.util.Comparator.comparingInt(e -> ordre.indexOf(e.classe())));
            }
            String synthese = FormatFrancais.entier(validees) + (validees > 1 ? " textes validés" : " texte validé") + " sur "
                    + FormatFrancais.entier(attendues) + " attendus pour le rapport " + annee + ".";
            blocs.add(new Bloc(region, Affichage.region(region), "/contributions/" + region + "/" + annee, synthese, elements));
        }
        return blocs;
    }

    /** What the référent waits for: a draft is not received yet. */
    private static String pourReferent(Optional<Statut> statut) {
        return switch (statut.orElse(Statut.BROUILLON)) {
            case BROUILLON -> "non reçu";
            case SOUMISE -> "en attente de validation";
            case RENVOYEE -> "renvoyé à l’opérateur pour correction";
            case VALIDEE -> "validé";
        };
    }

    private static String pourOperateur(Optional<Statut> statut) {
        if (statut.isEmpty()) {
            return "à écrire";
        }
        return switch (statut.get()) {
            case BROUILLON -> "en brouillon, à soumettre";
            case SOUMISE -> "soumis, en attente de validation par le référent";
            case RENVOYEE -> "renvoyé pour correction\u00a0: lisez le commentaire du référent";
            case VALIDEE -> "validé";
        };
    }

    private static String classe(Optional<Statut> statut) {
        return statut.map(s -> s.name().toLowerCase()).orElse("non-recue");
    }
}
