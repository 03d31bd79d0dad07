package fr.transitionspro.suivicep.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ConnexionControleur {

    @GetMapping("/connexion")
    String connexion(@AuthenticationPrincipal Utilisateur utilisateur) {
        return utilisateur == null ? "connexion" : "redirect:/";
    }
}
