package fr.transitionspro.suivicep.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login throttling. After {@code essaisParCompte} failed logins for one address (account) or {@code essaisParAdresse}
 * from one IP address within {@code fenetre}, every login for that account, or from that IP, is refused for
 * {@code blocage}, even with the right password, without checking it. The IP threshold is higher because an
 * association's office usually goes out through one address. State is in memory: a restart forgets it, which only
 * gives an attacker the attempts a restart costs; several server instances would each count their own.
 * A blocked account can still be reached by its owner once the delay is over: an attacker can delay a person's
 * login, not take the account (SECURITY.md).
 */
@Component
class FreinConnexion {

    private final int essaisParCompte;
    private final int essaisParAdresse;
    private final Duration fenetre;
    private final Duration blocage;
    private final Clock horloge;
    private final Map<String, Compteur> compteurs = new HashMap<>();

    /** The recent failures of one key (« compte:… » or « ip:… ») and, once blocked, until when. */
    private static final class Compteur {
        final Deque<Instant> echecs = new ArrayDeque<>();
        Instant bloqueJusqua = Instant.MIN;
    }

    /** Why a login is refused, and for how long still. */
    record Blocage(String motif, Duration reste) {
        long minutes() {
            return Math.max(1, (reste.toSeconds() + 59) / 60);
        }
    }

    @Autowired
    FreinConnexion(@Value("${suivi-cep.connexion.essais-par-compte:5}") int essaisParCompte,
                   @Value("${suivi-cep.connexion.essais-par-adresse:20}") int essaisParAdresse,
                   @Value("${suivi-cep.connexion.fenetre:PT15M}") Duration fenetre,
                   @Value("${suivi-cep.connexion.blocage:PT15M}") Duration blocage) {
        this(essaisParCompte, essaisParAdresse, fenetre, blocage, Clock.systemUTC());
    }

    FreinConnexion(int essaisParCompte, int essaisParAdresse, Duration fenetre, Duration blocage, Clock horloge) {
        this.essaisParCompte = essaisParCompte;
        this.essaisParAdresse = essaisParAdresse;
        this.fenetre = fenetre;
        this.blocage = blocage;
        this.horloge = horloge;
    }

    Duration blocage() {
        return blocage;
    }

    /** Whether a login for this address from this IP is refused now. */
    synchronized Optional<Blocage> bloque(String email, String ip) {
        Instant maintenant = horloge.instant();
        for (String cle : new String[] {compte(email), "ip:" + ip}) {
            Compteur c = compteurs.get(cle);
            if (c != null && maintenant.isBefore(c.bloqueJusqua)) {
                return Optional.of(new Blocage(cle.startsWith("ip:") ? "adresse IP " + ip : "compte " + cle.substring(7),
                        Duration.between(maintenant, c.bloqueJusqua)));
            }
        }
        return Optional.empty();
    }

    /** Counts a failed login; returns the block it starts, if it is the one too many. */
    synchronized Optional<Blocage> echec(String email, String ip) {
        Instant maintenant = horloge.instant();
        oublierLesAnciens(maintenant);
        Optional<Blocage> b = compter(compte(email), essaisParCompte, maintenant).map(d -> new Blocage("compte " + normaliser(email), d));
        Optional<Blocage> parIp = compter("ip:" + ip, essaisParAdresse, maintenant).map(d -> new Blocage("adresse IP " + ip, d));
        return b.or(() -> parIp);
    }

    /** A successful login clears its account's failures (not its IP's: one good account must not unlock a guessing IP). */
    synchronized void reussite(String email) {
        compteurs.remove(compte(email));
    }

    private Optional<Duration> compter(String cle, int maximum, Instant maintenant) {
        Compteur c = compteurs.computeIfAbsent(cle, k -> new Compteur());
        c.echecs.addLast(maintenant);
        while (!c.echecs.isEmpty() && !c.echecs.peekFirst().isAfter(maintenant.minus(fenetre))) {
            c.echecs.removeFirst();
        }
        if (c.echecs.size() >= maximum) {
            c.echecs.clear();
            c.bloqueJusqua = maintenant.plus(blocage);
            return Optional.of(blocage);
        }
        return Optional.empty();
    }

    /** Keeps the map small under a spray of addresses: a key without recent failure nor running block goes. */
    private void oublierLesAnciens(Instant maintenant) {
        if (compteurs.size() < 10_000) {
            return;
        }
        compteurs.values().removeIf(c -> !maintenant.isBefore(c.bloqueJusqua)
                && (c.echecs.isEmpty() || !c.echecs.peekLast().isAfter(maintenant.minus(fenetre))));
    }

    private static String compte(String email) {
        return "compte:" + normaliser(email);
    }

    static String normaliser(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The filter placed just before the login form's processing (after the CSRF check): a blocked login is sent
     * back to the login page with its message, the password not even compared.
     */
    OncePerRequestFilter filtre() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest requete) {
                return !"POST".equals(requete.getMethod())
                        || !requete.getRequestURI().substring(requete.getContextPath().length()).equals("/connexion");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
                    throws ServletException, IOException {
                if (bloque(requete.getParameter("email"), requete.getRemoteAddr()).isPresent()) {
                    reponse.sendRedirect(requete.getContextPath() + "/connexion?bloque");
                    return;
                }
                suite.doFilter(requete, reponse);
            }
        };
    }
}
