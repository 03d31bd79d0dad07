package fr.transitionspro.suivicep.web;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.campagne.Campagne;
import fr.transitionspro.suivicep.campagne.EtatJalon;
import fr.transitionspro.suivicep.campagne.Jalon;
import fr.transitionspro.suivicep.campagne.Saisie;
import fr.transitionspro.suivicep.campagne.SaisieInvalide;
import fr.transitionspro.suivicep.campagne.Statut;
import fr.transitionspro.suivicep.campagne.Synthese;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * « Campagne {année} » of a region: its six milestones, where each comes from, what is missing; the référent (and the
 * contributeur, for his milestones) sets planned dates, done dates and statuses. Everyone who reads the region reads it.
 */
@Controller
class CampagneControleur {

    static final Set<Role> ROLES = Set.of(Role.REFERENT, Role.CONTRIBUTEUR);
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** One milestone on the page: its state, the form's values, whether this account may change it. */
    record Ligne(EtatJalon etat, boolean modifiable, String statut, String prevu, String fait) {
        public String code() {
            return etat.jalon().name();
        }

        public String prevuTexte() {
            return etat.prevuLe().map(Campagne::date).orElse("non prévu");
        }

        public String faitTexte() {
            return etat.faitLe().map(Campagne::date).orElse(etat.fait() ? "date non saisie" : "—");
        }
    }

    record Choix(String code, String libelle) {
    }

    private final Habilitations habilitations;
    private final EtatDesDonnees etat;
    private final Campagne campagne;
    private final JournalAudit audit;

    CampagneControleur(Habilitations habilitations, EtatDesDonnees etat, Campagne campagne, JournalAudit audit) {
        this.habilitations = habilitations;
        this.etat = etat;
        this.campagne = campagne;
        this.audit = audit;
    }

    /** The navigation's entry and the year chooser: the account's region (or the one chosen) and the latest year with data. */
    @GetMapping("/campagne")
    String choisir(@AuthenticationPrincipal Utilisateur utilisateur, @RequestParam(required = false) String region,
                   @RequestParam(required = false) Integer annee) {
        if (region == null && utilisateur.role() == Role.NATIONAL) {
            return "redirect:/national" + (annee == null ? "" : "/" + annee);
        }
        String r = region != null ? region : utilisateur.regionDuCompte().orElseThrow();
        int an = annee != null ? annee : etat.derniereAnnee(utilisateur, List.of(r)).orElse(Year.now().getValue() - 1);
        return "redirect:" + UriComponentsBuilder.fromPath("/campagne/{region}/{annee}").buildAndExpand(r, an).encode().toUriString();
    }

    @GetMapping("/campagne/{region}/{annee:\\d{4}}")
    String campagne(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee, Model model) {
        String code = habilitations.lire(utilisateur, region);
        return page(utilisateur, code, annee, Map.of(), model);
    }

    @PostMapping("/campagne/{region}/{annee:\\d{4}}")
    String enregistrer(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                       @RequestParam MultiValueMap<String, String> parametres, Model model, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        Map<Jalon, Saisie> saisies = new EnumMap<>(Jalon.class);
        List<String> erreurs = new ArrayList<>();
        Map<String, String> valeurs = new HashMap<>();
        for (Jalon j : Jalon.values()) {
            // A milestone this role may not set is not in the form (its fields are disabled): whatever comes is ignored.
            if (!j.modifiablePar(utilisateur.role()) || !parametres.containsKey("statut-" + j.name())) {
                continue;
            }
            String s = valeur(parametres, "statut-" + j.name());
            String prevu = valeur(parametres, "prevu-" + j.name());
            String fait = valeur(parametres, "fait-" + j.name());
            valeurs.put("statut-" + j.name(), s);
            valeurs.put("prevu-" + j.name(), prevu);
            valeurs.put("fait-" + j.name(), fait);
            Statut statut = s.isEmpty() ? null : Statut.lire(s).orElse(null);
            if (!s.isEmpty() && statut == null) {
                erreurs.add("« " + j.libelle() + " »\u00a0: statut « " + s + " » inconnu\u00a0; attendu\u00a0: selon les données, à faire, en cours ou fait.");
            }
            LocalDate prevuLe = date(j, "date prévue", prevu, erreurs);
            LocalDate faitLe = date(j, "date de réalisation", fait, erreurs);
            saisies.put(j, new Saisie(statut, prevuLe, faitLe));
        }
        try {
            if (!erreurs.isEmpty()) {
                throw new SaisieInvalide(erreurs);
            }
            List<Jalon> changes = campagne.enregistrer(code, annee, saisies, utilisateur.email());
            if (!changes.isEmpty()) {
                audit.consigner(utilisateur.email(), Action.CAMPAGNE, code, "campagne " + annee + "\u00a0: "
                        + String.join("\u00a0; ", changes.stream().map(j -> Campagne.decrire(j, saisies.get(j))).toList()));
            }
        } catch (SaisieInvalide e) {
            model.addAttribute("erreurs", e.erreurs());
            return page(utilisateur, code, annee, valeurs, model);
        }
        suite.addFlashAttribute("message", "Jalons de la campagne " + annee + " enregistrés.");
        return "redirect:/campagne/" + code + "/" + annee;
    }

    private static String valeur(MultiValueMap<String, String> parametres, String nom) {
        String v = parametres.getFirst(nom);
        return v == null ? "" : v.strip();
    }

    /** ISO (what a date field sends) or JJ/MM/AAAA (what a person types where the browser has no date field). */
    private static LocalDate date(Jalon j, String quoi, String texte, List<String> erreurs) {
        if (texte.isEmpty()) {
            return null;
        }
        try {
            return texte.contains("/") ? LocalDate.parse(texte, JJ_MM_AAAA) : LocalDate.parse(texte);
        } catch (DateTimeParseException e) {
            erreurs.add("« " + j.libelle() + " »\u00a0: " + quoi + " « " + texte + " » illisible\u00a0; attendu\u00a0: une date JJ/MM/AAAA, par exemple 12/03/2024.");
            return null;
        }
    }

    private String page(Utilisateur utilisateur, String code, int annee, Map<String, String> saisi, Model model) {
        Synthese s = campagne.synthese(code, annee);
        boolean redacteur = ROLES.contains(utilisateur.role()) && utilisateur.regionDuCompte().orElse("").equals(code);
        List<Ligne> lignes = s.jalons().stream().map(e -> {
            String n = e.jalon().name();
            return new Ligne(e, redacteur && e.jalon().modifiablePar(utilisateur.role()),
                    saisi.getOrDefault("statut-" + n, e.saisie().statut() == null ? "" : e.saisie().statut().name()),
                    saisi.getOrDefault("prevu-" + n, e.saisie().prevuLe() == null ? "" : e.saisie().prevuLe().toString()),
                    saisi.getOrDefault("fait-" + n, e.saisie().faitLe() == null ? "" : e.saisie().faitLe().toString()));
        }).toList();
        List<Integer> annees = new ArrayList<>(etat.annees(utilisateur, List.of(code)));
        if (!annees.contains(annee)) {
            annees.add(annee);
            annees.sort(Comparator.reverseOrder());
        }
        model.addAttribute("region", code);
        model.addAttribute("nomRegion", Affichage.region(code));
        model.addAttribute("annee", annee);
        model.addAttribute("annees", annees);
        model.addAttribute("synthese", s);
        model.addAttribute("lignes", lignes);
        model.addAttribute("modifiable", lignes.stream().anyMatch(Ligne::modifiable));
        model.addAttribute("statuts", List.of(new Choix("", "selon les données"), new Choix("A_FAIRE", Statut.A_FAIRE.libelle()),
                new Choix("EN_COURS", Statut.EN_COURS.libelle()), new Choix("FAIT", Statut.FAIT.libelle())));
        return "campagne";
    }
}
