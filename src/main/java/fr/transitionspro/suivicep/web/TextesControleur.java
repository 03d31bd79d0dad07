package fr.transitionspro.suivicep.web;

import java.util.List;
import java.util.Set;

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

import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.rapport.EditionTextes;
import fr.transitionspro.suivicep.rapport.TexteInvalide;

/**
 * « Textes du rapport »: the list of the report's texts of a region and year, and an editor per text with a preview
 * rendered by the server exactly as the report prints it (the same {@link EditionTextes} rules as « suivi-cep textes
 * importer »). The référent and the contributeurs of the region edit; the other accounts that read the region's figures
 * read (not an OPERATEUR: the texts cite the figures of every operator).
 * The live preview is a static script (the content policy forbids inline ones) posting the draft to {@code …/apercu};
 * without it, the « Aperçu » button posts the whole form and gets the page back with the same preview.
 */
@Controller
class TextesControleur {

    static final Set<Role> ROLES = TextesRegion.ROLES;

    /** One line of the list, worded for the page. */
    record Ligne(String cle, String partie, String section, String debut, boolean modifie, String etat) {
    }

    /** The texts of one part of the report (introduction, part 1, part 2, conclusion…), a group of the table. */
    record Groupe(String partie, List<Ligne> lignes) {
    }

    private final Habilitations habilitations;
    private final TextesRegion textes;

    TextesControleur(Habilitations habilitations, TextesRegion textes) {
        this.habilitations = habilitations;
        this.textes = textes;
    }

    @GetMapping("/textes/{region}/{annee:\\d{4}}")
    String liste(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee, Model model) {
        String code = habilitations.lireChiffresDeLaRegion(utilisateur, region);
        List<Ligne> lignes = textes.sections(utilisateur, code, annee).stream().map(s -> new Ligne(s.cle(), s.partie(), s.section(), s.debut(),
                s.modifie(), s.modifieLe().map(d -> "modifié le " + Affichage.dateHeure(d)).orElse("texte par défaut"))).toList();
        commun(utilisateur, code, annee, model);
        List<Groupe> groupes = new java.util.ArrayList<>();
        for (Ligne l : lignes) {
            if (groupes.isEmpty() || !groupes.get(groupes.size() - 1).partie().equals(l.partie())) {
                groupes.add(new Groupe(l.partie(), new java.util.ArrayList<>()));
            }
            groupes.get(groupes.size() - 1).lignes().add(l);
        }
        model.addAttribute("groupes", groupes);
        model.addAttribute("total", lignes.size());
        model.addAttribute("modifies", lignes.stream().filter(Ligne::modifie).count());
        return "textes";
    }

    @GetMapping("/textes/{region}/{annee:\\d{4}}/{cle:[a-z0-9-]+}")
    String texte(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                 @PathVariable String cle, Model model) {
        String code = habilitations.lireChiffresDeLaRegion(utilisateur, region);
        EditionTextes.Texte texte = trouver(utilisateur, code, annee, cle);
        return page(utilisateur, code, annee, texte, texte.markdown(), model);
    }

    /** « Aperçu » without script, and « Enregistrer ». */
    @PostMapping("/textes/{region}/{annee:\\d{4}}/{cle:[a-z0-9-]+}")
    String envoyer(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                   @PathVariable String cle, @RequestParam(defaultValue = "") String markdown,
                   @RequestParam(defaultValue = "enregistrer") String action, Model model, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        EditionTextes.Texte texte = trouver(utilisateur, code, annee, cle);
        if (!action.equals("enregistrer")) {
            return page(utilisateur, code, annee, texte, markdown, model);
        }
        try {
            EditionTextes.Enregistrement fait = textes.enregistrer(utilisateur, code, annee, cle, markdown);
            suite.addFlashAttribute("message", fait.parDefaut()
                    ? "Le texte est celui par défaut : rien n’est enregistré, la section suit les données."
                    : "Texte enregistré. Le rapport l’imprime désormais, avec les chiffres de l’aperçu.");
            return "redirect:/textes/" + code + "/" + annee + "/" + cle;
        } catch (TexteInvalide e) {
            model.addAttribute("refus", "Le texte n’a pas été enregistré : corrigez les références signalées ci-dessous.");
            return page(utilisateur, code, annee, texte, markdown, model);
        }
    }

    /** The live preview: the fragment the script puts in place of the previous one. */
    @PostMapping("/textes/{region}/{annee:\\d{4}}/{cle:[a-z0-9-]+}/apercu")
    String apercu(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                  @PathVariable String cle, @RequestParam(defaultValue = "") String markdown, Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        trouver(utilisateur, code, annee, cle);
        model.addAttribute("apercu", textes.apercu(utilisateur, code, annee, cle, markdown));
        return "texte :: apercu";
    }

    @PostMapping("/textes/{region}/{annee:\\d{4}}/{cle:[a-z0-9-]+}/defaut")
    String retablir(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                    @PathVariable String cle, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        trouver(utilisateur, code, annee, cle);
        textes.retablir(utilisateur, code, annee, cle);
        suite.addFlashAttribute("message", "Le texte par défaut est rétabli : la section suit de nouveau les données.");
        return "redirect:/textes/" + code + "/" + annee + "/" + cle;
    }

    private EditionTextes.Texte trouver(Utilisateur utilisateur, String code, int annee, String cle) {
        return textes.texte(utilisateur, code, annee, cle)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Clé de texte inconnue"));
    }

    private String page(Utilisateur utilisateur, String code, int annee, EditionTextes.Texte texte, String markdown, Model model) {
        commun(utilisateur, code, annee, model);
        model.addAttribute("texte", texte);
        model.addAttribute("markdown", markdown);
        // A reader sees the stored text rendered; only an editor's draft goes through the preview (and its check).
        model.addAttribute("apercu", textes.peutModifier(utilisateur, code) ? textes.apercu(utilisateur, code, annee, texte.cle(), markdown)
                : textes.lecture(utilisateur, code, annee, texte));
        model.addAttribute("etat", texte.modifieLe().map(d -> "Texte modifié le " + Affichage.dateHeure(d) + ".")
                .orElse("Texte par défaut, rédigé à partir des données."));
        return "texte";
    }

    private void commun(Utilisateur utilisateur, String code, int annee, Model model) {
        model.addAttribute("region", code);
        model.addAttribute("nomRegion", Affichage.region(code));
        model.addAttribute("annee", annee);
        model.addAttribute("peutModifier", textes.peutModifier(utilisateur, code));
    }
}
