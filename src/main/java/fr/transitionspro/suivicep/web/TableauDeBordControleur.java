package fr.transitionspro.suivicep.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.transitionspro.suivicep.comptes.Role;

/** The home page: for each region the account may read, where the year's data stand and the report. */
@Controller
class TableauDeBordControleur {

    /** One line of a region's table. */
    record Ligne(String donnees, boolean importe, String etat, String detail) {
    }

    record SectionRegion(String code, String nom, List<Ligne> lignes, long importes) {
    }

    /** One region in the national view: how many kinds of data are in, and which are missing. */
    record LigneNationale(String code, String nom, long importes, String manquantes) {
    }

    private final Habilitations habilitations;
    private final EtatDesDonnees etat;
    private final BlocContributions blocContributions;
    private final BlocCampagne blocCampagne;

    TableauDeBordControleur(Habilitations habilitations, EtatDesDonnees etat, BlocContributions blocContributions,
                            BlocCampagne blocCampagne) {
        this.habilitations = habilitations;
        this.etat = etat;
        this.blocContributions = blocContributions;
        this.blocCampagne = blocCampagne;
    }

    @GetMapping("/")
    String tableauDeBord(@AuthenticationPrincipal Utilisateur utilisateur, @RequestParam(required = false) Integer annee, Model model) {
        List<String> regions = habilitations.regionsLisibles(utilisateur);
        // A report is written the year after the one it describes: without data, last year is the one to fill.
        int an = annee != null ? annee : etat.derniereAnnee(utilisateur, regions).orElse(Year.now().getValue() - 1);
        List<Integer> annees = new ArrayList<>(etat.annees(utilisateur, regions));
        if (!annees.contains(an)) {
            annees.add(an);
            annees.sort(java.util.Comparator.reverseOrder());
        }
        model.addAttribute("national", utilisateur.role() == Role.NATIONAL);
        model.addAttribute("chiffresDeLaRegion", utilisateur.role() != Role.OPERATEUR);
        if (utilisateur.role() == Role.NATIONAL) {
            // Every region on one table: the detail of a region is one click away (its journal, its report).
            List<LigneNationale> lignes = new ArrayList<>();
            for (String region : regions) {
                List<EtatDesDonnees.Etat> etats = etat.etat(utilisateur, region, an);
                lignes.add(new LigneNationale(region, Affichage.region(region), etats.stream().filter(e -> e.importe().isPresent()).count(),
                        String.join(", ", etats.stream().filter(e -> e.importe().isEmpty()).map(e -> e.donnee().libelle()).toList())));
            }
            model.addAttribute("regions", lignes);
        } else {
            List<SectionRegion> sections = new ArrayList<>();
            for (String region : regions) {
                // An OPERATEUR sees which data are in, not their line counts (the region's figures, see Explorateur).
                List<Ligne> lignes = etat.etat(utilisateur, region, an).stream().map(TableauDeBordControleur::ligne)
                        .map(l -> utilisateur.role() == Role.OPERATEUR ? new Ligne(l.donnees(), l.importe(), l.etat(), "") : l).toList();
                sections.add(new SectionRegion(region, Affichage.region(region), lignes, lignes.stream().filter(Ligne::importe).count()));
            }
            model.addAttribute("sections", sections);
        }
        model.addAttribute("blocContributions", blocContributions.pour(utilisateur, regions, an));
        model.addAttribute("blocCampagne", blocCampagne.pour(utilisateur, regions, an));
        model.addAttribute("annee", an);
        model.addAttribute("annees", annees);
        model.addAttribute("total", EtatDesDonnees.DONNEES.size());
        return "tableau-de-bord";
    }

    private static Ligne ligne(EtatDesDonnees.Etat e) {
        String nom = e.donnee().libelle() + " " + e.annee();
        return e.importe().map(i -> new Ligne(nom, true, e.donnee().importe() + " le " + Affichage.dateHeure(i.horodatage()),
                        "fichier «\u00a0" + i.fichier() + "\u00a0», " + Affichage.lignes(i.lignesRegion()) + " pour la région"))
                .orElseGet(() -> new Ligne(nom, false, "non " + e.donnee().importe(), ""));
    }
}
