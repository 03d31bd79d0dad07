package fr.transitionspro.suivicep.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;

/** The home page: for each region the account may read, where the year's data stand and the report. */
@Controller
class TableauDeBordControleur {

    /** One line of a region's table. */
    record Ligne(String donnees, boolean importe, String etat, String detail) {
    }

    record SectionRegion(String code, String nom, List<Ligne> lignes, long importes) {
    }

    private final Habilitations habilitations;
    private final EtatDesDonnees etat;

    TableauDeBordControleur(Habilitations habilitations, EtatDesDonnees etat) {
        this.habilitations = habilitations;
        this.etat = etat;
    }

    @GetMapping("/")
    String tableauDeBord(@AuthenticationPrincipal Utilisateur utilisateur, @RequestParam(required = false) Integer annee, Model model) {
        List<String> regions = habilitations.regionsLisibles(utilisateur);
        // A report is written the year after the one it describes: without data, last year is the one to fill.
        int an = annee != null ? annee : etat.derniereAnnee(regions).orElse(Year.now().getValue() - 1);
        List<Integer> annees = new ArrayList<>(etat.annees(regions));
        if (!annees.contains(an)) {
            annees.add(an);
            annees.sort(java.util.Comparator.reverseOrder());
        }
        List<SectionRegion> avecDonnees = new ArrayList<>();
        List<String> sansDonnees = new ArrayList<>();
        for (String region : regions) {
            List<Ligne> lignes = etat.etat(region, an).stream().map(TableauDeBordControleur::ligne).toList();
            long importes = lignes.stream().filter(Ligne::importe).count();
            // The national view lists in full only the regions that have started; a region's own account always sees its table.
            if (importes == 0 && regions.size() > 1) {
                sansDonnees.add(Affichage.region(region));
            } else {
                avecDonnees.add(new SectionRegion(region, Affichage.region(region), lignes, importes));
            }
        }
        model.addAttribute("annee", an);
        model.addAttribute("annees", annees);
        model.addAttribute("sections", avecDonnees);
        model.addAttribute("sansDonnees", String.join(", ", sansDonnees));
        model.addAttribute("total", EtatDesDonnees.DONNEES.size());
        return "tableau-de-bord";
    }

    private static Ligne ligne(EtatDesDonnees.Etat e) {
        String nom = e.donnee().libelle() + " " + e.annee();
        return e.importe().map(i -> new Ligne(nom, true, e.donnee().importe() + " le " + Affichage.dateHeure(i.horodatage()),
                        "fichier «\u00a0" + i.fichier() + "\u00a0», " + FormatFrancais.entier(i.lignesRegion()) + "\u00a0lignes pour la région"))
                .orElseGet(() -> new Ligne(nom, false, "non " + e.donnee().importe(), ""));
    }
}
