package fr.transitionspro.suivicep.demo;

/**
 * Certifications targeted by the demo's dossiers. Labels are the real titles; the RNCP / RS
 * codes are RNCP-like identifiers chosen for the demo (stable, unique), not a reference list.
 */
enum Certification {
    TP_CONDUCTEUR_PORTEUR("RNCP35293", "TP Conducteur du transport routier de marchandises sur porteur"),
    DE_AIDE_SOIGNANT("RNCP35830", "DE Aide-soignant"),
    BAC_PRO_ASSP("RNCP12801", "Bac pro Accompagnement, soins et services à la personne"),
    TP_SECRETAIRE_COMPTABLE("RNCP37123", "TP Secrétaire comptable"),
    SECRETAIRE_MEDICAL("RNCP36410", "Titre Secrétaire médical(e)"),
    TP_COMPTABLE_ASSISTANT("RNCP37212", "TP Comptable assistant"),
    TP_GESTIONNAIRE_COMPTABLE_FISCAL("RNCP38032", "TP Gestionnaire comptable et fiscal"),
    TP_CONDUCTEUR_TRANSPORT_EN_COMMUN("RNCP35295", "TP Conducteur du transport en commun sur route"),
    TP_ASSISTANT_COMMERCIAL("RNCP37196", "TP Assistant commercial"),
    DE_INFIRMIER("RNCP8940", "DE Infirmier"),
    CAP_AEPE("RNCP28048", "CAP Accompagnant éducatif petite enfance"),
    TP_CONSEILLER_INSERTION("RNCP37274", "TP Conseiller en insertion professionnelle"),
    TP_SECRETAIRE_ASSISTANT("RNCP36805", "TP Secrétaire assistant"),
    TP_DEVELOPPEUR_WEB("RNCP37674", "TP Développeur web et web mobile"),
    DE_AUXILIAIRE_PUERICULTURE("RNCP35832", "DE Auxiliaire de puériculture"),
    DE_MONITEUR_EDUCATEUR("RNCP4503", "DE Moniteur éducateur"),
    DE_EDUCATEUR_SPECIALISE("RNCP2441", "DE Éducateur spécialisé"),
    DE_AMBULANCIER("RNCP36542", "DE Ambulancier"),
    DE_ACCOMPAGNANT_EDUCATIF_SOCIAL("RNCP36004", "DE Accompagnant éducatif et social"),
    TP_CARISTE("RNCP34860", "TP Cariste d'entrepôt"),
    TP_ELECTRICIEN_BATIMENT("RNCP31112", "TP Électricien d'équipement du bâtiment"),
    TP_FORMATEUR("RNCP37275", "TP Formateur professionnel d'adultes"),
    CAP_MAINTENANCE_VEHICULES("RNCP37474", "CAP Maintenance des véhicules option voitures particulières"),
    TP_ASSISTANT_RH("RNCP37392", "TP Assistant ressources humaines"),
    TP_GESTIONNAIRE_PAIE("RNCP35131", "TP Gestionnaire de paie"),
    TP_ENSEIGNANT_CONDUITE("RNCP37119", "TP Enseignant de la conduite et de la sécurité routière"),
    TP_SOUDEUR("RNCP35208", "TP Soudeur assembleur industriel"),
    TP_TECHNICIEN_CVC("RNCP34394", "TP Technicien de maintenance d'équipements de confort climatique"),
    TP_INSTALLATEUR_THERMIQUE("RNCP35189", "TP Installateur en thermique et sanitaire"),
    BP_COIFFURE("RNCP37803", "BP Coiffure"),
    CAP_ESTHETIQUE("RNCP37202", "CAP Esthétique cosmétique parfumerie"),
    CAPA_JARDINIER_PAYSAGISTE("RNCP37218", "CAPa Jardinier paysagiste"),
    TP_EMPLOYE_ADMINISTRATIF("RNCP37823", "TP Employé administratif et d'accueil"),
    CAP_BOULANGER("RNCP37204", "CAP Boulanger"),
    CAP_PATISSIER("RNCP37215", "CAP Pâtissier"),
    CAP_CUISINE("RNCP26650", "CAP Cuisine"),
    TP_ADMINISTRATEUR_INFRASTRUCTURES("RNCP37680", "TP Administrateur d'infrastructures sécurisées"),
    TP_PEINTRE_BATIMENT("RNCP35197", "TP Peintre en bâtiment"),
    TP_TECHNICIEN_MAINTENANCE_INDUSTRIELLE("RNCP34360", "TP Technicien de maintenance industrielle"),
    TP_AGENT_SURETE("RNCP34054", "TP Agent de sûreté et de sécurité privée"),
    BP_PREPARATEUR_PHARMACIE("RNCP35828", "BP Préparateur en pharmacie"),
    TP_DESIGNER_WEB("RNCP37805", "TP Designer web"),
    CAP_BOUCHER("RNCP37206", "CAP Boucher"),
    BTS_PROFESSIONS_IMMOBILIERES("RNCP38368", "BTS Professions immobilières"),
    TP_ASSISTANT_DIRECTION("RNCP37390", "TP Assistant de direction"),
    BTS_DIETETIQUE("RNCP36185", "BTS Diététique"),
    FIMO_MARCHANDISES("RS5638", "FIMO Formation initiale minimale obligatoire transport de marchandises"),
    TP_ASSISTANT_VIE_FAMILLES("RNCP34827", "TP Assistant de vie aux familles"),
    BTS_MCO("RNCP38362", "BTS Management commercial opérationnel"),
    TP_AGENT_PROPRETE("RNCP34800", "TP Agent de propreté et d'hygiène"),
    TP_TECHNICIEN_ASSISTANCE_INFORMATIQUE("RNCP34147", "TP Technicien d'assistance en informatique"),
    TP_CONSEILLER_RELATION_CLIENT("RNCP35661", "TP Conseiller relation client à distance"),
    CLEA("RS5080", "Certificat CléA (socle de connaissances et de compétences professionnelles)");

    private final String code;
    private final String label;

    Certification(String code, String label) {
        this.code = code;
        this.label = label;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }
}
