package fr.transitionspro.suivicep.web;

import static fr.transitionspro.suivicep.web.PagesRegistre.BASE;
import static fr.transitionspro.suivicep.web.PagesRegistre.commun;
import static fr.transitionspro.suivicep.web.PagesRegistre.jour;
import static fr.transitionspro.suivicep.web.PagesRegistre.ligne;
import static fr.transitionspro.suivicep.web.PagesRegistre.operateurs;
import static fr.transitionspro.suivicep.web.PagesRegistre.typo;

import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.cooperation.Action;
import fr.transitionspro.suivicep.cooperation.ActionEnregistree;
import fr.transitionspro.suivicep.cooperation.AnneesDuRegistre;
import fr.transitionspro.suivicep.cooperation.Axe;
import fr.transitionspro.suivicep.cooperation.Convention;
import fr.transitionspro.suivicep.cooperation.Departements;
import fr.transitionspro.suivicep.cooperation.Entretien;
import fr.transitionspro.suivicep.cooperation.ExportRegistre;
import fr.transitionspro.suivicep.cooperation.FiltreActions;
import fr.transitionspro.suivicep.cooperation.LieuAccueil;
import fr.transitionspro.suivicep.cooperation.RegistreCooperation;
import fr.transitionspro.suivicep.cooperation.SaisieActions;
import fr.transitionspro.suivicep.cooperation.SaisieConventions;
import fr.transitionspro.suivicep.cooperation.SaisieLieux;
import fr.transitionspro.suivicep.cooperation.StatutConvention;
import fr.transitionspro.suivicep.cooperation.Theme;
import fr.transitionspro.suivicep.cooperation.TypeAction;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.NomsOperateurs;
import fr.transitionspro.suivicep.web.PagesRegistre.Choix;
import fr.transitionspro.suivicep.web.PagesRegistre.LigneAction;
import fr.transitionspro.suivicep.web.PagesRegistre.LigneConvention;
import fr.transitionspro.suivicep.web.PagesRegistre.LigneLieu;

/**
 * « Registre des coopérations » (Part 1 of the report): the actions, conventions, places of reception and
 * operator interviews of a region and year, each list filtered by a plain GET form and downloaded as a CSV
 * file in the import's format, so that it imports back through « Importer des données ». Every account that
 * reads the region reads its register; entering it is {@link SaisieRegistreControleur}'s.
 */
@Controller
class RegistreControleur {

    record ThemeEntretien(String libelle, List<Entretien.Propos> propos) {
    }

    record FicheEntretien(String code, String operateur, String date, String interlocuteurs, List<ThemeEntretien> themes) {
    }

    private final Habilitations habilitations;
    private final EtatDesDonnees etat;
    private final Base base;
    private final SaisieActions saisie;
    private final SaisieConventions saisieConventions;
    private final SaisieLieux saisieLieux;
    private final JournalAudit audit;

    RegistreControleur(Habilitations habilitations, EtatDesDonnees etat, Base base, JournalAudit audit) {
        this.habilitations = habilitations;
        this.etat = etat;
        this.base = base;
        this.saisie = new SaisieActions(base);
        this.saisieConventions = new SaisieConventions(base);
        this.saisieLieux = new SaisieLieux(base);
        this.audit = audit;
    }

    /** The navigation's link: the account's region (the first for France compétences) and its latest year. */
    @GetMapping("/registre")
    String monRegistre(@AuthenticationPrincipal Utilisateur utilisateur) {
        String region = utilisateur.regionDuCompte().orElseGet(() -> habilitations.regionsLisibles(utilisateur).get(0));
        String code = habilitations.lire(utilisateur, region);
        int annee = AnneesDuRegistre.de(base, code).stream().findFirst()
                .or(() -> etat.derniereAnnee(utilisateur, List.of(code))).orElse(Year.now().getValue() - 1);
        return "redirect:/registre/" + code + "/" + annee;
    }

    @GetMapping(BASE)
    String vueEnsemble(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                       Model model) {
        String code = habilitations.lire(utilisateur, region);
        RegistreCooperation registre = RegistreCooperation.lire(base, code, annee);
        commun(base, utilisateur, code, annee, "ensemble", registre, model);
        return "registre";
    }

    // ---- Actions ----

    @GetMapping(BASE + "/actions")
    String actions(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                   @RequestParam(required = false) String type, @RequestParam(required = false) String axe,
                   @RequestParam(required = false) String operateur, @RequestParam(required = false) String mois, Model model) {
        String code = habilitations.lire(utilisateur, region);
        RegistreCooperation registre = RegistreCooperation.lire(base, code, annee);
        commun(base, utilisateur, code, annee, "actions", registre, model);
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
        return csv(utilisateur, "actions", code, annee, filtre.actif(), actions.size(), ExportRegistre.actions(code, annee, actions));
    }

    // ---- Conventions, places of reception, interviews ----

    @GetMapping(BASE + "/conventions")
    String conventions(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                       @RequestParam(required = false) String statut, Model model) {
        String code = habilitations.lire(utilisateur, region);
        RegistreCooperation registre = RegistreCooperation.lire(base, code, annee);
        commun(base, utilisateur, code, annee, "conventions", registre, model);
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
        List<Convention> conventions = conventions(RegistreCooperation.lire(base, code, annee), s);
        return csv(utilisateur, "conventions", code, annee, s != null, conventions.size(),
                ExportRegistre.conventions(code, annee, conventions));
    }

    @GetMapping(BASE + "/lieux")
    String lieux(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                 @RequestParam(required = false) String operateur, @RequestParam(required = false) String departement, Model model) {
        String code = habilitations.lire(utilisateur, region);
        RegistreCooperation registre = RegistreCooperation.lire(base, code, annee);
        commun(base, utilisateur, code, annee, "lieux", registre, model);
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
        List<LieuAccueil> lieux = lieux(registre, o, d);
        return csv(utilisateur, "lieux", code, annee, o != null || d != null, lieux.size(), ExportRegistre.lieux(code, annee, lieux));
    }

    @GetMapping(BASE + "/entretiens")
    String entretiens(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                      @RequestParam(required = false) String operateur, Model model) {
        String code = habilitations.lire(utilisateur, region);
        RegistreCooperation registre = RegistreCooperation.lire(base, code, annee);
        commun(base, utilisateur, code, annee, "entretiens", registre, model);
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
        List<Entretien> entretiens = entretiens(RegistreCooperation.lire(base, code, annee), o);
        return csv(utilisateur, "entretiens", code, annee, o != null, entretiens.size(), ExportRegistre.entretiens(code, annee, entretiens));
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

    private static List<Convention> conventions(RegistreCooperation registre, StatutConvention s) {
        return registre.conventions().stream().filter(c -> s == null || c.statut() == s).toList();
    }

    private static List<LieuAccueil> lieux(RegistreCooperation registre, String operateur, String departement) {
        return registre.lieux().stream().filter(l -> garde(l, operateur, departement)).toList();
    }

    private static boolean garde(LieuAccueil l, String operateur, String departement) {
        return (operateur == null || l.operateur().equals(operateur)) && (departement == null || l.departement().equals(departement));
    }

    private static List<Entretien> entretiens(RegistreCooperation registre, String operateur) {
        return registre.entretiens().stream().filter(e -> operateur == null || e.operateur().equals(operateur)).toList();
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

    /** The file is named after its type, region and year (« actions-28-2023.csv », « -filtre » when filtered); the download is audited. */
    private ResponseEntity<byte[]> csv(Utilisateur utilisateur, String type, String code, int annee, boolean filtre, int nombre,
                                       byte[] contenu) {
        String fichier = type + "-" + code + "-" + annee + (filtre ? "-filtre" : "") + ".csv";
        audit.consigner(utilisateur.email(), fr.transitionspro.suivicep.audit.Action.EXPORT, code,
                "registre des coopérations\u00a0: " + fichier + " (" + Affichage.lignes(nombre) + (filtre ? ", filtré" : "") + ")");
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fichier).build().toString())
                .body(contenu);
    }
}
