package fr.transitionspro.suivicep.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ConnexionControleur {

    private final FreinConnexion frein;

    ConnexionControleur(FreinConnexion frein) {
        this.frein = frein;
    }

    @GetMapping("/connexion")
    String connexion(@AuthenticationPrincipal Utilisateur utilisateur, org.springframework.ui.Model model) {
        model.addAttribute("minutesBlocage", frein.blocage().toMinutes());
        return utilisateur == null ? "connexion" : "redirect:/";
    }
}
