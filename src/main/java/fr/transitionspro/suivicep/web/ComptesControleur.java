package fr.transitionspro.suivicep.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.comptes.Compte;
import fr.transitionspro.suivicep.comptes.CompteInvalide;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * « Comptes »: a référent lists the accounts of its region, creates CONTRIBUTEUR, OPERATEUR and LECTEUR accounts there,
 * deactivates and reactivates them; NATIONAL lists every account. The rules (which roles, which region, not oneself,
 * the password) are {@link Comptes}'s, the same for any future caller; this class only asks and words the answer.
 *
 * <p>The first password is typed twice by the référent, as « suivi-cep utilisateur ajouter » asks it, rather than
 * generated and shown once: no secret is ever written into a page (browser history, cache, screen sharing), and the
 * référent hands it over by another channel. There is no reset by e-mail: the application sends none.
 */
@Controller
class ComptesControleur {

    static final Set<Role> ROLES = EnumSet.of(Role.REFERENT);

    /** One line of the accounts table. */
    record Ligne(String email, String role, String region, String operateur, String creeLe, boolean actif, boolean soi) {
    }

    record Choix(String code, String libelle) {
    }

    private final Habilitations habilitations;
    private final Comptes comptes;
    private final JournalAudit audit;

    ComptesControleur(Habilitations habilitations, Comptes comptes, JournalAudit audit) {
        this.habilitations = habilitations;
        this.comptes = comptes;
        this.audit = audit;
    }

    /** The navigation's link: the référent's region, or every account for NATIONAL. */
    @GetMapping("/comptes")
    String mesComptes(@AuthenticationPrincipal Utilisateur utilisateur, Model model) {
        if (utilisateur.role() == Role.NATIONAL) {
            model.addAttribute("lignes", comptes.lister().stream().map(c -> ligne(c, utilisateur)).toList());
            model.addAttribute("national", true);
            return "comptes";
        }
        String region = utilisateur.regionDuCompte().orElseThrow(() -> new AccessDeniedException("Compte sans région"));
        return "redirect:/comptes/" + habilitations.modifier(utilisateur, region, ROLES);
    }

    @GetMapping("/comptes/{region}")
    String region(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        return page(utilisateur, code, model);
    }

    @PostMapping("/comptes/{region}")
    String creer(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                 @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String role,
                 @RequestParam(defaultValue = "") String operateur, @RequestParam(defaultValue = "") String motDePasse,
                 @RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        char[] mdp = motDePasse.toCharArray();
        char[] confirme = confirmation.toCharArray();
        try {
            Role r = Role.lire(role).orElse(null);
            Compte cree = comptes.ajouterPar(utilisateur.email(), email, r, code, r == Role.OPERATEUR ? operateur : null, mdp, confirme);
            audit.consigner(utilisateur.email(), Action.COMPTE, code, "compte créé : " + cree.email() + " (" + cree.role()
                    + cree.operateur().map(o -> ", " + o).orElse("") + ")");
            suite.addFlashAttribute("message", "Compte « " + cree.email() + " » créé (" + Affichage.role(cree.role())
                    + cree.operateur().map(o -> " · " + Nomenclatures.OPERATEUR.libelle(o)).orElse("")
                    + "). Communiquez-lui son mot de passe par un autre moyen que sa messagerie (téléphone, en main propre).");
            return "redirect:/comptes/" + code;
        } catch (CompteInvalide e) {
            model.addAttribute("probleme", e.getMessage());
            model.addAttribute("saisie", new Saisie(email, role, operateur));
            return page(utilisateur, code, model);
        } finally {
            Arrays.fill(mdp, '\0');
            Arrays.fill(confirme, '\0');
        }
    }

    @PostMapping("/comptes/{region}/desactiver")
    String desactiver(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                      @RequestParam(defaultValue = "") String email, Model model, RedirectAttributes suite) {
        return activer(utilisateur, region, email, false, model, suite);
    }

    @PostMapping("/comptes/{region}/reactiver")
    String reactiver(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                     @RequestParam(defaultValue = "") String email, Model model, RedirectAttributes suite) {
        return activer(utilisateur, region, email, true, model, suite);
    }

    private String activer(Utilisateur utilisateur, String region, String email, boolean actif, Model model, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        try {
            Compte compte = comptes.activer(utilisateur.email(), email, actif);
            audit.consigner(utilisateur.email(), Action.COMPTE, code, "compte " + (actif ? "réactivé : " : "désactivé : ") + compte.email());
            suite.addFlashAttribute("message", "Compte « " + compte.email() + " » " + (actif ? "réactivé : il peut de nouveau se connecter."
                    : "désactivé : il ne peut plus se connecter."));
            return "redirect:/comptes/" + code;
        } catch (CompteInvalide e) {
            model.addAttribute("probleme", e.getMessage());
            return page(utilisateur, code, model);
        }
    }

    /** What the creation form keeps after a refusal (never the passwords). */
    record Saisie(String email, String role, String operateur) {
    }

    private String page(Utilisateur utilisateur, String code, Model model) {
        model.addAttribute("region", code);
        model.addAttribute("nomRegion", Affichage.region(code));
        model.addAttribute("national", false);
        model.addAttribute("lignes", comptes.listerRegion(code).stream().map(c -> ligne(c, utilisateur)).toList());
        model.addAttribute("roles", Comptes.ROLES_DONNES_PAR_REFERENT.stream()
                .map(r -> new Choix(r.name(), Affichage.role(r) + " — " + r.description())).toList());
        model.addAttribute("operateurs", Nomenclatures.OPERATEUR.codes().stream()
                .map(o -> new Choix(o, Nomenclatures.OPERATEUR.libelle(o))).toList());
        model.addAttribute("longueur", Comptes.LONGUEUR_MINIMALE);
        if (!model.containsAttribute("saisie")) {
            model.addAttribute("saisie", new Saisie("", "", ""));
        }
        return "comptes";
    }

    private static Ligne ligne(Compte c, Utilisateur utilisateur) {
        return new Ligne(c.email(), Affichage.role(c.role()), c.region().map(Affichage::region).orElse("toutes"),
                c.operateur().map(Nomenclatures.OPERATEUR::libelle).orElse("—"), Affichage.dateHeure(c.creeLe()), c.actif(),
                c.email().equals(utilisateur.email()));
    }
}
