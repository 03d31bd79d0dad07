package fr.transitionspro.suivicep.rapport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.transitionspro.suivicep.cooperation.Action;
import fr.transitionspro.suivicep.cooperation.Axe;
import fr.transitionspro.suivicep.cooperation.Convention;
import fr.transitionspro.suivicep.cooperation.Departements;
import fr.transitionspro.suivicep.cooperation.Entretien;
import fr.transitionspro.suivicep.cooperation.LieuAccueil;
import fr.transitionspro.suivicep.cooperation.RegistreCooperation;
import fr.transitionspro.suivicep.cooperation.Theme;
import fr.transitionspro.suivicep.cooperation.TypeAction;
import fr.transitionspro.suivicep.cooperation.TypeSite;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * Part 1 « Les coopérations autour du CEP », written from the cooperation register of the region
 * and year: the actions by axis (1.1–1.4) with their counts by type and axis, the conventions,
 * the inter-operator meetings and the interviews; then, per operator (2.1–2.5), its interview and
 * its places of reception, and the partners' actions (2.6). What the register does not hold is
 * said plainly (« Aucune action n'est enregistrée pour 2023 ») rather than written around.
 */
final class SectionsCooperation {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private final Redaction r;
    private final Donnees d;
    private final RegistreCooperation registre;
    /** The operators' approved contributions to their section (operator → Markdown); see contributions.Contributions. */
    private final Map<String, String> contributions;

    SectionsCooperation(Redaction r, RegistreCooperation registre) {
        this(r, registre, Map.of());
    }

    SectionsCooperation(Redaction r, RegistreCooperation registre, Map<String, String> contributions) {
        this.r = r;
        this.d = r.donnees();
        this.registre = registre;
        this.contributions = Map.copyOf(contributions);
    }

    // ---- 1. Transitions Pro and the CEP operators ----

    /** « 1. » : how many actions, how many inter-operator meetings, and the counts by type and axis. */
    Section cooperations(String ancre, String numero, String titre) {
        SectionEnCours s = r.section(ancre, numero, titre, 3);
        List<Action> actions = registre.actions();
        if (actions.isEmpty()) {
            return paragraphe(s, "Aucune action n'est enregistrée pour " + d.annee() + " dans le registre des coopérations de "
                    + association() + ".").construire();
        }
        int reunions = registre.actions(TypeAction.REUNION_INTER_OPERATEURS).size();
        paragraphe(s, "En " + d.annee() + ", le registre des coopérations de " + association() + " compte "
                + compte(actions.size(), "action", "actions") + " conduites avec les opérateurs CEP et les partenaires en "
                + "région, dont " + compte(reunions, "réunion inter-opérateurs", "réunions inter-opérateurs") + ". "
                + "Elles se répartissent entre les quatre axes de la coopération ; une action peut relever de plusieurs axes.");
        ConstructeurTableau t = new ConstructeurTableau("Actions de coopération en " + d.annee() + " selon le type et l'axe");
        List<String> colonnes = new ArrayList<>(List.of("Type d'action"));
        for (Axe a : Axe.values()) {
            colonnes.add(a.libelle());
        }
        colonnes.add("Ensemble des actions");
        t.colonnes(colonnes);
        for (TypeAction type : TypeAction.values()) {
            List<Action> duType = registre.actions(type);
            if (!duType.isEmpty()) {
                t.ligne(type.libelle(), comptesParAxe(duType));
            }
        }
        t.ligneEnValeur("Ensemble", comptesParAxe(actions));
        s.tableau(t.sources(sourcesRegistre()).champ(champ("Actions de coopération enregistrées"))
                .note("Une action relevant de plusieurs axes est comptée dans chacun d'eux ; la dernière colonne compte "
                        + "chaque action une fois."));
        return s.construire();
    }

    private List<Cellule> comptesParAxe(List<Action> actions) {
        List<Cellule> cellules = new ArrayList<>();
        for (Axe a : Axe.values()) {
            cellules.add(entier(actions.stream().filter(x -> x.axes().contains(a)).count()));
        }
        cellules.add(entier(actions.size()));
        return cellules;
    }

    /** 1.1 to 1.4: the actions of the axis, and what belongs to it besides (meetings, conventions, interviews). */
    Section axe(Axe axe, String ancre, String numero, String titre) {
        SectionEnCours s = r.section(ancre, numero, titre, 4);
        List<Action> actions = registre.actions(axe);
        if (actions.isEmpty()) {
            paragraphe(s, "Aucune action relevant de cet axe n'est enregistrée pour " + d.annee() + ".");
        } else {
            paragraphe(s, "En " + d.annee() + ", " + compte(actions.size(), "action enregistrée relève", "actions enregistrées relèvent")
                    + " de cet axe : " + parType(actions) + ".");
            liste(s, actions.stream().map(this::decrire).toList());
        }
        switch (axe) {
            case FACILITER_AIGUILLAGE -> reunionsInterOperateurs(s);
            case SECURISER_PARCOURS -> conventions(s);
            case ENRICHIR_ANALYSE -> entretiens(s);
            default -> {
            }
        }
        return s.construire();
    }

    private void reunionsInterOperateurs(SectionEnCours s) {
        List<Action> reunions = registre.actions(TypeAction.REUNION_INTER_OPERATEURS);
        intertitre(s, "Les réunions inter-opérateurs");
        if (reunions.isEmpty()) {
            paragraphe(s, "Aucune réunion inter-opérateurs n'est enregistrée pour " + d.annee() + ".");
            return;
        }
        paragraphe(s, association() + " a réuni les opérateurs CEP " + (reunions.size() == 1 ? "une fois"
                : "à " + FormatFrancais.entier(reunions.size()) + " reprises") + " en " + d.annee()
                + " en réunion inter-opérateurs (" + Phrases.enumeration(reunions.stream().map(a -> date(a.date())).toList())
                + ").");
    }

    private void conventions(SectionEnCours s) {
        List<Convention> conventions = registre.conventions();
        intertitre(s, "Les conventions de partenariat");
        if (conventions.isEmpty()) {
            paragraphe(s, "Aucune convention n'est enregistrée pour " + d.annee() + ".");
            return;
        }
        Map<String, Long> parStatut = new LinkedHashMap<>();
        conventions.forEach(c -> parStatut.merge(c.statut().libelle().toLowerCase(Locale.FRANCE), 1L, Long::sum));
        paragraphe(s, "En " + d.annee() + ", " + association() + " mobilise " + compte(conventions.size(),
                "convention de partenariat", "conventions de partenariat") + " (" + parStatut.entrySet().stream()
                .map(e -> e.getKey() + " : " + FormatFrancais.entier(e.getValue())).collect(Collectors.joining(" ; "))
                + ").");
        ConstructeurTableau t = new ConstructeurTableau("Conventions de partenariat de " + association() + " en " + d.annee())
                .colonnes("Partenaire", "Signature", "Renouvellement", "Échéance", "Axes", "Situation en " + d.annee());
        for (Convention c : conventions) {
            t.ligne(c.partenaire(), datePartielle(c.signee()).map(SectionsCooperation::celluleDate).orElseGet(Cellule::nonDisponible),
                    datePartielle(c.renouvelee()).map(SectionsCooperation::celluleDate).orElseGet(Cellule::vide),
                    datePartielle(c.fin()).map(SectionsCooperation::celluleDate).orElseGet(Cellule::vide),
                    Cellule.texte(c.axes().stream().map(Axe::libelle).collect(Collectors.joining(", "))),
                    Cellule.texte(c.statut().libelle()));
        }
        s.tableau(t.sources(sourcesRegistre()).champ(champ("Conventions de partenariat de " + association())));
        List<String> objets = conventions.stream().filter(c -> c.objet() != null)
                .map(c -> c.partenaire() + " : " + Phrases.terminee(c.objet())).toList();
        liste(s, objets);
    }

    private void entretiens(SectionEnCours s) {
        List<Entretien> entretiens = ordonnes(registre.entretiens());
        intertitre(s, "Les entretiens avec les opérateurs CEP");
        if (entretiens.isEmpty()) {
            paragraphe(s, "Aucun entretien avec les opérateurs CEP n'est enregistré pour " + d.annee() + ".");
            return;
        }
        paragraphe(s, "Afin d'échanger sur les données quantitatives et d'enrichir l'analyse qualitative, "
                + compte(entretiens.size(), "opérateur CEP a été rencontré", "opérateurs CEP ont été rencontrés")
                + " au cours d'un entretien conduit avec un guide portant sur quatre thèmes : "
                + Phrases.enumeration(List.of(Theme.values()).stream().map(th -> th.libelle().toLowerCase(Locale.FRANCE)).toList())
                + ". Leurs propos sont rapportés opérateur par opérateur dans les sections 2.1 à 2.5 ci-après.");
        ConstructeurTableau t = new ConstructeurTableau("Entretiens conduits avec les opérateurs CEP pour le rapport " + d.annee())
                .colonnes("Opérateur CEP", "Date", "Personnes rencontrées", "Thèmes abordés");
        for (Entretien e : entretiens) {
            t.ligne(d.operateur(e.operateur()), Optional.ofNullable(e.date()).map(this::date).map(SectionsCooperation::celluleDate)
                    .orElseGet(Cellule::nonDisponible),
                    Optional.ofNullable(e.interlocuteurs()).map(Cellule::texte).orElseGet(Cellule::nonDisponible),
                    Cellule.texte(themes(e)));
        }
        s.tableau(t.sources("Entretiens avec les opérateurs CEP – " + r.traitement())
                .champ("Opérateurs CEP " + d.enRegion() + ", entretiens portant sur " + d.annee()));
    }

    // ---- 2. The CEP operators and the actors in the region ----

    /** « 2. » : the places of reception of every operator, counted by type of site. */
    Section acteurs(String ancre, String numero, String titre) {
        SectionEnCours s = r.section(ancre, numero, titre, 3);
        List<LieuAccueil> lieux = registre.lieux();
        if (lieux.isEmpty()) {
            return paragraphe(s, "Aucun lieu d'accueil des opérateurs CEP n'est enregistré pour " + d.annee() + ".").construire();
        }
        long departements = lieux.stream().map(LieuAccueil::departement).distinct().count();
        paragraphe(s, "En " + d.annee() + ", le public peut être reçu " + d.enRegion() + " dans "
                + compte(lieux.size(), "lieu d'accueil", "lieux d'accueil") + " des opérateurs CEP, répartis sur "
                + compte(departements, "département", "départements") + ".");
        Set<TypeSite> types = typesPresents(lieux);
        ConstructeurTableau t = new ConstructeurTableau("Lieux d'accueil des opérateurs CEP " + d.enRegion() + " en " + d.annee());
        List<String> colonnes = new ArrayList<>(List.of("Opérateur CEP"));
        types.forEach(ty -> colonnes.add(ty.pluriel()));
        colonnes.add("Ensemble");
        t.colonnes(colonnes);
        for (String operateur : Nomenclatures.OPERATEUR.codes()) {
            List<LieuAccueil> siens = registre.lieux(operateur);
            if (!siens.isEmpty()) {
                t.ligne(d.operateur(operateur), comptesParType(siens, types));
            }
        }
        t.ligneEnValeur("Ensemble", comptesParType(lieux, types));
        s.tableau(t.sources(sourcesLieux()).champ(champ("Lieux d'accueil des opérateurs CEP")));
        return s.construire();
    }

    /** 2.1 to 2.5: the operator's interview, theme by theme, its actions with the association and its places. */
    Section operateur(String code, String ancre, String numero, String titre) {
        SectionEnCours s = r.section(ancre, numero, titre, 4);
        String nom = d.operateur(code);
        Optional<Entretien> entretien = registre.entretien(code);
        if (entretien.isEmpty()) {
            paragraphe(s, "Aucun entretien avec " + nom + " n'est enregistré pour " + d.annee() + ".");
        } else {
            Entretien e = entretien.get();
            String quand = e.date() == null ? "" : " du " + date(e.date());
            paragraphe(s, e.interlocuteurs() == null ? "Entretien" + quand + " avec " + nom + "."
                    : "Entretien" + quand + " avec " + Phrases.terminee(e.interlocuteurs()));
            for (Theme theme : Theme.values()) {
                List<Entretien.Propos> propos = e.sur(theme);
                if (!propos.isEmpty()) {
                    intertitre(s, theme.libelle());
                    for (Entretien.Propos p : propos) {
                        paragraphe(s, p.synthese());
                        if (p.citation() != null) {
                            paragraphe(s, Phrases.guillemets(p.citation().strip()));
                        }
                    }
                }
            }
        }
        // The operator's own words, approved by the référent, after the association's record of the interview.
        if (contributions.containsKey(code)) {
            intertitre(s, "Contribution de l'opérateur");
            s.texteRiche(MarkdownSur.enHtml(contributions.get(code)));
        }
        List<Action> actions = registre.actionsAvec(code);
        paragraphe(s, actions.isEmpty() ? "Aucune action commune avec " + nom + " n'est enregistrée pour " + d.annee() + "."
                : "En " + d.annee() + ", " + nom + " a pris part à " + compte(actions.size(), "action", "actions")
                        + " du registre des coopérations : " + parType(actions) + ".");
        List<LieuAccueil> lieux = registre.lieux(code);
        if (lieux.isEmpty()) {
            paragraphe(s, "Aucun lieu d'accueil de " + nom + " n'est enregistré pour " + d.annee() + ".");
        } else {
            s.tableau(lieuxParDepartement(nom, lieux));
        }
        return s.construire();
    }

    private ConstructeurTableau lieuxParDepartement(String nom, List<LieuAccueil> lieux) {
        Set<TypeSite> types = typesPresents(lieux);
        ConstructeurTableau t = new ConstructeurTableau("Lieux d'accueil de " + nom + " en " + d.annee() + " par département");
        List<String> colonnes = new ArrayList<>(List.of("Département"));
        types.forEach(ty -> colonnes.add(ty.pluriel()));
        colonnes.add("Communes");
        t.colonnes(colonnes);
        Map<String, List<LieuAccueil>> parDepartement = new TreeMap<>();
        lieux.forEach(l -> parDepartement.computeIfAbsent(l.departement(), k -> new ArrayList<>()).add(l));
        parDepartement.forEach((departement, siens) -> {
            List<Cellule> cellules = comptesParType(siens, types);
            cellules.set(cellules.size() - 1, Cellule.texte(siens.stream().map(SectionsCooperation::commune).distinct()
                    .collect(Collectors.joining(", "))));
            t.ligne(Departements.intitule(departement), cellules);
        });
        List<Cellule> total = comptesParType(lieux, types);
        total.set(total.size() - 1, Cellule.texte(compte(lieux.size(), "lieu", "lieux")));
        t.ligneEnValeur("Ensemble", total);
        return t.sources(sourcesLieux()).champ(champ("Lieux d'accueil de " + nom));
    }

    /** « Caen », « Cherbourg-en-Cotentin (permanence le jeudi) ». */
    private static String commune(LieuAccueil l) {
        return l.permanence() == null ? l.commune() : l.commune() + " (" + l.permanence().strip() + ")";
    }

    /** 2.6: the partners associated with the actions, and the actions led with partners only. */
    Section enRegion(String ancre, String numero, String titre) {
        SectionEnCours s = r.section(ancre, numero, titre, 4);
        Map<String, Long> partenaires = new LinkedHashMap<>();
        registre.actions().forEach(a -> a.partenaires().forEach(p -> partenaires.merge(p, 1L, Long::sum)));
        if (partenaires.isEmpty()) {
            return paragraphe(s, "Aucune action associant des partenaires en région n'est enregistrée pour " + d.annee() + ".")
                    .construire();
        }
        long avecPartenaires = registre.actions().stream().filter(a -> !a.partenaires().isEmpty()).count();
        paragraphe(s, "En " + d.annee() + ", " + compte(avecPartenaires, "action du registre associe", "actions du registre associent")
                + " des partenaires en région : " + Phrases.enumeration(List.copyOf(partenaires.keySet())) + ".");
        ConstructeurTableau t = new ConstructeurTableau("Partenaires en région associés aux actions de coopération en "
                + d.annee()).colonnes("Partenaire", "Actions", "Convention avec " + association());
        partenaires.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> t.ligne(e.getKey(), entier(e.getValue()), Cellule.texte(convention(e.getKey()))));
        s.tableau(t.sources(sourcesRegistre()).champ(champ("Actions de coopération associant des partenaires en région")));
        List<Action> sansOperateur = registre.actions().stream()
                .filter(a -> a.operateurs().isEmpty() && !a.partenaires().isEmpty()).toList();
        if (!sansOperateur.isEmpty()) {
            intertitre(s, "Les actions conduites avec les partenaires en région");
            liste(s, sansOperateur.stream().map(this::decrire).toList());
        }
        return s.construire();
    }

    /** The status of the partner's convention, matched on the name as written in both registers. */
    private String convention(String partenaire) {
        return registre.conventions().stream().filter(c -> c.partenaire().equalsIgnoreCase(partenaire)).findFirst()
                .map(c -> c.statut().libelle()).orElse("Aucune enregistrée");
    }

    // ---- wording ----

    /** A date in a table: kept on one line (a column of dates must not wrap « 14 mars 2024 » over three lines). */
    private static Cellule celluleDate(String date) {
        return new Cellule(date, "date");
    }

    private static SectionEnCours paragraphe(SectionEnCours s, String texte) {
        return s.paragraphe(texte == null ? null : typographie(texte));
    }

    private static SectionEnCours liste(SectionEnCours s, List<String> elements) {
        return s.liste(elements.stream().map(SectionsCooperation::typographie).toList());
    }

    private static SectionEnCours intertitre(SectionEnCours s, String texte) {
        return s.intertitre(typographie(texte));
    }

    /**
     * French spacing for what this part prints, including the register's own texts: a no-break
     * space before « : » and inside guillemets, a narrow one before « ; », « ! » and « ? », so
     * that no line starts with a colon or a closing guillemet.
     */
    static String typographie(String texte) {
        String blancs = "[\\s\u00a0\u202f]";
        return texte.replaceAll(blancs + "+:", "\u00a0:").replaceAll(blancs + "+([;!?])", "\u202f$1")
                .replaceAll("«" + blancs + "*", "«\u00a0").replaceAll(blancs + "*»", "\u00a0»");
    }

    /**
     * One action as an item of the list: « 14 février 2023 – Salon régional… (salon, Rouen).
     * Opérateurs CEP : … Partenaires : … 850 participants. » followed by its description.
     */
    String decrire(Action a) {
        StringBuilder s = new StringBuilder(date(a.date())).append(" – ").append(a.titre().strip()).append(" (")
                .append(a.type().libelle().toLowerCase(Locale.FRANCE));
        if (a.lieu() != null) {
            s.append(", ").append(a.lieu().strip());
        }
        s.append(").");
        if (!a.operateurs().isEmpty()) {
            s.append(a.operateurs().size() == 1 ? " Opérateur CEP : " : " Opérateurs CEP : ")
                    .append(a.operateurs().stream().map(d::operateur).collect(Collectors.joining(", "))).append('.');
        }
        if (!a.partenaires().isEmpty()) {
            s.append(a.partenaires().size() == 1 ? " Partenaire : " : " Partenaires : ")
                    .append(String.join(", ", a.partenaires())).append('.');
        }
        if (a.participants() != null) {
            s.append(' ').append(compte(a.participants(), "participant", "participants")).append('.');
        }
        if (a.description() != null) {
            s.append(' ').append(Phrases.terminee(a.description()));
        }
        return s.toString();
    }

    /** « 2 salons, 1 webinaire et 1 job dating », types in the order of the list. */
    private static String parType(List<Action> actions) {
        List<String> parties = new ArrayList<>();
        for (TypeAction type : TypeAction.values()) {
            long n = actions.stream().filter(a -> a.type() == type).count();
            if (n > 0) {
                parties.add(type.compte(FormatFrancais.entier(n), n > 1));
            }
        }
        return Phrases.enumeration(parties);
    }

    private static String themes(Entretien e) {
        return Phrases.majuscule(Phrases.enumeration(e.propos().stream().map(p -> p.theme()).distinct()
                .map(th -> th.libelle().toLowerCase(Locale.FRANCE)).toList()));
    }

    /** Interviews in the order of sections 2.1 to 2.5. */
    private static List<Entretien> ordonnes(List<Entretien> entretiens) {
        List<String> ordre = List.of("FRANCE_COMPETENCES", "FRANCE_TRAVAIL", "MISSION_LOCALE", "CAP_EMPLOI", "APEC");
        return entretiens.stream().sorted(java.util.Comparator.comparingInt(e -> ordre.indexOf(e.operateur()))).toList();
    }

    private static Set<TypeSite> typesPresents(List<LieuAccueil> lieux) {
        Set<TypeSite> types = EnumSet.noneOf(TypeSite.class);
        lieux.forEach(l -> types.add(l.type()));
        return types;
    }

    /** One count per type of site, then the total. */
    private static List<Cellule> comptesParType(List<LieuAccueil> lieux, Set<TypeSite> types) {
        List<Cellule> cellules = new ArrayList<>();
        for (TypeSite type : types) {
            cellules.add(entier(lieux.stream().filter(l -> l.type() == type).count()));
        }
        cellules.add(entier(lieux.size()));
        return cellules;
    }

    private static Cellule entier(long n) {
        return Cellule.entier(Optional.of((double) n));
    }

    /** « 1 action », « 12 actions », the count in French typography. */
    private static String compte(long n, String singulier, String pluriel) {
        return FormatFrancais.entier(n) + " " + (n > 1 ? pluriel : singulier);
    }

    String date(LocalDate date) {
        return date.format(JOUR).replaceFirst("^1 ", "1er ");
    }

    /** « 2021 », « mars 2021 », « 15 mars 2021 » from the ISO text of the precision known. */
    Optional<String> datePartielle(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        if (iso.length() == 10) {
            return Optional.of(date(LocalDate.parse(iso)));
        }
        if (iso.length() == 7) {
            return Optional.of(LocalDate.parse(iso + "-01").format(MOIS));
        }
        return Optional.of(iso);
    }

    private String association() {
        return "Transitions Pro " + d.nomRegion();
    }

    private String sourcesRegistre() {
        return "Registre des coopérations de " + association() + " – " + r.traitement();
    }

    private String sourcesLieux() {
        return "Registre des coopérations (lieux d'accueil déclarés par les opérateurs CEP) – " + r.traitement();
    }

    private String champ(String objet) {
        return objet + " – " + d.nomRegion() + ", " + d.annee();
    }
}
