package fr.transitionspro.suivicep.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;

/**
 * A small 2023 cooperation register for one region, imported as the four canonical files: four actions
 * (a salon, an inter-operator meeting, a webinar, a job dating led with partners only), three conventions,
 * three places of reception and the interviews of two operators. Importing again puts it back as it was.
 */
final class RegistreDeTest {

    private RegistreDeTest() {
    }

    static void importer(Base base, String r) {
        try {
            Path dossier = Files.createTempDirectory("suivi-cep-registre-");
            Fixtures.importer(base, Fixtures.fichier(dossier, "actions-" + r + "-2023.csv",
                    "region;annee;date;titre;type;axes;operateurs;partenaires;lieu;participants;description\n"
                            + r + ";2023;14/02/2023;Salon régional de l'orientation et des métiers;SALON;PROMOUVOIR;"
                            + "FRANCE_COMPETENCES|FRANCE_TRAVAIL;AROM;Rouen;850;Stand commun des opérateurs du CEP.\n"
                            + r + ";2023;21/03/2023;Réunion des opérateurs CEP;REUNION_INTER_OPERATEURS;FACILITER_AIGUILLAGE;"
                            + "APEC|CAP_EMPLOI|FRANCE_COMPETENCES|FRANCE_TRAVAIL|MISSION_LOCALE;;visioconférence;18;\n"
                            + r + ";2023;06/06/2023;Webinaire sur le projet de transition professionnelle;WEBINAIRE;"
                            + "PROMOUVOIR|SECURISER_PARCOURS;FRANCE_COMPETENCES;;visioconférence;120;\n"
                            + r + ";2023;12/10/2023;Job dating des métiers du soin;JOB_DATING;SECURISER_PARCOURS;;Région|Agefiph;"
                            + "Caen;60;\n"), TypeFichier.ACTIONS);
            Fixtures.importer(base, Fixtures.fichier(dossier, "conventions-" + r + "-2023.csv",
                    "region;annee;partenaire;signee;renouvelee;fin;axes;statut;objet\n"
                            + r + ";2023;Pôle emploi;2021;2023;12/2025;SECURISER_PARCOURS|ENRICHIR_ANALYSE;RENOUVELEE;"
                            + "Échanges de données et orientation des demandeurs d'emploi.\n"
                            + r + ";2023;Agefiph;06/2022;;;SECURISER_PARCOURS;EN_VIGUEUR;\n"
                            + r + ";2023;Région;;;;PROMOUVOIR;EN_PREPARATION;\n"), TypeFichier.CONVENTIONS);
            Fixtures.importer(base, Fixtures.fichier(dossier, "lieux-" + r + "-2023.csv",
                    "region;annee;operateur;lieu;commune;departement;type_site;permanence\n"
                            + r + ";2023;APEC;Centre Apec de Rouen;Rouen;76;AGENCE;\n"
                            + r + ";2023;APEC;;Caen;14;PERMANENCE;le jeudi\n"
                            + r + ";2023;FRANCE_COMPETENCES;Agence de Caen;Caen;14;AGENCE;\n"), TypeFichier.LIEUX);
            Fixtures.importer(base, Fixtures.fichier(dossier, "entretiens-" + r + "-2023.csv",
                    "region;annee;operateur;date;interlocuteurs;theme;synthese;citation\n"
                            + r + ";2023;APEC;12/03/2024;la déléguée régionale;ACTIVITE;L'activité a progressé.;"
                            + "Nous avons ouvert une permanence à Caen.\n"
                            + r + ";2023;APEC;;;PARTENARIATS;Les liens avec Transitions Pro sont réguliers.;\n"
                            + r + ";2023;FRANCE_COMPETENCES;20/03/2024;le directeur et la responsable opérationnelle;COMMUNICATION;;"
                            + "Le bouche-à-oreille reste notre premier canal.\n"), TypeFichier.ENTRETIENS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
