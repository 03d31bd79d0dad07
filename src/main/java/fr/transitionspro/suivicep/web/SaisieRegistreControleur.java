package fr.transitionspro.suivicep.web;

import static fr.transitionspro.suivicep.web.PagesRegistre.BASE;
import static fr.transitionspro.suivicep.web.PagesRegistre.commun;
import static fr.transitionspro.suivicep.web.PagesRegistre.jour;
import static fr.transitionspro.suivicep.web.PagesRegistre.ligne;
import static fr.transitionspro.suivicep.web.PagesRegistre.operateurs;
import static fr.transitionspro.suivicep.web.PagesRegistre.suppression;
import static fr.transitionspro.suivicep.web.PagesRegistre.typo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.cooperation.Action;
import fr.transitionspro.suivicep.cooperation.ActionEnregistree;
import fr.transitionspro.suivicep.cooperation.ActionSaisie;
import fr.transitionspro.suivicep.cooperation.Axe;
import fr.transitionspro.suivicep.cooperation.Convention;
import fr.transitionspro.suivicep.cooperation.ConventionSaisie;
import fr.transitionspro.suivicep.cooperation.Entretien;
import fr.transitionspro.suivicep.cooperation.EntretienSaisi;
import fr.transitionspro.suivicep.cooperation.LieuAccueil;
import fr.transitionspro.suivicep.cooperation.LieuSaisi;
import fr.transitionspro.suivicep.cooperation.Numerote;
import fr.transitionspro.suivicep.cooperation.SaisieActions;
import fr.transitionspro.suivicep.cooperation.SaisieConventions;
import fr.transitionspro.suivicep.cooperation.SaisieEntretiens;
import fr.transitionspro.suivicep.cooperation.SaisieInvalide;
import fr.transitionspro.suivicep.cooperation.SaisieLieux;
import fr.transitionspro.suivicep.cooperation.StatutConvention;
import fr.transitionspro.suivicep.cooperation.Theme;
import fr.transitionspro.suivicep.cooperation.TypeAction;
import fr.transitionspro.suivicep.cooperation.TypeSite;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.NomsOperateurs;
import fr.transitionspro.suivicep.web.PagesRegistre.Choix;
import fr.transitionspro.suivicep.web.PagesRegistre.Element;
import fr.transitionspro.suivicep.web.PagesRegistre.LigneAction;
import fr.transitionspro.suivicep.web.PagesRegistre.LigneConvention;
import fr.transitionspro.suivicep.web.PagesRegistre.LigneLieu;

/**
 * Entering the cooperation register of a region and year: actions, conventions, places of reception and operator
 * interviews are added, changed and deleted through forms, with French messages next to the fields, and saved
 * only through the {@code cooperation} services, which keep the rules of the imported files. The référent and
 * the contributeurs of the region write (checked by {@link Habilitations} before anything is read); every other
 * account gets 403.
 */
@Controller
class SaisieRegistreControleur {

    static final Set<Role> ROLES = PagesRegistre.ROLES;

    /** One slot of the interview form: a remark on a theme, numbered for its fields' ids. */
    record Case(int numero, String synthese, String citation) {
    }

    record ThemeSaisi(String code, String libelle, List<Case> cases) {
    }

    private final Habilitations habilitations;
    private final Base base;
    private final SaisieActions saisie;
    private final SaisieConventions saisieConventions;
    private final SaisieLieux saisieLieux;
    private final SaisieEntretiens saisieEntretiens;
    private final JournalAudit audit;

    SaisieRegistreControleur(Habilitations habilitations, Base base, JournalAudit audit) {
        this.habilitations = habilitations;
        this.base = base;
        this.saisie = new SaisieActions(base);
        this.saisieConventions = new SaisieConventions(base);
        this.saisieLieux = new SaisieLieux(base);
        this.saisieEntretiens = new SaisieEntretiens(base);
        this.audit = audit;
    }

    /**
     * Records a change that succeeded in the audit log, with the flash message the page shows, and returns the
     * address of the list to go back to.
     */
    private String fait(Utilisateur utilisateur, String code, int annee, String liste, String message, RedirectAttributes suite) {
        audit.consigner(utilisateur.email(), fr.transitionspro.suivicep.audit.Action.REGISTRE, code, "registre " + annee + "\u00a0: " + message);
        suite.addFlashAttribute("message", message);
        return "redirect:/registre/" + code + "/" + annee + "/" + liste;
    }

    @GetMapping(BASE + "/actions/nouvelle")
    String nouvelleAction(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                          Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        return formulaire(utilisateur, code, annee, null, ActionSaisie.vide(), Map.of(), model);
    }

    @PostMapping(BASE + "/actions")
    String ajouterAction(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                         @RequestParam Map<String, String> champs, @RequestParam(required = false) List<String> axes,
                         @RequestParam(required = false) List<String> operateurs, Model model, HttpServletResponse reponse,
                         RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        ActionSaisie s = saisie(champs, axes, operateurs);
        try {
            ActionEnregistree a = saisie.ajouter(code, annee, s);
            return fait(utilisateur, code, annee, "actions", "Action «\u00a0" + a.action().titre() + "\u00a0» ajoutée au registre " + annee
                    + ".", suite);
        } catch (SaisieInvalide e) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formulaire(utilisateur, code, annee, null, s, e.erreurs(), model);
        }
    }

    @GetMapping(BASE + "/actions/{numero:\\d{1,9}}")
    String actionAModifier(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                           @PathVariable int numero, Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        ActionEnregistree a = action(code, annee, numero);
        return formulaire(utilisateur, code, annee, numero, ActionSaisie.de(a.action()), Map.of(), model);
    }

    @PostMapping(BASE + "/actions/{numero:\\d{1,9}}")
    String modifierAction(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                          @PathVariable int numero, @RequestParam Map<String, String> champs,
                          @RequestParam(required = false) List<String> axes, @RequestParam(required = false) List<String> operateurs,
                          Model model, HttpServletResponse reponse, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        action(code, annee, numero);
        ActionSaisie s = saisie(champs, axes, operateurs);
        try {
            ActionEnregistree a = saisie.modifier(code, annee, numero, s)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Action inconnue"));
            return fait(utilisateur, code, annee, "actions", "Action «\u00a0" + a.action().titre() + "\u00a0» modifiée.", suite);
        } catch (SaisieInvalide e) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formulaire(utilisateur, code, annee, numero, s, e.erreurs(), model);
        }
    }

    @GetMapping(BASE + "/actions/{numero:\\d{1,9}}/suppression")
    String confirmerSuppression(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                                @PathVariable int annee, @PathVariable int numero, Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        LigneAction a = ligne(action(code, annee, numero), NomsOperateurs.pour(base, code), annee);
        return suppression(base, utilisateur, code, annee, "actions", numero, "Supprimer cette action\u00a0?", "Supprimer l’action",
                List.of(new Element("Date", a.date()), new Element("Intitulé", a.titre()), new Element("Type", a.type()),
                        new Element("Axes", String.join(", ", a.axes()))), model);
    }

    @PostMapping(BASE + "/actions/{numero:\\d{1,9}}/suppression")
    String supprimerAction(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                           @PathVariable int numero, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        ActionEnregistree a = action(code, annee, numero);
        saisie.supprimer(code, annee, numero);
        return fait(utilisateur, code, annee, "actions", "Action «\u00a0" + a.action().titre() + "\u00a0» supprimée du registre " + annee + ".", suite);
    }

    // ---- Entering conventions and places of reception ----

    @GetMapping(BASE + "/conventions/nouvelle")
    String nouvelleConvention(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                              Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        return formulaireConvention(utilisateur, code, annee, null, ConventionSaisie.vide(), Map.of(), model);
    }

    @PostMapping(BASE + "/conventions")
    String ajouterConvention(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                             @RequestParam Map<String, String> champs, @RequestParam(required = false) List<String> axes, Model model,
                             HttpServletResponse reponse, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        ConventionSaisie s = conventionSaisie(champs, axes);
        try {
            Numerote<Convention> c = saisieConventions.ajouter(code, annee, s);
            return fait(utilisateur, code, annee, "conventions", "Convention avec «\u00a0" + c.valeur().partenaire() + "\u00a0» ajoutée au registre " + annee + ".", suite);
        } catch (SaisieInvalide e) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formulaireConvention(utilisateur, code, annee, null, s, e.erreurs(), model);
        }
    }

    @GetMapping(BASE + "/conventions/{numero:\\d{1,9}}")
    String conventionAModifier(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                               @PathVariable int numero, Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        Convention c = convention(code, annee, numero);
        return formulaireConvention(utilisateur, code, annee, numero, ConventionSaisie.de(c), Map.of(), model);
    }

    @PostMapping(BASE + "/conventions/{numero:\\d{1,9}}")
    String modifierConvention(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                              @PathVariable int numero, @RequestParam Map<String, String> champs,
                              @RequestParam(required = false) List<String> axes, Model model, HttpServletResponse reponse,
                              RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        convention(code, annee, numero);
        ConventionSaisie s = conventionSaisie(champs, axes);
        try {
            Numerote<Convention> c = saisieConventions.modifier(code, annee, numero, s)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Convention inconnue"));
            return fait(utilisateur, code, annee, "conventions", "Convention avec «\u00a0" + c.valeur().partenaire() + "\u00a0» modifiée.", suite);
        } catch (SaisieInvalide e) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formulaireConvention(utilisateur, code, annee, numero, s, e.erreurs(), model);
        }
    }

    @GetMapping(BASE + "/conventions/{numero:\\d{1,9}}/suppression")
    String confirmerSuppressionConvention(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                                          @PathVariable int annee, @PathVariable int numero, Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        LigneConvention c = ligne(numero, convention(code, annee, numero));
        return suppression(base, utilisateur, code, annee, "conventions", numero, "Supprimer cette convention\u00a0?", "Supprimer la convention",
                List.of(new Element("Partenaire", c.partenaire()), new Element("Statut", c.statut()),
                        new Element("Signée", c.signee() == null ? "—" : c.signee())), model);
    }

    @PostMapping(BASE + "/conventions/{numero:\\d{1,9}}/suppression")
    String supprimerConvention(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                               @PathVariable int numero, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        Convention c = convention(code, annee, numero);
        saisieConventions.supprimer(code, annee, numero);
        return fait(utilisateur, code, annee, "conventions", "Convention avec «\u00a0" + c.partenaire() + "\u00a0» supprimée du registre " + annee + ".", suite);
    }

    @GetMapping(BASE + "/lieux/nouveau")
    String nouveauLieu(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                       Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        return formulaireLieu(utilisateur, code, annee, null, LieuSaisi.vide(), Map.of(), model);
    }

    @PostMapping(BASE + "/lieux")
    String ajouterLieu(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                       @RequestParam Map<String, String> champs, Model model, HttpServletResponse reponse, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        LieuSaisi s = lieuSaisi(champs);
        try {
            Numerote<LieuAccueil> l = saisieLieux.ajouter(code, annee, s);
            return fait(utilisateur, code, annee, "lieux", "Lieu d’accueil de «\u00a0" + l.valeur().commune() + "\u00a0» ajouté au registre " + annee + ".", suite);
        } catch (SaisieInvalide e) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formulaireLieu(utilisateur, code, annee, null, s, e.erreurs(), model);
        }
    }

    @GetMapping(BASE + "/lieux/{numero:\\d{1,9}}")
    String lieuAModifier(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                         @PathVariable int numero, Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        return formulaireLieu(utilisateur, code, annee, numero, LieuSaisi.de(lieu(code, annee, numero)), Map.of(), model);
    }

    @PostMapping(BASE + "/lieux/{numero:\\d{1,9}}")
    String modifierLieu(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                        @PathVariable int numero, @RequestParam Map<String, String> champs, Model model, HttpServletResponse reponse,
                        RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        lieu(code, annee, numero);
        LieuSaisi s = lieuSaisi(champs);
        try {
            Numerote<LieuAccueil> l = saisieLieux.modifier(code, annee, numero, s)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Lieu inconnu"));
            return fait(utilisateur, code, annee, "lieux", "Lieu d’accueil de «\u00a0" + l.valeur().commune() + "\u00a0» modifié.", suite);
        } catch (SaisieInvalide e) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formulaireLieu(utilisateur, code, annee, numero, s, e.erreurs(), model);
        }
    }

    @GetMapping(BASE + "/lieux/{numero:\\d{1,9}}/suppression")
    String confirmerSuppressionLieu(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                                    @PathVariable int annee, @PathVariable int numero, Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        LigneLieu l = ligne(numero, lieu(code, annee, numero), NomsOperateurs.pour(base, code), annee);
        return suppression(base, utilisateur, code, annee, "lieux", numero, "Supprimer ce lieu d’accueil\u00a0?", "Supprimer le lieu d’accueil",
                List.of(new Element("Opérateur", l.operateur()), new Element("Lieu", l.lieu() == null ? "—" : l.lieu()),
                        new Element("Commune", l.commune() + ", " + l.departement()), new Element("Type de site", l.type())), model);
    }

    @PostMapping(BASE + "/lieux/{numero:\\d{1,9}}/suppression")
    String supprimerLieu(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                         @PathVariable int numero, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        LieuAccueil l = lieu(code, annee, numero);
        saisieLieux.supprimer(code, annee, numero);
        return fait(utilisateur, code, annee, "lieux", "Lieu d’accueil de «\u00a0" + l.commune() + "\u00a0» supprimé du registre " + annee + ".", suite);
    }

    private String formulaireConvention(Utilisateur utilisateur, String code, int annee, Integer numero, ConventionSaisie s,
                                        Map<String, String> erreurs, Model model) {
        commun(base, utilisateur, code, annee, "conventions", null, model);
        model.addAttribute("numero", numero);
        model.addAttribute("saisie", s);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("axes", Arrays.stream(Axe.values()).map(a -> new Choix(a.name(), typo(a.libelle()))).toList());
        model.addAttribute("statuts", Arrays.stream(StatutConvention.values()).map(x -> new Choix(x.name(), typo(x.libelle()))).toList());
        return "registre-convention";
    }

    private String formulaireLieu(Utilisateur utilisateur, String code, int annee, Integer numero, LieuSaisi s,
                                  Map<String, String> erreurs, Model model) {
        commun(base, utilisateur, code, annee, "lieux", null, model);
        model.addAttribute("numero", numero);
        model.addAttribute("saisie", s);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("operateurs", operateurs(NomsOperateurs.pour(base, code), annee));
        model.addAttribute("typesSite", Arrays.stream(TypeSite.values()).map(t -> new Choix(t.name(), typo(t.libelle()))).toList());
        return "registre-lieu";
    }

    private static ConventionSaisie conventionSaisie(Map<String, String> champs, List<String> axes) {
        return new ConventionSaisie(champs.get("partenaire"), champs.get("signee"), champs.get("renouvelee"), champs.get("fin"), axes,
                champs.get("statut"), champs.get("objet"));
    }

    private static LieuSaisi lieuSaisi(Map<String, String> champs) {
        return new LieuSaisi(champs.get("operateur"), champs.get("lieu"), champs.get("commune"), champs.get("departement"),
                champs.get("type"), champs.get("permanence"));
    }

    private Convention convention(String code, int annee, int numero) {
        return saisieConventions.trouver(code, annee, numero).map(Numerote::valeur)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Convention inconnue"));
    }

    private LieuAccueil lieu(String code, int annee, int numero) {
        return saisieLieux.trouver(code, annee, numero).map(Numerote::valeur)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Lieu inconnu"));
    }

    // ---- Entering interviews ----

    @GetMapping(BASE + "/entretiens/nouveau")
    String nouvelEntretien(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                           Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        return formulaireEntretien(utilisateur, code, annee, null, EntretienSaisi.vide(), Map.of(), model);
    }

    @PostMapping(BASE + "/entretiens")
    String ajouterEntretien(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                            HttpServletRequest requete, Model model, HttpServletResponse reponse, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        return enregistrerEntretien(utilisateur, code, annee, null, requete, model, reponse, suite);
    }

    @GetMapping(BASE + "/entretiens/{operateur:[A-Z_]{2,24}}")
    String entretienAModifier(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                              @PathVariable String operateur, Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        return formulaireEntretien(utilisateur, code, annee, operateur, EntretienSaisi.de(entretien(code, annee, operateur)), Map.of(),
                model);
    }

    @PostMapping(BASE + "/entretiens/{operateur:[A-Z_]{2,24}}")
    String modifierEntretien(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                             @PathVariable String operateur, HttpServletRequest requete, Model model, HttpServletResponse reponse,
                             RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        entretien(code, annee, operateur);
        return enregistrerEntretien(utilisateur, code, annee, operateur, requete, model, reponse, suite);
    }

    @GetMapping(BASE + "/entretiens/{operateur:[A-Z_]{2,24}}/suppression")
    String confirmerSuppressionEntretien(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                                         @PathVariable int annee, @PathVariable String operateur, Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        Entretien e = entretien(code, annee, operateur);
        return suppressionEntretien(utilisateur, code, annee, e, model);
    }

    @PostMapping(BASE + "/entretiens/{operateur:[A-Z_]{2,24}}/suppression")
    String supprimerEntretien(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                              @PathVariable String operateur, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        Entretien e = entretien(code, annee, operateur);
        saisieEntretiens.supprimer(code, annee, e.operateur());
        return fait(utilisateur, code, annee, "entretiens", "Entretien avec «\u00a0" + NomsOperateurs.pour(base, code).nom(e.operateur(), annee)
                + "\u00a0» supprimé du registre " + annee + ".", suite);
    }

    private String enregistrerEntretien(Utilisateur utilisateur, String code, int annee, String remplace, HttpServletRequest requete,
                                        Model model, HttpServletResponse reponse, RedirectAttributes suite) {
        EntretienSaisi s = entretienSaisi(requete);
        try {
            Entretien e = saisieEntretiens.enregistrer(code, annee, remplace, s);
            return fait(utilisateur, code, annee, "entretiens", "Entretien avec «\u00a0" + NomsOperateurs.pour(base, code).nom(e.operateur(), annee)
                    + "\u00a0» " + (remplace == null ? "ajouté au registre " + annee : "modifié") + ".", suite);
        } catch (SaisieInvalide e) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formulaireEntretien(utilisateur, code, annee, remplace, s, e.erreurs(), model);
        }
    }

    private String formulaireEntretien(Utilisateur utilisateur, String code, int annee, String operateur, EntretienSaisi s,
                                       Map<String, String> erreurs, Model model) {
        commun(base, utilisateur, code, annee, "entretiens", null, model);
        model.addAttribute("operateurModifie", operateur);
        model.addAttribute("saisie", s);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("operateurs", operateurs(NomsOperateurs.pour(base, code), annee));
        // Each theme shows its remarks and one empty slot for another.
        List<ThemeSaisi> themes = new ArrayList<>();
        int numero = 1;
        for (Theme t : Theme.values()) {
            List<Case> cases = new ArrayList<>();
            for (EntretienSaisi.ProposSaisi p : s.sur(t.name())) {
                cases.add(new Case(numero++, p.synthese(), p.citation()));
            }
            cases.add(new Case(numero++, null, null));
            themes.add(new ThemeSaisi(t.name(), typo(t.libelle()), cases));
        }
        model.addAttribute("themes", themes);
        return "registre-entretien";
    }

    private String suppressionEntretien(Utilisateur utilisateur, String code, int annee, Entretien e, Model model) {
        NomsOperateurs noms = NomsOperateurs.pour(base, code);
        List<Element> elements = List.of(new Element("Opérateur", noms.nom(e.operateur(), annee)),
                new Element("Date", e.date() == null ? "—" : jour(e.date())),
                new Element("Propos", FormatFrancais.entier(e.propos().size())));
        commun(base, utilisateur, code, annee, "entretiens", null, model);
        model.addAttribute("titre", "Supprimer cet entretien\u00a0?");
        model.addAttribute("bouton", "Supprimer l’entretien");
        model.addAttribute("elements", elements);
        model.addAttribute("adresseListe", "/registre/" + code + "/" + annee + "/entretiens");
        model.addAttribute("adresseSuppression", "/registre/" + code + "/" + annee + "/entretiens/" + e.operateur() + "/suppression");
        return "registre-suppression";
    }

    /** The form's slots come as parallel lists (theme, synthese, citation), one value per slot, in order. */
    private static EntretienSaisi entretienSaisi(HttpServletRequest requete) {
        String[] themes = valeurs(requete, "theme");
        String[] syntheses = valeurs(requete, "synthese");
        String[] citations = valeurs(requete, "citation");
        List<EntretienSaisi.ProposSaisi> propos = new ArrayList<>();
        for (int i = 0; i < themes.length; i++) {
            propos.add(new EntretienSaisi.ProposSaisi(themes[i], i < syntheses.length ? syntheses[i] : null,
                    i < citations.length ? citations[i] : null));
        }
        return new EntretienSaisi(requete.getParameter("operateur"), requete.getParameter("date"), requete.getParameter("interlocuteurs"),
                propos);
    }

    private static String[] valeurs(HttpServletRequest requete, String nom) {
        String[] v = requete.getParameterValues(nom);
        return v == null ? new String[0] : v;
    }

    private Entretien entretien(String code, int annee, String operateur) {
        return saisieEntretiens.trouver(code, annee, operateur)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Entretien inconnu"));
    }

    private String formulaire(Utilisateur utilisateur, String code, int annee, Integer numero, ActionSaisie s,
                              Map<String, String> erreurs, Model model) {
        commun(base, utilisateur, code, annee, "actions", null, model);
        NomsOperateurs noms = NomsOperateurs.pour(base, code);
        model.addAttribute("numero", numero);
        model.addAttribute("saisie", s);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("types", Arrays.stream(TypeAction.values()).map(t -> new Choix(t.name(), typo(t.libelle()))).toList());
        model.addAttribute("axes", Arrays.stream(Axe.values()).map(a -> new Choix(a.name(), typo(a.libelle()))).toList());
        model.addAttribute("operateurs", operateurs(noms, annee));
        return "registre-action";
    }

    private static ActionSaisie saisie(Map<String, String> champs, List<String> axes, List<String> operateurs) {
        return new ActionSaisie(champs.get("date"), champs.get("titre"), champs.get("type"), axes, operateurs,
                champs.get("partenaires"), champs.get("lieu"), champs.get("participants"), champs.get("description"));
    }

    private ActionEnregistree action(String code, int annee, int numero) {
        return saisie.trouver(code, annee, numero)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Action inconnue"));
    }
}
