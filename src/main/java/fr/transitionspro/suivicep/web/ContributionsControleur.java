package fr.transitionspro.suivicep.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import fr.transitionspro.suivicep.contributions.Acteur;
import fr.transitionspro.suivicep.contributions.Cle;
import fr.transitionspro.suivicep.contributions.Contribution;
import fr.transitionspro.suivicep.contributions.ContributionInterdite;
import fr.transitionspro.suivicep.contributions.ContributionRefusee;
import fr.transitionspro.suivicep.contributions.Contributions;
import fr.transitionspro.suivicep.contributions.Etape;
import fr.transitionspro.suivicep.contributions.SectionContribution;
import fr.transitionspro.suivicep.contributions.Statut;
import fr.transitionspro.suivicep.rapport.MarkdownSur;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.NomsOperateurs;

/**
 * « Contributions des opérateurs »: each operator writes its two texts of the report (its section of Part 1 and its
 * paragraph of Part 2, 1.4) and submits them; the référent approves them or sends them back with a comment. Every
 * handler checks the region with {@link Habilitations} before reading anything; the rules on who writes, submits and
 * reviews which contribution are {@link Contributions}'s, whose refusal is a 403 here.
 */
@Controller
class ContributionsControleur {

    static final Set<Role> REDACTEURS = EnumSet.of(Role.OPERATEUR);
    static final Set<Role> EXAMINATEURS = EnumSet.of(Role.REFERENT);

    /** One contribution on the list: its place, status and text as the account may see it. */
    record Ligne(String operateur, String nomOperateur, SectionContribution section, String place, String statut, String classe, String html,
                 int version, String modification, boolean aExaminer, boolean redigeable, String adresse) {
    }

    record Groupe(String nomOperateur, List<Ligne> lignes) {
    }

    private final Habilitations habilitations;
    private final EtatDesDonnees etat;
    private final Contributions contributions;
    private final Base base;

    ContributionsControleur(Habilitations habilitations, EtatDesDonnees etat, Base base) {
        this.habilitations = habilitations;
        this.etat = etat;
        this.base = base;
        this.contributions = new Contributions(base);
    }

    static Acteur acteur(Utilisateur u) {
        return new Acteur(u.email(), u.role(), u.regionDuCompte().orElse(null), u.operateur());
    }

    /** The navigation's link: the account's region (or the one chosen) and the year the dashboard would show. */
    @GetMapping("/contributions")
    String mesContributions(@AuthenticationPrincipal Utilisateur utilisateur, @RequestParam(required = false) String region,
                            @RequestParam(required = false) Integer annee) {
        List<String> lisibles = habilitations.regionsLisibles(utilisateur);
        String code = habilitations.lire(utilisateur, region != null ? region : lisibles.get(0));
        int an = annee != null ? annee : etat.derniereAnnee(utilisateur, List.of(code)).orElse(Year.now().getValue() - 1);
        return "redirect:/contributions/" + code + "/" + an;
    }

    @GetMapping("/contributions/{region}/{annee:\\d{4}}")
    String liste(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee, Model model) {
        String code = habilitations.lire(utilisateur, region);
        Acteur acteur = acteur(utilisateur);
        NomsOperateurs noms = NomsOperateurs.pour(base, code);
        List<Contribution> stockees = contributions.lister(acteur, code, annee);
        List<Groupe> groupes = new ArrayList<>();
        for (String operateur : Contributions.OPERATEURS) {
            List<Ligne> lignes = new ArrayList<>();
            for (SectionContribution section : SectionContribution.values()) {
                Cle cle = new Cle(code, annee, operateur, section);
                if (!Contributions.peutLire(acteur, cle)) {
                    continue;
                }
                Optional<Contribution> c = stockees.stream().filter(x -> x.cle().equals(cle)).findFirst();
                lignes.add(ligne(acteur, cle, c, noms.nom(operateur, annee)));
            }
            if (!lignes.isEmpty()) {
                groupes.add(new Groupe(noms.nom(operateur, annee), lignes));
            }
        }
        model.addAttribute("region", code);
        model.addAttribute("nomRegion", Affichage.region(code));
        model.addAttribute("annee", annee);
        model.addAttribute("groupes", groupes);
        model.addAttribute("referent", Contributions.peutExaminer(acteur, code));
        model.addAttribute("operateur", utilisateur.role() == Role.OPERATEUR);
        return "contributions";
    }

    private static Ligne ligne(Acteur acteur, Cle cle, Optional<Contribution> c, String nom) {
        String adresse = "/contributions/" + cle.region() + "/" + cle.annee() + "/" + cle.operateur() + "/" + cle.section().chemin();
        boolean redacteur = Contributions.peutRediger(acteur, cle);
        if (c.isEmpty()) {
            return new Ligne(cle.operateur(), nom, cle.section(), cle.section().place(cle.operateur()), "non commencée", "non-recue", null, 0, null, false, redacteur, adresse);
        }
        Contribution x = c.get();
        // A draft is the operator's work in progress: the others see that it exists, not its text.
        String html = x.statut() == Statut.BROUILLON && !redacteur ? null : MarkdownSur.enHtml(x.markdown());
        return new Ligne(cle.operateur(), nom, cle.section(), cle.section().place(cle.operateur()), x.statut().libelle(), x.statut().name().toLowerCase(), html, x.version(),
                Affichage.dateHeure(x.modifieLe()) + " par " + x.modifiePar(),
                x.statut() == Statut.SOUMISE && Contributions.peutExaminer(acteur, cle.region()), redacteur && !x.verrouillee(), adresse);
    }

    @GetMapping("/contributions/{region}/{annee:\\d{4}}/{operateur}/{section}")
    String contribution(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                        @PathVariable String operateur, @PathVariable String section, Model model) {
        String code = habilitations.lire(utilisateur, region);
        Cle cle = cle(code, annee, operateur, section);
        return page(utilisateur, cle, null, false, model);
    }

    /** The operator's buttons: « Aperçu » (nothing stored), « Enregistrer le brouillon », « Soumettre ». */
    @PostMapping("/contributions/{region}/{annee:\\d{4}}/{operateur}/{section}")
    String rediger(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                   @PathVariable String operateur, @PathVariable String section, @RequestParam(required = false) String action,
                   @RequestParam(required = false) String markdown, Model model, RedirectAttributes redirection) {
        String code = habilitations.modifier(utilisateur, region, REDACTEURS);
        Cle cle = cle(code, annee, operateur, section);
        Acteur acteur = acteur(utilisateur);
        if (!Contributions.peutRediger(acteur, cle)) {
            throw new AccessDeniedException("Le compte " + utilisateur.email() + " ne rédige pas la contribution de " + cle.operateur());
        }
        String texte = markdown == null ? "" : markdown;
        try {
            switch (action == null ? "" : action) {
                case "enregistrer" -> {
                    contributions.enregistrer(acteur, cle, texte);
                    redirection.addFlashAttribute("succes", "Brouillon enregistré. Il n’est pas encore transmis au référent\u00a0: "
                            + "cliquez sur «\u00a0Soumettre\u00a0» quand le texte est prêt.");
                }
                case "soumettre" -> {
                    contributions.soumettre(acteur, cle, texte);
                    redirection.addFlashAttribute("succes", "Contribution soumise\u00a0: le référent de Transitions Pro "
                            + Affichage.region(code) + " va la relire, puis la valider ou vous la renvoyer avec un commentaire.");
                }
                default -> {
                    return page(utilisateur, cle, texte, true, model);
                }
            }
        } catch (ContributionInterdite e) {
            throw new AccessDeniedException(e.getMessage());
        } catch (ContributionRefusee e) {
            model.addAttribute("probleme", e.getMessage());
            return page(utilisateur, cle, texte, false, model);
        }
        return "redirect:" + adresse(cle);
    }

    /** The référent's decision on the version it read: « Valider » or « Renvoyer » (with its comment). */
    @PostMapping("/contributions/{region}/{annee:\\d{4}}/{operateur}/{section}/examen")
    String examiner(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                    @PathVariable String operateur, @PathVariable String section, @RequestParam(required = false) String action,
                    @RequestParam(required = false) Integer version, @RequestParam(required = false) String commentaire,
                    @RequestParam(required = false) String retour, RedirectAttributes redirection) {
        String code = habilitations.modifier(utilisateur, region, EXAMINATEURS);
        Cle cle = cle(code, annee, operateur, section);
        Acteur acteur = acteur(utilisateur);
        String nom = NomsOperateurs.pour(base, code).nom(cle.operateur(), annee);
        String quoi = cle.section().nom() + " " + nom;
        try {
            if ("valider".equals(action)) {
                contributions.valider(acteur, cle, version == null ? -1 : version, commentaire);
                redirection.addFlashAttribute("succes", quoi + " validé\u00a0: il figurera dans le rapport " + annee + ".");
            } else if ("renvoyer".equals(action)) {
                contributions.renvoyer(acteur, cle, version == null ? -1 : version, commentaire);
                redirection.addFlashAttribute("succes", quoi + " renvoyé à l’opérateur avec votre commentaire.");
            } else {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Action inconnue");
            }
        } catch (ContributionInterdite e) {
            throw new AccessDeniedException(e.getMessage());
        } catch (ContributionRefusee e) {
            redirection.addFlashAttribute("probleme", quoi + " : " + e.getMessage());
            redirection.addFlashAttribute("commentaire", commentaire);
        }
        // Back to where the référent clicked: the list (anchored on the operator) or the contribution's page.
        return "redirect:" + ("page".equals(retour) ? adresse(cle) : "/contributions/" + code + "/" + annee + "#" + ancre(cle));
    }

    @GetMapping("/contributions/{region}/{annee:\\d{4}}/{operateur}/{section}/historique")
    String historique(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region, @PathVariable int annee,
                      @PathVariable String operateur, @PathVariable String section, Model model) {
        String code = habilitations.lire(utilisateur, region);
        Cle cle = cle(code, annee, operateur, section);
        List<Etape> etapes;
        try {
            etapes = contributions.historique(acteur(utilisateur), cle);
        } catch (ContributionInterdite e) {
            throw new AccessDeniedException(e.getMessage());
        }
        entete(cle, model);
        boolean redacteur = Contributions.peutRediger(acteur(utilisateur), cle);
        List<EtapeAffichee> affichees = new ArrayList<>();
        for (int i = etapes.size() - 1; i >= 0; i--) {
            Etape e = etapes.get(i);
            // Like the list: a draft's text is the operator's alone.
            String html = e.apres() == Statut.BROUILLON && !redacteur ? null : MarkdownSur.enHtml(e.markdown());
            affichees.add(new EtapeAffichee(e.numero(), Affichage.dateHeure(e.horodatage()), e.auteur(), e.action(), e.commentaire(), html));
        }
        model.addAttribute("etapes", affichees);
        return "contribution-historique";
    }

    record Renvoi(String quand, String auteur, String commentaire) {
    }

    record EtapeAffichee(int numero, String quand, String auteur, String action, String commentaire, String html) {
    }

    // ---- the page of one contribution ----

    private String page(Utilisateur utilisateur, Cle cle, String texteSaisi, boolean apercu, Model model) {
        Acteur acteur = acteur(utilisateur);
        Optional<Contribution> c;
        List<Etape> etapes;
        try {
            c = contributions.lire(acteur, cle);
            etapes = contributions.historique(acteur, cle);
        } catch (ContributionInterdite e) {
            throw new AccessDeniedException(e.getMessage());
        }
        boolean redacteur = Contributions.peutRediger(acteur, cle);
        entete(cle, model);
        String texte = texteSaisi != null ? texteSaisi : c.map(Contribution::markdown).orElse("");
        model.addAttribute("contribution", c.orElse(null));
        model.addAttribute("statut", c.map(x -> x.statut().etat()).orElse("pas encore rédigée"));
        model.addAttribute("classeStatut", c.map(x -> x.statut().name().toLowerCase()).orElse("non-recue"));
        model.addAttribute("modification", c.map(x -> Affichage.dateHeure(x.modifieLe()) + " par " + x.modifiePar()).orElse(null));
        model.addAttribute("redigeable", redacteur && c.map(x -> !x.verrouillee()).orElse(true));
        model.addAttribute("texte", texte);
        model.addAttribute("apercu", apercu);
        // What the others read: never a draft's text (the operator's work in progress).
        boolean visible = redacteur || c.map(x -> x.statut() != Statut.BROUILLON).orElse(false);
        model.addAttribute("html", texte.isBlank() || !visible ? null : MarkdownSur.enHtml(texte));
        model.addAttribute("aExaminer", c.map(x -> x.statut() == Statut.SOUMISE).orElse(false)
                && Contributions.peutExaminer(acteur, cle.region()));
        model.addAttribute("renvoi", renvoiEnCours(etapes)
                .map(e -> new Renvoi(Affichage.dateHeure(e.horodatage()), e.auteur(), e.commentaire())).orElse(null));
        model.addAttribute("longueurMaximale", FormatFrancais.entier(Contributions.LONGUEUR_MAXIMALE));
        return "contribution";
    }

    /** The last sending back, while the operator has not submitted again since: what it must address. */
    static Optional<Etape> renvoiEnCours(List<Etape> etapes) {
        for (int i = etapes.size() - 1; i >= 0; i--) {
            Statut apres = etapes.get(i).apres();
            if (apres == Statut.RENVOYEE) {
                return Optional.of(etapes.get(i));
            }
            if (apres == Statut.SOUMISE || apres == Statut.VALIDEE) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void entete(Cle cle, Model model) {
        model.addAttribute("region", cle.region());
        model.addAttribute("nomRegion", Affichage.region(cle.region()));
        model.addAttribute("annee", cle.annee());
        model.addAttribute("cle", cle);
        model.addAttribute("section", cle.section());
        model.addAttribute("place", cle.section().place(cle.operateur()));
        model.addAttribute("nomOperateur", NomsOperateurs.pour(base, cle.region()).nom(cle.operateur(), cle.annee()));
        model.addAttribute("adresse", adresse(cle));
        model.addAttribute("ancre", ancre(cle));
    }

    static String adresse(Cle cle) {
        return "/contributions/" + cle.region() + "/" + cle.annee() + "/" + cle.operateur() + "/" + cle.section().chemin();
    }

    static String ancre(Cle cle) {
        return cle.operateur().toLowerCase() + "-" + cle.section().chemin();
    }

    /** The key from the address, after the region check; an unknown operator or section is « not found ». */
    private static Cle cle(String region, int annee, String operateur, String section) {
        if (!Contributions.OPERATEURS.contains(operateur)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Opérateur inconnu");
        }
        SectionContribution s = SectionContribution.deChemin(section)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Section inconnue"));
        return new Cle(region, annee, operateur, s);
    }
}
