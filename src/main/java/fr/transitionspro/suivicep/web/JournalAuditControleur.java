package fr.transitionspro.suivicep.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** « Journal d'audit »: who did what and when, filterable; a référent sees its region, France compétences everything. */
@Controller
class JournalAuditControleur {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d\u00a0MMMM yyyy 'à' HH:mm:ss", Locale.FRENCH);

    record Ligne(String moment, String acteur, String action, String region, String detail, boolean echec) {
    }

    record Choix(String code, String libelle) {
    }

    private final ConsultationAudit consultation;
    private final Habilitations habilitations;

    JournalAuditControleur(ConsultationAudit consultation, Habilitations habilitations) {
        this.consultation = consultation;
        this.habilitations = habilitations;
    }

    /** The navigation's link: everything for France compétences, the account's region for a référent. */
    @GetMapping("/audit")
    String audit(@AuthenticationPrincipal Utilisateur utilisateur, @RequestParam(required = false) String region,
                 @RequestParam(required = false) String action, @RequestParam(required = false) String acteur,
                 @RequestParam(required = false) String du, @RequestParam(required = false) String au, Model model) {
        if (utilisateur.role() != Role.NATIONAL) {
            String propre = utilisateur.regionDuCompte().orElseThrow(() -> new AccessDeniedException("Compte sans région"));
            return page(utilisateur, propre, action, acteur, du, au, model);
        }
        return page(utilisateur, region == null || region.isBlank() ? null : region, action, acteur, du, au, model);
    }

    @GetMapping("/audit/{region}")
    String auditRegion(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                       @RequestParam(required = false) String action, @RequestParam(required = false) String acteur,
                       @RequestParam(required = false) String du, @RequestParam(required = false) String au, Model model) {
        return page(utilisateur, habilitations.lirePerimetre(utilisateur, region), action, acteur, du, au, model);
    }

    private String page(Utilisateur utilisateur, String region, String action, String acteur, String du, String au, Model model) {
        List<String> problemes = new ArrayList<>();
        Action a = action == null || action.isBlank() ? null : Action.lire(action).orElse(null);
        if (action != null && !action.isBlank() && a == null) {
            problemes.add("Action « " + action + " » inconnue\u00a0: toutes les actions sont affichées.");
        }
        LocalDate debut = date(du, "Du", problemes);
        LocalDate fin = date(au, "Au", problemes);
        List<JournalAudit.Entree> entrees = consultation.lire(utilisateur, region, a, acteur, debut, fin);
        boolean national = utilisateur.role() == Role.NATIONAL;
        model.addAttribute("national", national);
        model.addAttribute("region", region);
        model.addAttribute("titre", region == null ? "toutes les régions" : Nomenclatures.PERIMETRE.libelle(region));
        model.addAttribute("regions", national ? habilitations.regionsLisibles(utilisateur).stream()
                .map(r -> new Choix(r, Affichage.region(r))).toList() : List.of());
        model.addAttribute("actions", Arrays.stream(Action.values()).map(x -> new Choix(x.name(), x.libelle())).toList());
        model.addAttribute("action", a == null ? "" : a.name());
        model.addAttribute("acteur", acteur == null ? "" : acteur);
        model.addAttribute("du", debut == null ? "" : debut.toString());
        model.addAttribute("au", fin == null ? "" : fin.toString());
        model.addAttribute("problemes", problemes);
        model.addAttribute("lignes", entrees.stream().map(e -> new Ligne(MOMENT.format(e.horodatage()), e.acteur(), e.action().libelle(),
                e.region() == null ? "—" : Nomenclatures.PERIMETRE.libelle(e.region()), e.detail() == null ? "" : e.detail(),
                e.action() == Action.CONNEXION_ECHOUEE || e.action() == Action.CONNEXION_BLOQUEE)).toList());
        model.addAttribute("tronque", entrees.size() >= ConsultationAudit.LIMITE);
        model.addAttribute("limite", ConsultationAudit.LIMITE);
        return "audit";
    }

    private static LocalDate date(String texte, String champ, List<String> problemes) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(texte.strip());
        } catch (DateTimeParseException e) {
            problemes.add("Date « " + champ + " »\u00a0: « " + texte + " » n’est pas une date (attendu\u00a0: AAAA-MM-JJ, par exemple 2024-03-31)\u00a0; "
                    + "elle n’est pas appliquée.");
            return null;
        }
    }
}
