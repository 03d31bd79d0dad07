package fr.transitionspro.suivicep.comptes;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * The accounts table: creation with every consistency check, and look-ups. Used by the command line
 * (without Spring's container) and by the web application's login.
 */
public final class Comptes {

    /** ANSSI's recommendation for a password that is the only factor: at least 12 characters. */
    public static final int LONGUEUR_MINIMALE = 12;

    // Deliberately simple: one @, no spaces, a dot in the domain. The address is a login, not a mailbox to verify.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Jdbi jdbi;
    private final PasswordEncoder encodeur;

    public Comptes(Jdbi jdbi) {
        this(jdbi, encodeur());
    }

    public Comptes(Jdbi jdbi, PasswordEncoder encodeur) {
        this.jdbi = jdbi;
        this.encodeur = encodeur;
    }

    /**
     * Spring Security's delegating encoder: bcrypt today, and the {id} prefix of each stored hash lets a
     * later algorithm (Argon2) take over without invalidating existing passwords.
     */
    public static PasswordEncoder encodeur() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Checks then stores a new active account; returns it as stored. */
    public Compte ajouter(String email, Role role, String region, String operateur, char[] motDePasse) {
        String adresse = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(adresse).matches() || adresse.length() > 254) {
            throw new CompteInvalide("Adresse électronique « " + email + " » invalide (attendu : nom@domaine.fr)");
        }
        Optional<String> codeRegion = Optional.ofNullable(region).filter(r -> !r.isBlank()).map(r -> Nomenclatures.REGION.lire(r)
                .orElseThrow(() -> new CompteInvalide("Région « " + r + " » inconnue (attendu : " + Nomenclatures.REGION.attendu() + ")")));
        Optional<String> codeOperateur = Optional.ofNullable(operateur).filter(o -> !o.isBlank()).map(o -> Nomenclatures.OPERATEUR.lire(o)
                .orElseThrow(() -> new CompteInvalide("Opérateur « " + o + " » inconnu (attendu : " + Nomenclatures.OPERATEUR.attendu() + ")")));
        if (role == Role.NATIONAL && codeRegion.isPresent()) {
            throw new CompteInvalide("Un compte NATIONAL lit toutes les régions : il ne prend pas de région.");
        }
        if (role.regional() && codeRegion.isEmpty()) {
            throw new CompteInvalide("Un compte " + role + " appartient à une région : précisez-la avec --region.");
        }
        if (role == Role.OPERATEUR && codeOperateur.isEmpty()) {
            throw new CompteInvalide("Un compte OPERATEUR représente un réseau d'opérateur : précisez-le avec --operateur ("
                    + Nomenclatures.OPERATEUR.attendu() + ").");
        }
        if (role != Role.OPERATEUR && codeOperateur.isPresent()) {
            throw new CompteInvalide("Seul un compte OPERATEUR prend un opérateur.");
        }
        if (motDePasse == null || motDePasse.length < LONGUEUR_MINIMALE) {
            throw new CompteInvalide("Mot de passe trop court : au moins " + LONGUEUR_MINIMALE + " caractères.");
        }
        if (trouver(adresse).isPresent()) {
            throw new CompteInvalide("Un compte existe déjà pour « " + adresse + " ».");
        }
        Compte compte = new Compte(adresse, encodeur.encode(java.nio.CharBuffer.wrap(motDePasse)), role, codeRegion, codeOperateur,
                true, LocalDateTime.now().withNano(0));
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO compte (email, mot_de_passe, role, region, operateur, actif, cree_le) "
                        + "VALUES (:email, :mdp, :role, :region, :operateur, :actif, :cree)")
                .bind("email", compte.email()).bind("mdp", compte.motDePasse()).bind("role", compte.role().name())
                .bind("region", compte.region().orElse(null)).bind("operateur", compte.operateur().orElse(null))
                .bind("actif", compte.actif()).bind("cree", compte.creeLe()).execute());
        return compte;
    }

    /**
     * The roles a référent gives in the browser. NATIONAL (France compétences) and REFERENT accounts are created on the
     * server (« suivi-cep utilisateur ajouter »): an association cannot widen its own powers nor reach another region.
     */
    public static final Set<Role> ROLES_DONNES_PAR_REFERENT = Collections.unmodifiableSet(EnumSet.of(Role.CONTRIBUTEUR,
            Role.OPERATEUR, Role.LECTEUR));

    /**
     * A référent creates an account of its region: CONTRIBUTEUR, OPERATEUR or LECTEUR only, with a password typed twice.
     *
     * @param auteur the référent's e-mail; its account must be active
     * @param region the region asked for, which must be the référent's own
     * @throws CompteInvalide saying why in French; nothing is stored then
     */
    public Compte ajouterPar(String auteur, String email, Role role, String region, String operateur, char[] motDePasse,
                             char[] confirmation) {
        Compte referent = referentActif(auteur);
        String sienne = referent.region().orElseThrow();
        if (region == null || !sienne.equals(Nomenclatures.REGION.lire(region).orElse(region))) {
            throw new CompteInvalide("Un référent ne crée que des comptes de sa région (" + Nomenclatures.REGION.libelle(sienne) + ").");
        }
        if (role == null || !ROLES_DONNES_PAR_REFERENT.contains(role)) {
            throw new CompteInvalide("Un référent crée des comptes CONTRIBUTEUR, OPERATEUR ou LECTEUR"
                    + (role == null ? "" : ", pas " + role) + " ; les comptes NATIONAL et REFERENT se créent sur le serveur.");
        }
        if (role == Role.OPERATEUR && (operateur == null || operateur.isBlank())) {
            throw new CompteInvalide("Un compte OPERATEUR représente un réseau d'opérateur : choisissez lequel ("
                    + Nomenclatures.OPERATEUR.attendu() + ").");
        }
        if (motDePasse == null || confirmation == null || !java.util.Arrays.equals(motDePasse, confirmation)) {
            throw new CompteInvalide("Les deux mots de passe saisis diffèrent.");
        }
        return ajouter(email, role, sienne, operateur, motDePasse);
    }

    /**
     * A référent deactivates (or reactivates) an account of its region. A deactivated account can no longer sign in.
     * Never its own account (the region would risk having no référent left), never a NATIONAL account.
     *
     * @throws CompteInvalide saying why in French; nothing changes then
     */
    public Compte activer(String auteur, String email, boolean actif) {
        Compte referent = referentActif(auteur);
        Compte compte = trouver(email).orElseThrow(() -> new CompteInvalide("Aucun compte « " + email + " »."));
        if (compte.email().equals(referent.email())) {
            throw new CompteInvalide("Vous ne pouvez pas " + (actif ? "réactiver" : "désactiver") + " votre propre compte.");
        }
        if (!compte.region().equals(referent.region())) {
            throw new CompteInvalide("Le compte « " + compte.email() + " » n'appartient pas à votre région.");
        }
        jdbi.useHandle(h -> h.createUpdate("UPDATE compte SET actif = :actif WHERE email = :email")
                .bind("actif", actif).bind("email", compte.email()).execute());
        return new Compte(compte.email(), compte.motDePasse(), compte.role(), compte.region(), compte.operateur(), actif,
                compte.creeLe());
    }

    /** The accounts of one region, by role then address. */
    public List<Compte> listerRegion(String region) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE region = :region ORDER BY role, email").bind("region", region)
                .map((rs, ctx) -> lire(rs)).list());
    }

    private Compte referentActif(String auteur) {
        Compte referent = trouver(auteur).filter(Compte::actif)
                .orElseThrow(() -> new CompteInvalide("Compte « " + auteur + " » inconnu ou désactivé."));
        if (referent.role() != Role.REFERENT || referent.region().isEmpty()) {
            throw new CompteInvalide("Seul un référent gère les comptes de sa région.");
        }
        return referent;
    }

    public Optional<Compte> trouver(String email) {
        String adresse = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE email = :email").bind("email", adresse)
                .map((rs, ctx) -> lire(rs)).findOne());
    }

    public List<Compte> lister() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY region NULLS FIRST, role, email").map((rs, ctx) -> lire(rs)).list());
    }

    private static final String SELECT = "SELECT email, mot_de_passe, role, region, operateur, actif, cree_le FROM compte";

    private static Compte lire(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Compte(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
                Optional.ofNullable(rs.getString(5)), rs.getBoolean(6), rs.getTimestamp(7).toLocalDateTime());
    }
}
