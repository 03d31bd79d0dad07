package fr.transitionspro.suivicep.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.rapport.EditionTextes;

/**
 * The report's texts of a region for the web: {@link EditionTextes} behind the account's rights, checked here by
 * {@link Habilitations} whatever page calls (403 otherwise), and each change recorded in the audit log. Reading needs
 * the region's figures as a whole (the texts cite every operator's: not an OPERATEUR); changing needs the référent or
 * a contributeur of the region.
 */
@Service
class TextesRegion {

    static final Set<Role> ROLES = EnumSet.of(Role.REFERENT, Role.CONTRIBUTEUR);

    private final Habilitations habilitations;
    private final EditionTextes edition;
    private final JournalAudit audit;

    TextesRegion(Habilitations habilitations, Base base, Catalogue catalogue, JournalAudit audit) {
        this.habilitations = habilitations;
        this.edition = new EditionTextes(base, catalogue);
        this.audit = audit;
    }

    boolean peutModifier(Utilisateur utilisateur, String region) {
        return ROLES.contains(utilisateur.role()) && utilisateur.regionDuCompte().orElse("").equals(region);
    }

    List<EditionTextes.SectionTexte> sections(Utilisateur utilisateur, String region, int annee) {
        return edition.sections(habilitations.lireChiffresDeLaRegion(utilisateur, region), annee);
    }

    int modifies(Utilisateur utilisateur, String region, int annee) {
        return edition.modifies(habilitations.lireChiffresDeLaRegion(utilisateur, region), annee);
    }

    Optional<EditionTextes.Texte> texte(Utilisateur utilisateur, String region, int annee, String cle) {
        return edition.texte(habilitations.lireChiffresDeLaRegion(utilisateur, region), annee, cle);
    }

    /** The stored (or default) text rendered as the report prints it, for an account that reads the region. */
    EditionTextes.Apercu lecture(Utilisateur utilisateur, String region, int annee, EditionTextes.Texte texte) {
        return edition.apercu(habilitations.lireChiffresDeLaRegion(utilisateur, region), annee, texte.cle(), texte.markdown());
    }

    /** A preview belongs to the editor: only an account that may change the text asks for one. */
    EditionTextes.Apercu apercu(Utilisateur utilisateur, String region, int annee, String cle, String markdown) {
        return edition.apercu(habilitations.modifier(utilisateur, region, ROLES), annee, cle, markdown);
    }

    /** @throws fr.transitionspro.suivicep.rapport.TexteInvalide nothing stored, nothing recorded */
    EditionTextes.Enregistrement enregistrer(Utilisateur utilisateur, String region, int annee, String cle, String markdown) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        EditionTextes.Enregistrement fait = edition.enregistrer(code, annee, cle, markdown);
        audit.consigner(utilisateur.email(), Action.MODIFICATION_TEXTE, code, "texte « " + cle + " » " + annee
                + (fait.parDefaut() ? " : identique au texte par défaut, texte enregistré effacé" : " enregistré (" + markdown.length()
                        + " caractères)"));
        return fait;
    }

    void retablir(Utilisateur utilisateur, String region, int annee, String cle) {
        String code = habilitations.modifier(utilisateur, region, ROLES);
        edition.retablir(code, annee, cle);
        audit.consigner(utilisateur.email(), Action.MODIFICATION_TEXTE, code, "texte « " + cle + " » " + annee
                + " : retour au texte par défaut");
    }
}
