package fr.transitionspro.suivicep.referentiel;

import java.util.Map;
import java.util.Optional;

/** The code lists of formats.md with their French labels, as the report prints them. */
public final class Nomenclatures {

    private Nomenclatures() {
    }

    public static final Nomenclature REGION = Nomenclature.de("region")
            .code("01", "Guadeloupe").code("02", "Martinique").code("03", "Guyane").code("04", "La Réunion")
            .code("06", "Mayotte").code("11", "Île-de-France").code("24", "Centre-Val de Loire")
            .code("27", "Bourgogne-Franche-Comté").code("28", "Normandie").code("32", "Hauts-de-France")
            .code("44", "Grand Est").code("52", "Pays de la Loire").code("53", "Bretagne")
            .code("75", "Nouvelle-Aquitaine").code("76", "Occitanie").code("84", "Auvergne-Rhône-Alpes")
            .code("93", "Provence-Alpes-Côte d'Azur").code("94", "Corse")
            .synonyme("1", "01").synonyme("2", "02").synonyme("3", "03").synonyme("4", "04").synonyme("6", "06")
            .construire();

    /** Regions plus the two output aggregates, for files that carry aggregated values. */
    public static final Nomenclature PERIMETRE = Nomenclature.de("perimetre").comme(REGION)
            .code("FM", "France métropolitaine").code("FR", "France entière")
            .construire();

    public static final Nomenclature OPERATEUR = Nomenclature.de("operateur")
            .code("APEC", "Apec").code("CAP_EMPLOI", "Cap emploi")
            .code("FRANCE_COMPETENCES", "Opérateur régional (France compétences)")
            .code("MISSION_LOCALE", "Missions locales").code("FRANCE_TRAVAIL", "France Travail")
            .construire();

    /** Dossiers may name the Fongecif, which accompanied projects before 2020. */
    public static final Nomenclature OPERATEUR_CEP = Nomenclature.de("operateur_cep")
            .code("APEC", "Apec").code("CAP_EMPLOI", "Cap emploi")
            .code("FRANCE_COMPETENCES", "Opérateur régional (France compétences)")
            .code("MISSION_LOCALE", "Missions locales").code("FRANCE_TRAVAIL", "France Travail")
            .code("FONGECIF", "Fongecif")
            .construire();

    public static final Nomenclature SEXE = Nomenclature.de("sexe")
            .code("F", "Femmes").code("M", "Hommes").synonyme("H", "M").construire();

    public static final Nomenclature NIVEAU = Nomenclature.de("niveau")
            .code("SANS", "Infra 3 (sans certification)").code("3", "Niveau 3").code("4", "Niveau 4")
            .code("5", "Niveau 5").code("6", "Niveau 6").code("7", "Niveau 7").code("8", "Niveau 8")
            .synonyme("V", "3").synonyme("IV", "4").synonyme("III", "5").synonyme("II", "6").synonyme("I", "7")
            .construire();

    public static final Nomenclature OBJECTIF = Nomenclature.de("objectif")
            .code("ANTICIPER_PERTE_EMPLOI", "Anticiper un risque de perte de l'emploi occupé")
            .code("CHANGER_METIER", "Changer de métier ou de secteur professionnel")
            .code("CREER_REPRENDRE_ENTREPRISE", "Créer ou reprendre une entreprise")
            .code("FAIRE_LE_POINT", "Faire le point sur sa situation professionnelle")
            .code("PREMIERE_INSERTION", "S'insérer pour la première fois sur le marché du travail")
            .code("TROUVER_EMPLOI", "Trouver ou retrouver un emploi")
            .code("ACQUERIR_COMPETENCES", "Acquérir de nouvelles compétences et/ou qualifications")
            .code("AUTRE", "Autres objectifs professionnels")
            .code("EVOLUER_POSTE", "Évoluer vers un poste à responsabilités")
            .code("PLURIACTIVITE", "Exercer plusieurs activités")
            .code("RECONNAISSANCE_COMPETENCES",
                    "Identifier, valoriser et faire reconnaître ses compétences et expériences professionnelles")
            .construire();

    public static final Nomenclature STATUT = Nomenclature.de("statut")
            .code("SALARIE", "Salariés").code("INDEPENDANT", "Indépendants")
            .code("DEMANDEUR_EMPLOI", "Demandeurs d'emploi").code("AUTRE", "Autres situations")
            .construire();

    public static final Nomenclature TRANCHE_AGE = Nomenclature.de("tranche_age")
            .code("MOINS_18", "Moins de 18 ans").code("18_29", "18 à 29 ans").code("30_44", "30 à 44 ans")
            .code("45_59", "45 à 59 ans").code("60_PLUS", "60 ans et plus")
            .construire();

    /** Age bands of dossiers (indicateurs.md, Conventions): computed, never read from a file. */
    public static final Nomenclature TRANCHE_AGE_DOSSIER = Nomenclature.de("tranche_age")
            .code("MOINS_30", "Moins de 30 ans").code("30_39", "30 à 39 ans").code("40_49", "40 à 49 ans")
            .code("50_PLUS", "50 ans et plus")
            .construire();

    public static final Nomenclature DISPOSITIF = Nomenclature.de("dispositif")
            .code("PTP", "Projet de transition professionnelle")
            .code("DEMISSION_RECONVERSION", "Démission-reconversion")
            .code("TRANSCO", "Transitions collectives").code("VAE", "VAE").code("CLEA", "CléA")
            .construire();

    public static final Nomenclature DECISION = Nomenclature.de("decision")
            .code("ACCEPTE", "Accepté").code("REFUSE", "Refusé").code("AJOURNE", "Ajourné").construire();

    public static final Nomenclature CONTRAT = Nomenclature.de("contrat")
            .code("CDI", "CDI").code("CDD", "CDD").code("INTERIM", "Intérim").code("INTERMITTENT", "Intermittent")
            .code("AUTRE", "Autre contrat").construire();

    public static final Nomenclature CSP = Nomenclature.de("csp")
            .code("OUVRIER", "Ouvriers").code("EMPLOYE", "Employés")
            .code("PROFESSION_INTERMEDIAIRE", "Professions intermédiaires").code("CADRE", "Cadres")
            .code("AUTRE", "Autres").construire();

    public static final Nomenclature RQTH = Nomenclature.de("rqth")
            .code("OUI", "RQTH").code("EN_COURS", "RQTH en cours").code("NON", "Sans RQTH").construire();

    public static final Nomenclature PROJET = Nomenclature.de("projet")
            .code("FORMATION", "Formation").code("CREATION_REPRISE", "Création-reprise d'entreprise").construire();

    public static final Nomenclature TEMPS_PARTIEL = Nomenclature.de("temps_partiel")
            .code("O", "Temps partiel").code("N", "Temps plein").construire();

    public static final Nomenclature STATUT_CANDIDAT = Nomenclature.de("statut_candidat")
            .code("DEMANDEUR_EMPLOI", "Demandeurs d'emploi").code("SALARIE", "Salariés").code("AUTRE", "Autres")
            .construire();

    public static final Nomenclature CEP = Nomenclature.de("cep")
            .code("AVEC", "Avec CEP").code("SANS", "Sans CEP").construire();

    public static final Nomenclature SECTION_NAF = Nomenclature.de("section")
            .code("A", "Agriculture, sylviculture et pêche").code("B", "Industries extractives")
            .code("C", "Industrie manufacturière")
            .code("D", "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné")
            .code("E", "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution")
            .code("F", "Construction").code("G", "Commerce ; réparation d'automobiles et de motocycles")
            .code("H", "Transports et entreposage").code("I", "Hébergement et restauration")
            .code("J", "Information et communication").code("K", "Activités financières et d'assurance")
            .code("L", "Activités immobilières").code("M", "Activités spécialisées, scientifiques et techniques")
            .code("N", "Activités de services administratifs et de soutien").code("O", "Administration publique")
            .code("P", "Enseignement").code("Q", "Santé humaine et action sociale")
            .code("R", "Arts, spectacles et activités récréatives").code("S", "Autres activités de services")
            .code("T", "Activités des ménages en tant qu'employeurs")
            .code("U", "Activités extra-territoriales")
            .construire();

    private static final Map<String, Nomenclature> PAR_DIMENSION = Map.ofEntries(
            Map.entry("operateur", OPERATEUR_CEP), Map.entry("sexe", SEXE), Map.entry("niveau", NIVEAU),
            Map.entry("objectif", OBJECTIF), Map.entry("statut", STATUT), Map.entry("contrat", CONTRAT),
            Map.entry("csp", CSP), Map.entry("rqth", RQTH), Map.entry("projet", PROJET),
            Map.entry("temps_partiel", TEMPS_PARTIEL), Map.entry("statut_candidat", STATUT_CANDIDAT),
            Map.entry("cep", CEP), Map.entry("section", SECTION_NAF), Map.entry("dispositif", DISPOSITIF),
            Map.entry("decision", DECISION));

    /** The list that labels the codes of an indicator dimension, when it is a closed list. */
    public static Optional<Nomenclature> pourDimension(String dimension) {
        return Optional.ofNullable(PAR_DIMENSION.get(dimension));
    }
}
