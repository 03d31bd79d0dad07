package fr.transitionspro.suivicep.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;


/**
 * The page of a region's report: each format with what it is for, the final version and the draft with the annex
 * « Points à vérifier », and the way to the report's texts. The files themselves come from {@link RapportControleur}.
 */
@Controller
class PageRapportControleur {

    /**
     * A format of the report.
     *
     * @param brouillon whether a draft makes sense (the spreadsheet holds the tables only, not the texts)
     */
    record Format(String code, String nom, String usage, boolean brouillon) {
    }

    static final List<Format> FORMATS = List.of(
            new Format("pdf", "PDF", "Le rapport à remettre à France compétences : mis en page pour l’impression, avec sommaire et "
                    + "signets, accessible (PDF/UA).", true),
            new Format("docx", "Word (DOCX)", "Le même rapport à retoucher dans Word ou LibreOffice : styles de titres, légendes ; "
                    + "mettez à jour le sommaire à l’ouverture.", true),
            new Format("xlsx", "Excel (XLSX)", "Les tableaux seuls, une feuille par tableau, avec les valeurs non arrondies et les "
                    + "lignes Sources et Champ : pour refaire un calcul ou un graphique.", false),
            new Format("html", "Page web (HTML)", "Le rapport en une page autonome, à ouvrir dans un navigateur ou à publier sur un "
                    + "site.", true));

    private final Habilitations habilitations;
    private final EtatDesDonnees etat;
    private final TextesRegion textes;

    PageRapportControleur(Habilitations habilitations, EtatDesDonnees etat, TextesRegion textes) {
        this.habilitations = habilitations;
        this.etat = etat;
        this.textes = textes;
    }

    /** The navigation's link: the report of the account's region, latest year with data (the dashboard for NATIONAL). */
    @GetMapping("/rapport")
    String monRapport(@AuthenticationPrincipal Utilisateur utilisateur) {
        if (utilisateur.regionDuCompte().isEmpty()) {
            return "redirect:/";
        }
        String region = habilitations.lireChiffresDeLaRegion(utilisateur, utilisateur.regionDuCompte().get());
        return "redirect:/rapport/" + region + "/" + anneeParDefaut(utilisateur, List.of(region));
    }

    @GetMapping("/rapport/{region}/{annee:\\d{4}}")
    String page(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee, Model model) {
        String code = habilitations.lireChiffresDeLaRegion(utilisateur, region);
        List<Integer> annees = new ArrayList<>(etat.annees(utilisateur, List.of(code)));
        if (!annees.contains(annee)) {
            annees.add(annee);
            annees.sort(java.util.Comparator.reverseOrder());
        }
        List<EtatDesDonnees.Etat> etats = etat.etat(utilisateur, code, annee);
        model.addAttribute("region", code);
        model.addAttribute("nomRegion", Affichage.region(code));
        model.addAttribute("annee", annee);
        model.addAttribute("annees", annees);
        model.addAttribute("formats", FORMATS);
        model.addAttribute("importes", etats.stream().filter(e -> e.importe().isPresent()).count());
        model.addAttribute("total", etats.size());
        model.addAttribute("modifies", textes.modifies(utilisateur, code, annee));
        model.addAttribute("peutModifier", textes.peutModifier(utilisateur, code));
        return "page-rapport";
    }

    private int anneeParDefaut(Utilisateur utilisateur, List<String> regions) {
        // A report is written the year after the one it describes: without data, last year is the one to fill.
        return etat.derniereAnnee(utilisateur, regions).orElse(Year.now().getValue() - 1);
    }
}
