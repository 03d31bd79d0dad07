package fr.transitionspro.suivicep.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.DetailsAudit;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.importation.Correspondance;
import fr.transitionspro.suivicep.importation.Erreur;
import fr.transitionspro.suivicep.importation.ImportRefuse;
import fr.transitionspro.suivicep.importation.Importateur;
import fr.transitionspro.suivicep.importation.ResumeImport;
import fr.transitionspro.suivicep.importation.Tranche;
import fr.transitionspro.suivicep.importation.TypeFichier;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * « Importer des données »: the command line's import, through the browser, in two steps. The upload is first
 * checked without writing anything (dry run: rows per slice and warnings, or the refusal with its located errors);
 * « Confirmer l'import » then imports that same file, kept on the server under an opaque token
 * ({@link DepotsImport}) and checked again by its SHA-256. A référent imports everything of its region, a
 * contributeur the cooperation register; a file with rows of another region is refused whole.
 */
@Controller
class ImportControleur {

    static final Set<Role> ROLES = EnumSet.of(Role.REFERENT, Role.CONTRIBUTEUR);
    static final Set<TypeFichier> REGISTRE = EnumSet.of(TypeFichier.ACTIONS, TypeFichier.CONVENTIONS, TypeFichier.ENTRETIENS,
            TypeFichier.LIEUX);

    record Choix(String code, String libelle) {
    }

    record LigneErreur(String ligne, String colonne, String valeur, String attendu) {
    }

    record LigneTranche(String donnees, String region, int annee, String lignes) {
    }

    private final Habilitations habilitations;
    private final DepotsImport depots;
    private final Base base;
    private final Catalogue catalogue;
    private final JournalAudit audit;

    ImportControleur(Habilitations habilitations, DepotsImport depots, Base base, Catalogue catalogue, JournalAudit audit) {
        this.habilitations = habilitations;
        this.depots = depots;
        this.base = base;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    static List<TypeFichier> typesPermis(Role role) {
        return switch (role) {
            case REFERENT -> List.of(TypeFichier.values());
            case CONTRIBUTEUR -> Arrays.stream(TypeFichier.values()).filter(REGISTRE::contains).toList();
            default -> List.of();
        };
    }

    /** The navigation's link: the page of the account's own region. */
    @GetMapping("/import")
    String monImport(@AuthenticationPrincipal Utilisateur utilisateur) {
        String region = utilisateur.regionDuCompte().orElseThrow(() -> new AccessDeniedException("Compte sans région"));
        return "redirect:/import/" + habilitations.modifier(utilisateur, region, ROLES);
    }

    /** {@code type}: the type to preselect (the register's pages link here with theirs). */
    @GetMapping("/import/{region}")
    String formulaire(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                      @RequestParam(required = false) String type, Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        TypeFichier.lire(type == null ? "" : type).filter(typesPermis(utilisateur.role())::contains)
                .ifPresent(t -> model.addAttribute("typeChoisi", t.code()));
        return page(utilisateur, code, model);
    }

    @PostMapping("/import/{region}/essai")
    String essai(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                 @RequestParam(required = false) String type, @RequestParam(required = false) MultipartFile fichier,
                 @RequestParam(required = false) MultipartFile correspondance, Model model) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        TypeFichier t = type == null ? null : TypeFichier.lire(type).orElse(null);
        model.addAttribute("typeChoisi", t == null ? null : t.code());
        if (t == null) {
            model.addAttribute("probleme", "Choisissez le type de fichier à importer.");
            return page(utilisateur, code, model);
        }
        if (!typesPermis(utilisateur.role()).contains(t)) {
            throw new AccessDeniedException("Le rôle " + utilisateur.role() + " n'importe pas le type " + t.code());
        }
        if (fichier == null || fichier.isEmpty()) {
            model.addAttribute("probleme", "Choisissez le fichier à importer (il est vide ou absent).");
            return page(utilisateur, code, model);
        }
        DepotsImport.Depot depot = depots.deposer(utilisateur.email(), code, t, fichier, correspondance);
        ResumeImport resume;
        try {
            resume = importateur().importer(depot.fichier(), t, lireCorrespondance(depot), true);
        } catch (ImportRefuse e) {
            depots.supprimer(depot);
            model.addAttribute("refus", depot.fichier().getFileName().toString());
            model.addAttribute("erreurs", e.erreurs().stream().map(ImportControleur::ligneErreur).toList());
            model.addAttribute("erreursTronquees", e.erreurs().size() >= 20);
            return page(utilisateur, code, model);
        }
        List<Tranche> ailleurs = resume.lignesParTranche().keySet().stream().filter(tr -> !tr.region().equals(code)).toList();
        if (!ailleurs.isEmpty()) {
            depots.supprimer(depot);
            model.addAttribute("refus", resume.fichier());
            model.addAttribute("horsRegion", ailleurs.stream().map(tr -> "« " + nomTranche(tr) + " » ("
                    + Affichage.lignes(resume.lignesParTranche().get(tr)) + ")").toList());
            return page(utilisateur, code, model);
        }
        model.addAttribute("resume", resume);
        model.addAttribute("tranches", tranches(resume));
        model.addAttribute("totalLignes", Affichage.lignes(resume.lignes()));
        model.addAttribute("libelleType", EtatDesDonnees.libelle(t.code()));
        model.addAttribute("jeton", depot.jeton());
        return page(utilisateur, code, model);
    }

    @PostMapping("/import/{region}/confirmer")
    String confirmer(@AuthenticationPrincipal Utilisateur utilisateur, @PathVariable String region,
                     @RequestParam(required = false) String jeton, Model model, RedirectAttributes suite) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        DepotsImport.Depot depot = depots.prendre(jeton, utilisateur.email(), code).orElse(null);
        if (depot == null) {
            model.addAttribute("probleme", "Ce fichier n’est plus en attente (délai dépassé, déjà importé ou déposé par un autre "
                    + "compte)\u00a0: déposez-le à nouveau.");
            return page(utilisateur, code, model);
        }
        try {
            if (!typesPermis(utilisateur.role()).contains(depot.type())) {
                throw new AccessDeniedException("Le rôle " + utilisateur.role() + " n'importe pas le type " + depot.type().code());
            }
            if (!DepotsImport.empreinte(depot.fichier()).equals(depot.sha256())) {
                model.addAttribute("probleme", "Le fichier déposé a changé sur le serveur depuis sa vérification\u00a0: rien n’a été "
                        + "importé, déposez-le à nouveau.");
                return page(utilisateur, code, model);
            }
            ResumeImport resume = importateur().importer(depot.fichier(), depot.type(), lireCorrespondance(depot), false);
            audit.consigner(utilisateur.email(), Action.IMPORT, code, DetailsAudit.importation(resume));
            suite.addFlashAttribute("message", "Fichier « " + resume.fichier() + " » importé\u00a0: " + Affichage.lignes(resume.lignes())
                    + " (" + String.join(", ", tranches(resume).stream().map(l -> l.donnees() + " " + l.annee()).toList()) + ").");
            return "redirect:/journal/" + code;
        } catch (ImportRefuse e) {
            model.addAttribute("refus", depot.fichier().getFileName().toString());
            model.addAttribute("erreurs", e.erreurs().stream().map(ImportControleur::ligneErreur).toList());
            return page(utilisateur, code, model);
        } finally {
            depots.supprimer(depot);
        }
    }

    private String page(Utilisateur utilisateur, String code, Model model) {
        model.addAttribute("region", code);
        model.addAttribute("nomRegion", Affichage.region(code));
        model.addAttribute("types", typesPermis(utilisateur.role()).stream()
                .map(t -> new Choix(t.code(), EtatDesDonnees.libelle(t.code()) + " (" + t.code() + ")")).toList());
        model.addAttribute("registreSeul", utilisateur.role() == Role.CONTRIBUTEUR);
        return "import";
    }

    private Importateur importateur() {
        return new Importateur(base, catalogue.ids());
    }

    private static Correspondance lireCorrespondance(DepotsImport.Depot depot) {
        return depot.correspondance() == null ? Correspondance.AUCUNE : Correspondance.lire(depot.correspondance());
    }

    private static LigneErreur ligneErreur(Erreur e) {
        return new LigneErreur(e.ligne() > 0 ? FormatFrancais.entier(e.ligne()) : "tout le fichier",
                e.colonne() == null ? "—" : e.numeroColonne() + " « " + e.colonne() + " »",
                e.valeur() == null ? "—" : e.valeur().isEmpty() ? "(vide)" : e.valeur(), e.attendu());
    }

    private static List<LigneTranche> tranches(ResumeImport resume) {
        return resume.lignesParTranche().entrySet().stream().map((Map.Entry<Tranche, Long> e) -> new LigneTranche(
                EtatDesDonnees.libelle(e.getKey().type()), Nomenclatures.PERIMETRE.libelle(e.getKey().region()),
                e.getKey().annee(), FormatFrancais.entier(e.getValue()))).toList();
    }

    private static String nomTranche(Tranche t) {
        return EtatDesDonnees.libelle(t.type()) + " · " + Nomenclatures.PERIMETRE.libelle(t.region()) + " · " + t.annee();
    }
}
