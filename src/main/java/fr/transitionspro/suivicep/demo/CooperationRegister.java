package fr.transitionspro.suivicep.demo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The cooperation register of Transitions Pro Normandie for 2023 ({@code actions},
 * {@code conventions}, {@code entretiens}, {@code lieux}): synthetic, but following what section 1
 * of Part 1 of the 2023 report describes (the regional orientation fair in Rouen in February,
 * quarterly inter-operator meetings, bilateral meetings, Transitions collectives information
 * sessions, the national reconversion day, the conventions with the Région, Pôle emploi, the
 * Agefiph, OCAPIAT, OPCO Santé, OPCO EP and the Apec, one interview per operator). Days, counts
 * of participants and the places' list are invented; people are named by their function only.
 * Nothing here feeds an indicator: the figures of demo.md do not depend on it.
 */
final class CooperationRegister {

    private static final String R = Regions.NORMANDIE;
    private static final int ANNEE = 2023;
    private static final String TOUS = String.join("|", Operators.CEP);
    private static final String AROM = "Agence régionale de l'orientation et des métiers";

    private CooperationRegister() {}

    static int writeActions(Path file) throws IOException {
        try (CsvFile csv = CsvFile.create(file, "region", "annee", "date", "titre", "type", "axes", "operateurs",
                "partenaires", "lieu", "participants", "description")) {
            // 1.1 Promouvoir, communiquer sur le CEP
            action(csv, "02/02/2023", "Salon régional de l'orientation et des métiers", "SALON", "PROMOUVOIR", TOUS, AROM,
                    "Rouen", null, "Stand partagé avec Groupement Évolution ; atelier-conférence « Évolution et "
                            + "reconversion professionnelle » coanimé pour les adultes");
            action(csv, "17/01/2023", "Webinaire « Se reconvertir : les dispositifs et le CEP »", "WEBINAIRE", "PROMOUVOIR",
                    Operators.FRANCE_COMPETENCES, null, "en ligne", 64, "Sur le temps du déjeuner");
            action(csv, "07/03/2023", "Information collective Transitions collectives en entreprise", "INFORMATION_COLLECTIVE",
                    "PROMOUVOIR|SECURISER_PARCOURS", Operators.FRANCE_COMPETENCES, "Entreprise de l'agroalimentaire",
                    "Vire Normandie", 14, "Présentation du dispositif et du CEP aux salariés des métiers fragilisés");
            action(csv, "16/03/2023", "Webinaire « Se reconvertir : les dispositifs et le CEP »", "WEBINAIRE", "PROMOUVOIR",
                    Operators.FRANCE_COMPETENCES, null, "en ligne", 52, "En fin de journée");
            action(csv, "13/04/2023", "Job dating conducteurs routiers", "JOB_DATING", "PROMOUVOIR|SECURISER_PARCOURS",
                    Operators.FRANCE_COMPETENCES, "OPCO Mobilités", "Caen", 36, "Bénéficiaires de la formation TP conducteur "
                            + "routier financée par Transitions Pro et entreprises qui recrutent ; table ronde entre partenaires");
            action(csv, "11/05/2023", "Job dating conducteurs routiers", "JOB_DATING", "PROMOUVOIR|SECURISER_PARCOURS",
                    Operators.FRANCE_COMPETENCES, "OPCO Mobilités", "Isneuville", 29, "Dans les locaux de l'OPCO Mobilités");
            action(csv, "25/05/2023", "Salon des CSE", "SALON", "PROMOUVOIR", Operators.FRANCE_COMPETENCES, null, "Caen", null,
                    "Stand commun avec Groupement Évolution");
            action(csv, "22/06/2023", "Webinaire « Se reconvertir : les dispositifs et le CEP »", "WEBINAIRE", "PROMOUVOIR",
                    Operators.FRANCE_COMPETENCES, null, "en ligne", 47, null);
            action(csv, "21/09/2023", "Salon « Les 24 heures pour l'emploi et la formation »", "SALON", "PROMOUVOIR",
                    Operators.APEC + "|" + Operators.MISSION_LOCALE + "|" + Operators.FRANCE_TRAVAIL, null, "Caen", null, null);
            action(csv, "28/09/2023", "Information collective Transitions collectives en entreprise", "INFORMATION_COLLECTIVE",
                    "PROMOUVOIR|SECURISER_PARCOURS", Operators.FRANCE_COMPETENCES, "Entreprise de la logistique", "Le Havre", 18,
                    null);
            action(csv, "14/11/2023", "Campagne commune sur les réseaux sociaux pour la Journée nationale de la reconversion",
                    "COMMUNICATION", "PROMOUVOIR", TOUS, null, null, null, null);
            action(csv, "21/11/2023", "Journée nationale de la reconversion : webinaire « CléA, en route vers une certification "
                    + "reconnue »", "WEBINAIRE", "PROMOUVOIR", null, "Évaluateurs CléA", "en ligne", 33, null);
            action(csv, "21/11/2023", "Journée nationale de la reconversion : webinaire « Reconversion et santé »", "WEBINAIRE",
                    "PROMOUVOIR|SECURISER_PARCOURS", Operators.CAP_EMPLOI + "|" + Operators.FRANCE_COMPETENCES, null, "en ligne",
                    41, "Pour les salariés exposés à la pénibilité ou devant changer de métier pour raison de santé");
            action(csv, "21/11/2023", "Journée nationale de la reconversion : webinaire « Des solutions existent ! »",
                    "WEBINAIRE", "PROMOUVOIR", Operators.FRANCE_COMPETENCES, null, "en ligne", 58, null);
            action(csv, "21/11/2023", "Journée nationale de la reconversion : webinaire « Changez et devenez accro-alimentaire ! »",
                    "WEBINAIRE", "PROMOUVOIR", Operators.FRANCE_COMPETENCES, "AREA Normandie", "en ligne", 27,
                    "Les métiers de l'agroalimentaire et les ressources pour se reconvertir");
            action(csv, "21/11/2023", "Journée nationale de la reconversion : webinaire « Créer ou reprendre une entreprise avec "
                    + "le dispositif démissionnaire »", "WEBINAIRE", "PROMOUVOIR|SECURISER_PARCOURS", Operators.APEC, null,
                    "en ligne", 39, null);
            action(csv, "21/11/2023", "Cap investigation", "AUTRE", "PROMOUVOIR", Operators.CAP_EMPLOI, null, "Évreux", null,
                    "Demi-journée de la Semaine européenne pour l'emploi des personnes handicapées");
            action(csv, "21/11/2023", "Finale régionale des Trophées de la reconversion", "AUTRE", "PROMOUVOIR", null,
                    "Nouvelle vie professionnelle|Certif Pro", "Caen", null, "Les opérateurs CEP y étaient conviés");
            action(csv, "30/11/2023", "Table ronde « Formation, reconversion, reclassement et évolution professionnelle »",
                    "AUTRE", "PROMOUVOIR", Operators.CAP_EMPLOI, null, "Vire Normandie", null, null);
            action(csv, "01/12/2023", "Permanences téléphoniques sur le numéro gratuit de l'orientation", "COMMUNICATION",
                    "PROMOUVOIR|FACILITER_AIGUILLAGE", null, AROM, null, null,
                    "Référents de parcours de Transitions Pro mis à disposition de la plateforme tout au long de l'année");
            // 1.2 Favoriser les coopérations, faciliter l'aiguillage
            action(csv, "26/01/2023", "Rencontre avec le nouveau délégué régional de Cheops", "RENCONTRE_BILATERALE",
                    "FACILITER_AIGUILLAGE", Operators.CAP_EMPLOI, null, "Caen", null, null);
            action(csv, "09/03/2023", "Réunion inter-opérateurs CEP", "REUNION_INTER_OPERATEURS", "FACILITER_AIGUILLAGE", TOUS,
                    null, "visioconférence", 11, "Aiguillage du public salarié ; cofinancements du PTP et priorités");
            action(csv, "16/05/2023", "Réunion sur le dispositif démission-reconversion", "RENCONTRE_BILATERALE",
                    "FACILITER_AIGUILLAGE|SECURISER_PARCOURS", Operators.APEC + "|" + Operators.FRANCE_TRAVAIL, null,
                    "visioconférence", 14, "Entre référents de parcours et consultants");
            action(csv, "08/06/2023", "Réunion inter-opérateurs CEP", "REUNION_INTER_OPERATEURS",
                    "FACILITER_AIGUILLAGE|ENRICHIR_ANALYSE", TOUS, null, "visioconférence", 12,
                    "Présentation de l'Observatoire des transitions professionnelles");
            action(csv, "21/09/2023", "Réunion inter-opérateurs CEP", "REUNION_INTER_OPERATEURS", "FACILITER_AIGUILLAGE", TOUS,
                    null, "visioconférence", 10, "Organisation de la Journée nationale de la reconversion");
            action(csv, "05/12/2023", "Bilan annuel avec Groupement Évolution", "RENCONTRE_BILATERALE",
                    "FACILITER_AIGUILLAGE|ENRICHIR_ANALYSE", Operators.FRANCE_COMPETENCES, null, "Caen", 6,
                    "Actions de l'année et évolutions du marché CEP");
            action(csv, "07/12/2023", "Réunion inter-opérateurs CEP", "REUNION_INTER_OPERATEURS", "FACILITER_AIGUILLAGE", TOUS,
                    null, "visioconférence", 13, null);
            String[] commissions = {"19/01/2023", "16/02/2023", "16/03/2023", "20/04/2023", "17/05/2023", "15/06/2023",
                "13/07/2023", "21/09/2023", "19/10/2023", "16/11/2023", "14/12/2023"};
            for (String date : commissions) {
                action(csv, date, "Réunion post-commission", "REUNION_POST_COMMISSION", "FACILITER_AIGUILLAGE|SECURISER_PARCOURS",
                        TOUS, null, "visioconférence", null, null);
            }
            // 1.3 Sécuriser les parcours
            action(csv, "15/03/2023", "Diffusion de la fiche de liaison Agefiph aux opérateurs CEP", "AUTRE",
                    "SECURISER_PARCOURS", TOUS, "Agefiph|Services de prévention et de santé au travail|Carsat", null, null,
                    "Repérer les salariés et mobiliser un cofinancement du PTP");
            action(csv, "04/07/2023", "Protocole de gestion des aides individuelles à la formation des démissionnaires",
                    "RENCONTRE_BILATERALE", "SECURISER_PARCOURS", Operators.FRANCE_TRAVAIL, null, "Caen", 5, null);
            action(csv, "12/10/2023", "Réunion du Service public régional de l'orientation", "AUTRE",
                    "SECURISER_PARCOURS|FACILITER_AIGUILLAGE", TOUS, "Région Normandie|" + AROM, "Caen", null, null);
            // 1.4 Enrichir l'analyse
            action(csv, "20/06/2023", "Atelier de France compétences sur le suivi du CEP", "AUTRE", "ENRICHIR_ANALYSE", null,
                    "France compétences", "en ligne", null, null);
            action(csv, "10/10/2023", "Échange avec les référents de la mission en Bretagne et Pays de la Loire", "AUTRE",
                    "ENRICHIR_ANALYSE", null, "Transitions Pro Bretagne|Transitions Pro Pays de la Loire", "visioconférence",
                    null, "Mutualisation des observations");
            action(csv, "23/11/2023", "Journée de professionnalisation des acteurs du CEP", "AUTRE", "ENRICHIR_ANALYSE",
                    Operators.MISSION_LOCALE + "|" + Operators.CAP_EMPLOI, "Carif-Oref de Normandie", "Caen", 45, null);
            return csv.rows();
        }
    }

    private static void action(CsvFile csv, String date, String titre, String type, String axes, String operateurs,
            String partenaires, String lieu, Integer participants, String description) throws IOException {
        csv.row(R, ANNEE, date, titre, type, axes, operateurs, partenaires, lieu, participants, description);
    }

    static int writeConventions(Path file) throws IOException {
        try (CsvFile csv = CsvFile.create(file, "region", "annee", "partenaire", "signee", "renouvelee", "fin", "axes",
                "statut", "objet")) {
            csv.row(R, ANNEE, "Région Normandie", "2019", "2022", "2025", "SECURISER_PARCOURS|PROMOUVOIR", "EN_VIGUEUR",
                    "Financement du coût pédagogique de formations sanitaires et sociales en PTP et des salariés en contrat "
                            + "précaire ; référents de parcours sur le numéro gratuit de l'Agence régionale de l'orientation");
            csv.row(R, ANNEE, "Pôle emploi", "2021", "2023", null, "PROMOUVOIR|SECURISER_PARCOURS|ENRICHIR_ANALYSE",
                    "RENOUVELEE", "Sécurisation des parcours PTP et démission-reconversion, CléA, suivi du CEP, observation "
                            + "des besoins en compétences, Transitions collectives");
            csv.row(R, ANNEE, "Agefiph", "2020", null, null, "SECURISER_PARCOURS", "EN_VIGUEUR",
                    "Cofinancement des PTP de salariés en situation de handicap, fiche de liaison partagée");
            csv.row(R, ANNEE, "OCAPIAT", "06/2022", null, null, "SECURISER_PARCOURS", "EN_VIGUEUR",
                    "Cofinancement de parcours de reconversion dans l'agriculture et l'agroalimentaire");
            csv.row(R, ANNEE, "OPCO Santé", "2022", null, null, "SECURISER_PARCOURS", "EN_VIGUEUR", null);
            csv.row(R, ANNEE, "OPCO EP", "2021", null, null, "SECURISER_PARCOURS", "EN_VIGUEUR", null);
            csv.row(R, ANNEE, "Apec", "2021", null, null, "FACILITER_AIGUILLAGE|ENRICHIR_ANALYSE", "EN_VIGUEUR",
                    "Échanges entre équipes et partage de statistiques sur le CEP dans le respect du RGPD");
            return csv.rows();
        }
    }

    static int writeInterviews(Path file) throws IOException {
        try (CsvFile csv = CsvFile.create(file, "region", "annee", "operateur", "date", "interlocuteurs", "theme", "synthese",
                "citation")) {
            String ge = Operators.FRANCE_COMPETENCES;
            csv.row(R, ANNEE, ge, "14/03/2024", "la directrice de projet CEP et la responsable promotion et partenariats "
                    + "pour la Normandie", "ACTIVITE", "La couverture géographique est maintenue ; une permanence ouvrira à "
                    + "Elbeuf en janvier 2024.", null);
            csv.row(R, ANNEE, ge, null, null, "COMMUNICATION", "Un comité mensuel planifie les campagnes : réseaux sociaux, "
                    + "podcasts, affichage dans les gares de Rouen et du Havre.", "La participation aux Semaines de l'évolution "
                    + "professionnelle a fortement augmenté.");
            csv.row(R, ANNEE, ge, null, null, "RELATIONS_OPERATEURS", null, "Les relations entre opérateurs se sont "
                    + "intensifiées ; il faut poursuivre ce travail avec le réseau Cap emploi à l'échelon départemental.");
            csv.row(R, ANNEE, ge, null, null, "PARTENARIATS", "Partenariats avec les OPCO, les services de santé au travail "
                    + "et les filières ; l'accès aux entreprises reste difficile.", null);

            String pe = Operators.FRANCE_TRAVAIL;
            csv.row(R, ANNEE, pe, "04/04/2024", "le directeur de l'offre de services et le responsable formation, prestations "
                    + "et dispositifs spécifiques", "ACTIVITE", "Le réseau France services complète les agences, notamment en "
                    + "zone rurale et dans les quartiers prioritaires.", null);
            csv.row(R, ANNEE, pe, null, null, "COMMUNICATION", "Le dispositif expérimental Avenir Pro est cité.",
                    "Avenir Pro permet d'adapter nos savoir-faire à des publics et des cadres différents.");
            csv.row(R, ANNEE, pe, null, null, "RELATIONS_OPERATEURS", null, "Des rencontres sont organisées régulièrement "
                    + "entre opérateurs CEP ; un diagnostic partagé par tous les opérateurs est prévu en 2024.");

            String ml = Operators.MISSION_LOCALE;
            csv.row(R, ANNEE, ml, "18/04/2024", "deux chargés de mission de l'association régionale des Missions locales",
                    "ACTIVITE", "De nouvelles antennes rapprochent les Missions locales des lieux de vie des jeunes.", null);
            csv.row(R, ANNEE, ml, null, null, "COMMUNICATION", "Actions autour du Contrat d'engagement jeune et de la prise "
                    + "de rendez-vous en ligne.", null);
            csv.row(R, ANNEE, ml, null, null, "PARTENARIATS", null, "Les Missions locales se sont rapprochées localement des "
                    + "partenaires du médico-social et de l'insertion des personnes en situation de handicap.");

            String ce = Operators.CAP_EMPLOI;
            csv.row(R, ANNEE, ce, "25/04/2024", "le délégué régional de Cheops", "ACTIVITE", "Les conseillers Cap emploi sont "
                    + "présents dans les agences de Pôle emploi.", null);
            csv.row(R, ANNEE, ce, null, null, "COMMUNICATION", "Création d'un dépliant de présentation du CEP Cap emploi.",
                    "La promotion se fait avec l'offre des Cap emploi auprès des entreprises et des partenaires.");
            csv.row(R, ANNEE, ce, null, null, "RELATIONS_OPERATEURS", null, "Il est essentiel de faciliter l'aiguillage "
                    + "entre acteurs du CEP, notamment par des échanges de pratiques organisés localement.");

            String apec = Operators.APEC;
            csv.row(R, ANNEE, apec, "02/05/2024", "le délégué régional et la responsable opérationnelle", "ACTIVITE",
                    "Trois centres et une permanence ; un accord-cadre avec Pôle emploi couvre 2020-2023.", null);
            csv.row(R, ANNEE, apec, null, null, "COMMUNICATION", "Campagne « Signes » sur les réseaux sociaux.",
                    "Nous avons fait découvrir à 200 cadres franciliens les opportunités de la Normandie.");
            csv.row(R, ANNEE, apec, null, null, "PARTENARIATS", "Travail avec les OPCO, les fédérations et les filières pour "
                    + "promouvoir le CEP auprès des entreprises.", null);
            return csv.rows();
        }
    }

    /** commune:département:type[:permanence] per operator; the Apec's and Cap emploi's follow the report. */
    private static final String[][] LIEUX = {
        {Operators.APEC, "Rouen:76:AGENCE", "Caen:14:AGENCE", "Le Havre:76:AGENCE",
            "Cherbourg-en-Cotentin:50:PERMANENCE:deux jours par mois"},
        {Operators.CAP_EMPLOI, "Caen:14:AGENCE", "Évreux:27:AGENCE", "Saint-Lô:50:AGENCE", "Alençon:61:AGENCE",
            "Rouen:76:AGENCE", "Le Havre:76:AGENCE", "Lisieux:14:PERMANENCE:le mardi", "Vire Normandie:14:PERMANENCE:le jeudi",
            "Vernon:27:PERMANENCE:le lundi", "Bernay:27:PERMANENCE:le vendredi", "Cherbourg-en-Cotentin:50:PERMANENCE:le mardi",
            "Avranches:50:PERMANENCE:le mercredi", "Flers:61:PERMANENCE:le jeudi", "Dieppe:76:PERMANENCE:le lundi",
            "Fécamp:76:PERMANENCE:le mercredi"},
        {Operators.FRANCE_COMPETENCES, "Caen:14:AGENCE", "Rouen:76:AGENCE", "Le Havre:76:AGENCE", "Évreux:27:AGENCE",
            "Cherbourg-en-Cotentin:50:AGENCE", "Alençon:61:AGENCE", "Lisieux:14:PERMANENCE", "Bayeux:14:PERMANENCE",
            "Vire Normandie:14:PERMANENCE", "Falaise:14:PERMANENCE", "Vernon:27:PERMANENCE", "Louviers:27:PERMANENCE",
            "Bernay:27:PERMANENCE", "Pont-Audemer:27:PERMANENCE", "Saint-Lô:50:PERMANENCE", "Coutances:50:PERMANENCE",
            "Granville:50:PERMANENCE", "Avranches:50:PERMANENCE", "Flers:61:PERMANENCE", "Argentan:61:PERMANENCE",
            "L'Aigle:61:PERMANENCE", "Dieppe:76:PERMANENCE", "Fécamp:76:PERMANENCE", "Yvetot:76:PERMANENCE",
            "Bolbec:76:PERMANENCE", "Neufchâtel-en-Bray:76:PERMANENCE"},
        {Operators.MISSION_LOCALE, "Caen:14:AGENCE", "Bayeux:14:AGENCE", "Lisieux:14:AGENCE", "Vire Normandie:14:AGENCE",
            "Falaise:14:AGENCE", "Évreux:27:AGENCE", "Vernon:27:AGENCE", "Louviers:27:AGENCE", "Bernay:27:AGENCE",
            "Pont-Audemer:27:AGENCE", "Cherbourg-en-Cotentin:50:AGENCE", "Saint-Lô:50:AGENCE", "Coutances:50:AGENCE",
            "Avranches:50:AGENCE", "Alençon:61:AGENCE", "Flers:61:AGENCE", "Argentan:61:AGENCE", "L'Aigle:61:AGENCE",
            "Rouen:76:AGENCE", "Le Havre:76:AGENCE", "Dieppe:76:AGENCE", "Elbeuf:76:AGENCE", "Fécamp:76:AGENCE",
            "Yvetot:76:AGENCE", "Honfleur:14:ANTENNE", "Gisors:27:ANTENNE", "Granville:50:ANTENNE", "Mortagne-au-Perche:61:ANTENNE",
            "Bolbec:76:ANTENNE", "Eu:76:ANTENNE"},
        {Operators.FRANCE_TRAVAIL, "Caen:14:AGENCE", "Hérouville-Saint-Clair:14:AGENCE", "Bayeux:14:AGENCE",
            "Lisieux:14:AGENCE", "Vire Normandie:14:AGENCE", "Falaise:14:AGENCE", "Évreux:27:AGENCE", "Vernon:27:AGENCE",
            "Louviers:27:AGENCE", "Bernay:27:AGENCE", "Pont-Audemer:27:AGENCE", "Cherbourg-en-Cotentin:50:AGENCE",
            "Saint-Lô:50:AGENCE", "Coutances:50:AGENCE", "Avranches:50:AGENCE", "Granville:50:AGENCE", "Alençon:61:AGENCE",
            "Flers:61:AGENCE", "Argentan:61:AGENCE", "L'Aigle:61:AGENCE", "Rouen:76:AGENCE", "Le Havre:76:AGENCE",
            "Dieppe:76:AGENCE", "Elbeuf:76:AGENCE", "Fécamp:76:AGENCE", "Yvetot:76:AGENCE", "Le Grand-Quevilly:76:AGENCE",
            "Mortagne-au-Perche:61:FRANCE_SERVICES", "Villedieu-les-Poêles-Rouffigny:50:FRANCE_SERVICES",
            "Neufchâtel-en-Bray:76:FRANCE_SERVICES", "Livarot-Pays-d'Auge:14:FRANCE_SERVICES"},
    };

    static int writePlaces(Path file) throws IOException {
        try (CsvFile csv = CsvFile.create(file, "region", "annee", "operateur", "lieu", "commune", "departement", "type_site",
                "permanence")) {
            for (String[] operateur : LIEUX) {
                for (int i = 1; i < operateur.length; i++) {
                    String[] p = operateur[i].split(":");
                    csv.row(R, ANNEE, operateur[0], null, p[0], p[1], p[2], p.length > 3 ? p[3] : null);
                }
            }
            return csv.rows();
        }
    }
}
