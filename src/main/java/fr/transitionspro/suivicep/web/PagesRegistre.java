package fr.transitionspro.suivicep.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.ui.Model;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.cooperation.Action;
import fr.transitionspro.suivicep.cooperation.ActionEnregistree;
import fr.transitionspro.suivicep.cooperation.AnneesDuRegistre;
import fr.transitionspro.suivicep.cooperation.Axe;
import fr.transitionspro.suivicep.cooperation.Convention;
import fr.transitionspro.suivicep.cooperation.Departements;
import fr.transitionspro.suivicep.cooperation.LieuAccueil;
import fr.transitionspro.suivicep.cooperation.RegistreCooperation;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.NomsOperateurs;

/**
 * What the register's pages share: the header of every page (region, year and its choice, the tabs, whether the
 * account writes), the lines of the lists as the pages print them, and French wording of dates and code lists.
 */
final class PagesRegistre {

    /** Who writes the register of their own region; every other account that reads the region only reads. */
    static final Set<Role> ROLES = EnumSet.of(Role.REFERENT, Role.CONTRIBUTEUR);
    /** The address of a region's register for a year, under which every page of the register lies. */
    static final String BASE = "/registre/{region}/{annee:\\d{4}}";
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private PagesRegistre() {
    }

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

    /** The confirmation page before deleting entry {@code numero} of {@code liste}, which shows {@code elements}. */
    static String suppression(Base base, Utilisateur utilisateur, String code, int annee, String liste, int numero, String titre, String bouton,
                               List<Element> elements, Model model) {
        commun(base, utilisateur, code, annee, liste, null, model);
        model.addAttribute("titre", titre);
        model.addAttribute("bouton", bouton);
        model.addAttribute("elements", elements);
        model.addAttribute("adresseListe", "/registre/" + code + "/" + annee + "/" + liste);
        model.addAttribute("adresseSuppression", "/registre/" + code + "/" + annee + "/" + liste + "/" + numero + "/suppression");
        return "registre-suppression";
    }

    /** What every page of the register shows: region, year and its choice, the tabs, and whether the account writes. */
    static void commun(Base base, Utilisateur utilisateur, String code, int annee, String onglet, RegistreCooperation registre, Model model) {
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
        // Both the import (a whole list) and the forms (one entry) are the référent's and the contributeurs'.
        model.addAttribute("peutModifier", ecrit);
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

    static List<Choix> operateurs(NomsOperateurs noms, int annee) {
        return Nomenclatures.OPERATEUR.codes().stream().map(o -> new Choix(o, noms.nom(o, annee))).toList();
    }

    static LigneConvention ligne(int numero, Convention c) {
        return new LigneConvention(numero, c.partenaire(), datePartielle(c.signee()), datePartielle(c.renouvelee()),
                datePartielle(c.fin()), typo(String.join(", ", c.axes().stream().map(Axe::libelle).toList())),
                typo(c.statut().libelle()), c.objet());
    }

    static LigneLieu ligne(int numero, LieuAccueil l, NomsOperateurs noms, int annee) {
        return new LigneLieu(numero, noms.nom(l.operateur(), annee), l.lieu(), l.commune(), Departements.intitule(l.departement()),
                typo(l.type().libelle()), l.permanence());
    }

    static LigneAction ligne(ActionEnregistree e, NomsOperateurs noms, int annee) {
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
}
