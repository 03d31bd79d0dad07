package fr.transitionspro.suivicep.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.cooperation.Action;
import fr.transitionspro.suivicep.cooperation.ActionEnregistree;
import fr.transitionspro.suivicep.cooperation.ActionSaisie;
import fr.transitionspro.suivicep.cooperation.AnneesDuRegistre;
import fr.transitionspro.suivicep.cooperation.Axe;
import fr.transitionspro.suivicep.cooperation.Convention;
import fr.transitionspro.suivicep.cooperation.ConventionSaisie;
import fr.transitionspro.suivicep.cooperation.Departements;
import fr.transitionspro.suivicep.cooperation.Entretien;
import fr.transitionspro.suivicep.cooperation.EntretienSaisi;
import fr.transitionspro.suivicep.cooperation.ExportRegistre;
import fr.transitionspro.suivicep.cooperation.FiltreActions;
import fr.transitionspro.suivicep.cooperation.LieuAccueil;
import fr.transitionspro.suivicep.cooperation.LieuSaisi;
import fr.transitionspro.suivicep.cooperation.Numerote;
import fr.transitionspro.suivicep.cooperation.RegistreCooperation;
import fr.transitionspro.suivicep.cooperation.SaisieActions;
import fr.transitionspro.suivicep.cooperation.SaisieConventions;
import fr.transitionspro.suivicep.cooperation.SaisieEntretiens;
import fr.transitionspro.suivicep.cooperation.SaisieLieux;
import fr.transitionspro.suivicep.cooperation.SaisieInvalide;
import fr.transitionspro.suivicep.cooperation.StatutConvention;
import fr.transitionspro.suivicep.cooperation.Theme;
import fr.transitionspro.suivicep.cooperation.TypeAction;
import fr.transitionspro.suivicep.cooperation.TypeSite;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.NomsOperateurs;

/**
 * « Registre des coopérations » (Part 1 of the report): the actions, conventions, places of reception and
 * operator interviews of a region and year, each list filtered by a plain GET form and downloaded as a CSV
 * file in the import's format. Actions are also added, changed and deleted here, through {@link SaisieActions},
 * which keeps the rules of the imported file. The référent and the contributeurs of the region write; every
 * other account that reads the region (its other roles, France compétences) only reads.
 */
@Controller
class RegistreControleur {

    static final Set<Role> ROLES = EnumSet.of(Role.REFERENT, Role.CONTRIBUTEUR);
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final String BASE = "/registre/{region}/{annee:\\d{4}}";

    record Choix(String code, String libelle) {
    }

    /** One tab of the register's pages. */
    record Onglet(String code, String libelle, String adresse, int nombre, String telechargement) {
    }

    record LigneAction(int numero, String date, String titre, String description, String type, List<String> axes,
                       List<String> operateurs, List<String> partenaires, String lieu, String participants) {
    }

    /** One line of a deletion's confirmation page. */
    record Element(String libelle, String valeur) {
    }

    record LigneConvention(int numero, String partenaire, String signee, String renouvelee, String fin, String axes, String statut, String objet) {
    }

    record LigneLieu(int numero, String operateur, String lieu, String commune, String departement, String type, String permanence) {
    }

    record ThemeEntretien(String libelle, List<Entretien.Propos> propos) {
    }

    /** One slot of the interview form: a remark on a theme, numbered for its fields' ids. */
    record Case(int numero, String synthese, String citation) {
    }

    record ThemeSaisi(String code, String libelle, List<Case> cases) {
    }

    record FicheEntretien(String code, String operateur, String date, String interlocuteurs, List<ThemeEntretien> themes) {
    }

    private final Habilitations habilitations;
    private final EtatDesDonnees etat;
    private final Base base;
    private final SaisieActions saisie;
    private final SaisieConventions saisieConventions;
    private final SaisieLieux saisieLieux;
    private final SaisieEntretiens saisieEntretiens;

    RegistreControleur(Habilitations habilitations, EtatDesDonnees etat, Base base) {
        this.habilitations = habilitations;
        this.etat = etat;
        this.base = base;
        this.saisie = new SaisieActions(base);
        this.saisieConventions = new SaisieConventions(base);
        this.saisieLieux = new SaisieLieux(base);
        this.saisieEntretiens = new SaisieEntretiens(base);
    }

    /** The navigation's link: the account's region (the first for France compétences) and its latest year. */
    @GetMapping("/registre")
    String monRegistre(@AuthenticationPrincipal Utilisateur utilisateur) {
        String region = utilisateur.regionDuCompte().orElseGet(() -> habilitations.regionsLisibles(utilisateur).get(0));
        String code = habilitations.lire(utilisateur, region);
        int annee = AnneesDuRegistre.de(base, code).stream().findFirst()
                .or(() -> etat.derniereAnnee(List.of(code))).orElse(Year.now().getValue() - 1);
        return "redirect:/registre/" + code + "/" + annee;
    }

    @GetMapping(BASE)
    String vueEnsemble(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                       Model model) {
        String code = habilitations.lire(utilisateur, region);
        RegistreCooperation registre = RegistreCooperation.lire(base, code, annee);
        commun(utilisateur, code, annee, "ensemble", registre, model);
        return "registre";
    }

    // ---- Actions ----

    @GetMapping(BASE + "/actions")
    String actions(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                   @RequestParam(required = false) String type, @RequestParam(required = false) String axe,
                   @RequestParam(required = false) String operateur, @RequestParam(required = false) String mois, Model model) {
        String code = habilitations.lire(utilisateur, region);
        RegistreCooperation registre = RegistreCooperation.lire(base, code, annee);
        commun(utilisateur, code, annee, "actions", registre, model);
        FiltreActions filtre = filtre(type, axe, operateur, mois);
        NomsOperateurs noms = NomsOperateurs.pour(base, code);
        List<ActionEnregistree> toutes = saisie.lister(code, annee);
        List<LigneAction> lignes = toutes.stream().filter(a -> filtre.garde(a.action()))
                .map(a -> ligne(a, noms, annee)).toList();
        model.addAttribute("lignes", lignes);
        model.addAttribute("total", toutes.size());
        model.addAttribute("filtre", filtre);
        model.addAttribute("filtreActif", filtre.actif());
        model.addAttribute("resultat", filtre.actif()
                ? compte(lignes.size(), "action retenue", "actions retenues") + " sur " + FormatFrancais.entier(toutes.size())
                : compte(lignes.size(), "action", "actions"));
        model.addAttribute("types", Arrays.stream(TypeAction.values()).map(t -> new Choix(t.name(), typo(t.libelle()))).toList());
        model.addAttribute("axes", Arrays.stream(Axe.values()).map(a -> new Choix(a.name(), typo(a.libelle()))).toList());
        List<Choix> operateurs = new ArrayList<>(operateurs(noms, annee));
        operateurs.add(new Choix(FiltreActions.SANS_OPERATEUR, "Sans opérateur (partenaires seuls)"));
        model.addAttribute("operateurs", operateurs);
        model.addAttribute("moisChoix", Arrays.stream(Month.values())
                .map(m -> new Choix(String.valueOf(m.getValue()), m.getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRENCH))).toList());
        model.addAttribute("requete", requete("type", filtre.type() == null ? null : filtre.type().name(), "axe",
                filtre.axe() == null ? null : filtre.axe().name(), "operateur", filtre.operateur(), "mois",
                filtre.mois() == null ? null : filtre.mois().toString()));
        return "registre-actions";
    }

    @GetMapping(BASE + "/actions.csv")
    ResponseEntity<byte[]> actionsCsv(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                                      @PathVariable int annee, @RequestParam(required = false) String type,
                                      @RequestParam(required = false) String axe, @RequestParam(required = false) String operateur,
                                      @RequestParam(required = false) String mois) {
        String code = habilitations.lire(utilisateur, region);
        FiltreActions filtre = filtre(type, axe, operateur, mois);
        List<Action> actions = saisie.lister(code, annee).stream().map(ActionEnregistree::action).filter(filtre::garde).toList();
        return csv("actions", code, annee, filtre.actif(), ExportRegistre.actions(code, annee, actions));
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
            suite.addFlashAttribute("message", "Action «\u00a0" + a.action().titre() + "\u00a0» ajoutée au registre " + annee + ".");
            return "redirect:/registre/" + code + "/" + annee + "/actions";
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
            suite.addFlashAttribute("message", "Action «\u00a0" + a.action().titre() + "\u00a0» modifiée.");
            return "redirect:/registre/" + code + "/" + annee + "/actions";
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
        return suppression(utilisateur, code, annee, "actions", numero, "Supprimer cette action\u00a0?", "Supprimer l’action",
                List.of(new Element("Date", a.date()), new Element("Intitulé", a.titre()), new Element("Type", a.type()),
                        new Element("Axes", String.join(", ", a.axes()))), model);
    }

    @PostMapping(BASE + "/actions/{numero:\\d{1,9}}/suppression")
    String supprimerAction(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                           @PathVariable int numero, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        ActionEnregistree a = action(code, annee, numero);
        saisie.supprimer(code, annee, numero);
        suite.addFlashAttribute("message", "Action «\u00a0" + a.action().titre() + "\u00a0» supprimée du registre " + annee + ".");
        return "redirect:/registre/" + code + "/" + annee + "/actions";
    }

    // ---- Conventions, places of reception, interviews ----

    @GetMapping(BASE + "/conventions")
    String conventions(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                       @RequestParam(required = false) String statut, Model model) {
        String code = habilitations.lire(utilisateur, region);
        RegistreCooperation registre = RegistreCooperation.lire(base, code, annee);
        commun(utilisateur, code, annee, "conventions", registre, model);
        StatutConvention s = statut == null || statut.isBlank() ? null : StatutConvention.lire(statut).orElse(null);
        List<LigneConvention> lignes = saisieConventions.lister(code, annee).stream().filter(n -> s == null || n.valeur().statut() == s)
                .map(n -> ligne(n.numero(), n.valeur())).toList();
        model.addAttribute("lignes", lignes);
        model.addAttribute("statuts", Arrays.stream(StatutConvention.values()).map(x -> new Choix(x.name(), typo(x.libelle()))).toList());
        model.addAttribute("statut", s == null ? null : s.name());
        model.addAttribute("filtreActif", s != null);
        model.addAttribute("resultat", resultat(lignes.size(), registre.conventions().size(), s != null, "convention", "conventions", true));
        model.addAttribute("requete", requete("statut", s == null ? null : s.name()));
        return "registre-conventions";
    }

    @GetMapping(BASE + "/conventions.csv")
    ResponseEntity<byte[]> conventionsCsv(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                                          @PathVariable int annee, @RequestParam(required = false) String statut) {
        String code = habilitations.lire(utilisateur, region);
        StatutConvention s = statut == null || statut.isBlank() ? null : StatutConvention.lire(statut).orElse(null);
        return csv("conventions", code, annee, s != null,
                ExportRegistre.conventions(code, annee, conventions(RegistreCooperation.lire(base, code, annee), s)));
    }

    @GetMapping(BASE + "/lieux")
    String lieux(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                 @RequestParam(required = false) String operateur, @RequestParam(required = false) String departement, Model model) {
        String code = habilitations.lire(utilisateur, region);
        RegistreCooperation registre = RegistreCooperation.lire(base, code, annee);
        commun(utilisateur, code, annee, "lieux", registre, model);
        NomsOperateurs noms = NomsOperateurs.pour(base, code);
        String o = choix(operateur, Nomenclatures.OPERATEUR.codes());
        List<String> departements = registre.lieux().stream().map(LieuAccueil::departement).distinct().sorted().toList();
        String d = choix(departement, departements);
        List<LigneLieu> lignes = saisieLieux.lister(code, annee).stream().filter(n -> garde(n.valeur(), o, d))
                .map(n -> ligne(n.numero(), n.valeur(), noms, annee)).toList();
        model.addAttribute("lignes", lignes);
        model.addAttribute("operateurs", operateurs(noms, annee));
        model.addAttribute("departements", departements.stream().map(x -> new Choix(x, Departements.intitule(x))).toList());
        model.addAttribute("operateur", o);
        model.addAttribute("departement", d);
        model.addAttribute("filtreActif", o != null || d != null);
        model.addAttribute("resultat", resultat(lignes.size(), registre.lieux().size(), o != null || d != null, "lieu d’accueil",
                "lieux d’accueil", false));
        model.addAttribute("requete", requete("operateur", o, "departement", d));
        return "registre-lieux";
    }

    @GetMapping(BASE + "/lieux.csv")
    ResponseEntity<byte[]> lieuxCsv(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                                    @PathVariable int annee, @RequestParam(required = false) String operateur,
                                    @RequestParam(required = false) String departement) {
        String code = habilitations.lire(utilisateur, region);
        RegistreCooperation registre = RegistreCooperation.lire(base, code, annee);
        String o = choix(operateur, Nomenclatures.OPERATEUR.codes());
        String d = choix(departement, registre.lieux().stream().map(LieuAccueil::departement).distinct().toList());
        return csv("lieux", code, annee, o != null || d != null, ExportRegistre.lieux(code, annee, lieux(registre, o, d)));
    }

    @GetMapping(BASE + "/entretiens")
    String entretiens(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                      @RequestParam(required = false) String operateur, Model model) {
        String code = habilitations.lire(utilisateur, region);
        RegistreCooperation registre = RegistreCooperation.lire(base, code, annee);
        commun(utilisateur, code, annee, "entretiens", registre, model);
        NomsOperateurs noms = NomsOperateurs.pour(base, code);
        String o = choix(operateur, Nomenclatures.OPERATEUR.codes());
        List<FicheEntretien> fiches = entretiens(registre, o).stream().map(e -> new FicheEntretien(e.operateur(),
                noms.nom(e.operateur(), annee), e.date() == null ? null : jour(e.date()), e.interlocuteurs(),
                Arrays.stream(Theme.values()).map(t -> new ThemeEntretien(typo(t.libelle()), e.sur(t))).toList())).toList();
        model.addAttribute("fiches", fiches);
        model.addAttribute("operateurs", operateurs(noms, annee));
        model.addAttribute("operateur", o);
        model.addAttribute("filtreActif", o != null);
        model.addAttribute("resultat", resultat(fiches.size(), registre.entretiens().size(), o != null, "entretien", "entretiens", false));
        model.addAttribute("requete", requete("operateur", o));
        return "registre-entretiens";
    }

    @GetMapping(BASE + "/entretiens.csv")
    ResponseEntity<byte[]> entretiensCsv(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                                         @PathVariable int annee, @RequestParam(required = false) String operateur) {
        String code = habilitations.lire(utilisateur, region);
        String o = choix(operateur, Nomenclatures.OPERATEUR.codes());
        return csv("entretiens", code, annee, o != null,
                ExportRegistre.entretiens(code, annee, entretiens(RegistreCooperation.lire(base, code, annee), o)));
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
            suite.addFlashAttribute("message", "Convention avec «\u00a0" + c.valeur().partenaire() + "\u00a0» ajoutée au registre " + annee + ".");
            return "redirect:/registre/" + code + "/" + annee + "/conventions";
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
            suite.addFlashAttribute("message", "Convention avec «\u00a0" + c.valeur().partenaire() + "\u00a0» modifiée.");
            return "redirect:/registre/" + code + "/" + annee + "/conventions";
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
        return suppression(utilisateur, code, annee, "conventions", numero, "Supprimer cette convention\u00a0?", "Supprimer la convention",
                List.of(new Element("Partenaire", c.partenaire()), new Element("Statut", c.statut()),
                        new Element("Signée", c.signee() == null ? "—" : c.signee())), model);
    }

    @PostMapping(BASE + "/conventions/{numero:\\d{1,9}}/suppression")
    String supprimerConvention(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                               @PathVariable int numero, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        Convention c = convention(code, annee, numero);
        saisieConventions.supprimer(code, annee, numero);
        suite.addFlashAttribute("message", "Convention avec «\u00a0" + c.partenaire() + "\u00a0» supprimée du registre " + annee + ".");
        return "redirect:/registre/" + code + "/" + annee + "/conventions";
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
            suite.addFlashAttribute("message", "Lieu d’accueil de «\u00a0" + l.valeur().commune() + "\u00a0» ajouté au registre " + annee + ".");
            return "redirect:/registre/" + code + "/" + annee + "/lieux";
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
            suite.addFlashAttribute("message", "Lieu d’accueil de «\u00a0" + l.valeur().commune() + "\u00a0» modifié.");
            return "redirect:/registre/" + code + "/" + annee + "/lieux";
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
        return suppression(utilisateur, code, annee, "lieux", numero, "Supprimer ce lieu d’accueil\u00a0?", "Supprimer le lieu d’accueil",
                List.of(new Element("Opérateur", l.operateur()), new Element("Lieu", l.lieu() == null ? "—" : l.lieu()),
                        new Element("Commune", l.commune() + ", " + l.departement()), new Element("Type de site", l.type())), model);
    }

    @PostMapping(BASE + "/lieux/{numero:\\d{1,9}}/suppression")
    String supprimerLieu(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                         @PathVariable int numero, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        LieuAccueil l = lieu(code, annee, numero);
        saisieLieux.supprimer(code, annee, numero);
        suite.addFlashAttribute("message", "Lieu d’accueil de «\u00a0" + l.commune() + "\u00a0» supprimé du registre " + annee + ".");
        return "redirect:/registre/" + code + "/" + annee + "/lieux";
    }

    private String formulaireConvention(Utilisateur utilisateur, String code, int annee, Integer numero, ConventionSaisie s,
                                        Map<String, String> erreurs, Model model) {
        commun(utilisateur, code, annee, "conventions", null, model);
        model.addAttribute("numero", numero);
        model.addAttribute("saisie", s);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("axes", Arrays.stream(Axe.values()).map(a -> new Choix(a.name(), typo(a.libelle()))).toList());
        model.addAttribute("statuts", Arrays.stream(StatutConvention.values()).map(x -> new Choix(x.name(), typo(x.libelle()))).toList());
        return "registre-convention";
    }

    private String formulaireLieu(Utilisateur utilisateur, String code, int annee, Integer numero, LieuSaisi s,
                                  Map<String, String> erreurs, Model model) {
        commun(utilisateur, code, annee, "lieux", null, model);
        model.addAttribute("numero", numero);
        model.addAttribute("saisie", s);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("operateurs", operateurs(NomsOperateurs.pour(base, code), annee));
        model.addAttribute("typesSite", Arrays.stream(TypeSite.values()).map(t -> new Choix(t.name(), typo(t.libelle()))).toList());
        return "registre-lieu";
    }

    private String suppression(Utilisateur utilisateur, String code, int annee, String liste, int numero, String titre, String bouton,
                               List<Element> elements, Model model) {
        commun(utilisateur, code, annee, liste, null, model);
        model.addAttribute("titre", titre);
        model.addAttribute("bouton", bouton);
        model.addAttribute("elements", elements);
        model.addAttribute("adresseListe", "/registre/" + code + "/" + annee + "/" + liste);
        model.addAttribute("adresseSuppression", "/registre/" + code + "/" + annee + "/" + liste + "/" + numero + "/suppression");
        return "registre-suppression";
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
        suite.addFlashAttribute("message", "Entretien avec «\u00a0" + NomsOperateurs.pour(base, code).nom(e.operateur(), annee)
                + "\u00a0» supprimé du registre " + annee + ".");
        return "redirect:/registre/" + code + "/" + annee + "/entretiens";
    }

    private String enregistrerEntretien(Utilisateur utilisateur, String code, int annee, String remplace, HttpServletRequest requete,
                                        Model model, HttpServletResponse reponse, RedirectAttributes suite) {
        EntretienSaisi s = entretienSaisi(requete);
        try {
            Entretien e = saisieEntretiens.enregistrer(code, annee, remplace, s);
            suite.addFlashAttribute("message", "Entretien avec «\u00a0" + NomsOperateurs.pour(base, code).nom(e.operateur(), annee)
                    + "\u00a0» " + (remplace == null ? "ajouté au registre " + annee : "modifié") + ".");
            return "redirect:/registre/" + code + "/" + annee + "/entretiens";
        } catch (SaisieInvalide e) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formulaireEntretien(utilisateur, code, annee, remplace, s, e.erreurs(), model);
        }
    }

    private String formulaireEntretien(Utilisateur utilisateur, String code, int annee, String operateur, EntretienSaisi s,
                                       Map<String, String> erreurs, Model model) {
        commun(utilisateur, code, annee, "entretiens", null, model);
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
        commun(utilisateur, code, annee, "entretiens", null, model);
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

    // ---- Shared ----

    /** What every page of the register shows: region, year and its choice, the tabs, and whether the account writes. */
    private void commun(Utilisateur utilisateur, String code, int annee, String onglet, RegistreCooperation registre, Model model) {
        model.addAttribute("region", code);
        model.addAttribute("nomRegion", Affichage.region(code));
        model.addAttribute("annee", annee);
        List<Integer> annees = new ArrayList<>(AnneesDuRegistre.de(base, code));
        if (!annees.contains(annee)) {
            annees.add(annee);
            annees.sort(Comparator.reverseOrder());
        }
        model.addAttribute("annees", annees);
        model.addAttribute("onglet", onglet);
        boolean ecrit = ROLES.contains(utilisateur.role()) && utilisateur.regionDuCompte().orElse("").equals(code);
        model.addAttribute("peutModifier", ecrit);
        model.addAttribute("peutImporterRegistre", ecrit);
        if (registre != null) {
            String racine = "/registre/" + code + "/" + annee;
            model.addAttribute("onglets", List.of(
                    new Onglet("ensemble", "Vue d’ensemble", racine, -1, null),
                    new Onglet("actions", "Actions", racine + "/actions", registre.actions().size(), "les actions"),
                    new Onglet("conventions", "Conventions", racine + "/conventions", registre.conventions().size(),
                            "les conventions"),
                    new Onglet("lieux", "Lieux d’accueil", racine + "/lieux", registre.lieux().size(), "les lieux d’accueil"),
                    new Onglet("entretiens", "Entretiens", racine + "/entretiens", registre.entretiens().size(), "les entretiens")));
        }
    }

    private String formulaire(Utilisateur utilisateur, String code, int annee, Integer numero, ActionSaisie s,
                              Map<String, String> erreurs, Model model) {
        commun(utilisateur, code, annee, "actions", null, model);
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

    /** Unknown filter values are ignored rather than refused: the list is then shown whole for that criterion. */
    static FiltreActions filtre(String type, String axe, String operateur, String mois) {
        TypeAction t = type == null || type.isBlank() ? null : TypeAction.lire(type).orElse(null);
        Axe a = axe == null || axe.isBlank() ? null : Axe.lire(axe).orElse(null);
        List<String> operateurs = new ArrayList<>(Nomenclatures.OPERATEUR.codes());
        operateurs.add(FiltreActions.SANS_OPERATEUR);
        String o = choix(operateur, operateurs);
        Integer m = mois != null && mois.matches("\\d{1,2}") && Integer.parseInt(mois) >= 1 && Integer.parseInt(mois) <= 12
                ? Integer.valueOf(mois) : null;
        return new FiltreActions(t, a, o, m);
    }

    private static String choix(String valeur, List<String> permis) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        String v = valeur.strip().toUpperCase(Locale.ROOT);
        return permis.contains(v) ? v : null;
    }

    private static List<Choix> operateurs(NomsOperateurs noms, int annee) {
        return Nomenclatures.OPERATEUR.codes().stream().map(o -> new Choix(o, noms.nom(o, annee))).toList();
    }

    private static List<Convention> conventions(RegistreCooperation registre, StatutConvention s) {
        return registre.conventions().stream().filter(c -> s == null || c.statut() == s).toList();
    }

    private static List<LieuAccueil> lieux(RegistreCooperation registre, String operateur, String departement) {
        return registre.lieux().stream().filter(l -> garde(l, operateur, departement)).toList();
    }

    private static boolean garde(LieuAccueil l, String operateur, String departement) {
        return (operateur == null || l.operateur().equals(operateur)) && (departement == null || l.departement().equals(departement));
    }

    private static LigneConvention ligne(int numero, Convention c) {
        return new LigneConvention(numero, c.partenaire(), datePartielle(c.signee()), datePartielle(c.renouvelee()),
                datePartielle(c.fin()), typo(String.join(", ", c.axes().stream().map(Axe::libelle).toList())),
                typo(c.statut().libelle()), c.objet());
    }

    private static LigneLieu ligne(int numero, LieuAccueil l, NomsOperateurs noms, int annee) {
        return new LigneLieu(numero, noms.nom(l.operateur(), annee), l.lieu(), l.commune(), Departements.intitule(l.departement()),
                typo(l.type().libelle()), l.permanence());
    }

    private static List<Entretien> entretiens(RegistreCooperation registre, String operateur) {
        return registre.entretiens().stream().filter(e -> operateur == null || e.operateur().equals(operateur)).toList();
    }

    private static LigneAction ligne(ActionEnregistree e, NomsOperateurs noms, int annee) {
        Action a = e.action();
        return new LigneAction(e.numero(), jour(a.date()), a.titre(), a.description(), typo(a.type().libelle()),
                a.axes().stream().map(x -> typo(x.libelle())).toList(), a.operateurs().stream().map(o -> noms.nom(o, annee)).toList(),
                a.partenaires(), a.lieu(), a.participants() == null ? null : FormatFrancais.entier(a.participants()));
    }

    /** The code lists' labels are shared with the report, which writes a straight apostrophe; the pages print French typography. */
    static String typo(String libelle) {
        return libelle.replace('\'', '’');
    }

    /** « 1er février 2023 », « 14 février 2023 ». */
    static String jour(LocalDate d) {
        String texte = JOUR.format(d);
        return d.getDayOfMonth() == 1 ? "1er" + texte.substring(1) : texte;
    }

    /** A convention's date at its precision: « 2021 », « juin 2022 », « 15 juin 2022 ». */
    static String datePartielle(String iso) {
        if (iso == null) {
            return null;
        }
        return switch (iso.length()) {
            case 10 -> jour(LocalDate.parse(iso));
            case 7 -> MOIS.format(java.time.YearMonth.parse(iso));
            default -> iso;
        };
    }

    private static String compte(int n, String singulier, String pluriel) {
        return FormatFrancais.entier(n) + "\u00a0" + (n > 1 ? pluriel : singulier);
    }

    /** « 12 conventions », or with a filter « 3 conventions retenues sur 12 ». */
    private static String resultat(int retenus, int total, boolean filtre, String singulier, String pluriel, boolean feminin) {
        if (!filtre) {
            return compte(retenus, singulier, pluriel);
        }
        String retenu = "retenu" + (feminin ? "e" : "");
        return compte(retenus, singulier + " " + retenu, pluriel + " " + retenu + "s") + " sur " + FormatFrancais.entier(total);
    }

    /** The filter's query string (« ?type=SALON&mois=3 »), empty without filter: the CSV link keeps the filter. */
    private static String requete(String... clesValeurs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < clesValeurs.length; i += 2) {
            if (clesValeurs[i + 1] != null) {
                s.append(s.isEmpty() ? "?" : "&").append(clesValeurs[i]).append('=')
                        .append(java.net.URLEncoder.encode(clesValeurs[i + 1], StandardCharsets.UTF_8));
            }
        }
        return s.toString();
    }

    /** The file is named after its type, region and year (« actions-28-2023.csv », « -filtre » when filtered). */
    private static ResponseEntity<byte[]> csv(String type, String code, int annee, boolean filtre, byte[] contenu) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(type + "-" + code + "-" + annee + (filtre ? "-filtre" : "") + ".csv").build().toString())
                .body(contenu);
    }
}
