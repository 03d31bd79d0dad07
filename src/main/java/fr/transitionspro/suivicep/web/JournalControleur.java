package fr.transitionspro.suivicep.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;

/** The import journal of one region: every accepted file that provided one of its slices. */
@Controller
class JournalControleur {

    record Ligne(String date, String fichier, String empreinte, String type, String tranches, String lignes) {
    }

    private final Habilitations habilitations;
    private final EtatDesDonnees etat;

    JournalControleur(Habilitations habilitations, EtatDesDonnees etat) {
        this.habilitations = habilitations;
        this.etat = etat;
    }

    @GetMapping("/journal/{region}")
    String journal(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, Model model) {
        String code = habilitations.lireChiffresDeLaRegion(utilisateur, region);
        List<Ligne> lignes = etat.journal(utilisateur, code).stream().map(i -> new Ligne(Affichage.dateHeure(i.horodatage()), i.fichier(),
                i.sha256().substring(0, 12) + "…", EtatDesDonnees.libelle(i.type()),
                String.join(", ", i.tranches().stream().filter(t -> t.startsWith(code + "/")).map(t -> t.substring(code.length() + 1)).toList()),
                FormatFrancais.entier(i.lignes()))).toList();
        model.addAttribute("region", code);
        model.addAttribute("nomRegion", Affichage.region(code));
        model.addAttribute("lignes", lignes);
        return "journal";
    }
}
