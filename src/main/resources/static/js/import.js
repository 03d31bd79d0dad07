// Import page (/import/{region}): shows the upload's progress, then the server's check or import progress,
// instead of a browser that seems frozen on a large file. Without JavaScript the forms work as plain forms.
// A static file: the Content-Security-Policy forbids inline scripts. ASCII only (French letters as \u escapes),
// whatever charset the script is decoded with.
(function () {
  'use strict';

  var nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
  var decimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  function mo(octets) {
    return decimal.format(octets / 1048576) + '\u00a0Mo';
  }

  function pourcent(fait, total) {
    return total > 0 ? Math.min(100, Math.floor(100 * fait / total)) : 0;
  }

  // The progress zone of the page: a <progress> bar and a sentence read by screen readers (aria-live).
  function zone() {
    var z = document.getElementById('progression-import');
    return z && {
      bloc: z,
      barre: z.querySelector('progress'),
      texte: z.querySelector('.texte-progression'),
      montrer: function (valeur, phrase) {
        if (z.hidden) {
          z.hidden = false;
          z.scrollIntoView({ block: 'center' });
        }
        if (valeur === null) {
          this.barre.removeAttribute('value');
        } else {
          this.barre.value = valeur;
        }
        this.texte.textContent = phrase;
      }
    };
  }

  // Asks the server how far its check (or import) of this account's file is, until the page is replaced.
  function suivreServeur(adresse, z, etape) {
    var fini = false;
    function demander() {
      if (fini) {
        return;
      }
      var xhr = new XMLHttpRequest();
      xhr.open('GET', adresse);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.onload = function () {
        if (!fini && xhr.status === 200) {
          try {
            var e = JSON.parse(xhr.responseText);
            if (e.etape !== 'aucune' && e.taille > 0) {
              var p = pourcent(e.octets, e.taille);
              z.montrer(p, (e.etape === 'import' ? 'Import dans la base' : 'V\u00e9rification sur le serveur') + '\u00a0: '
                + nombre.format(e.lignes) + '\u00a0lignes lues (' + p + '\u00a0%)');
            }
          } catch (ignore) {
            // A page instead of JSON (session expired): the form's own response will say it.
          }
        }
        setTimeout(demander, 700);
      };
      xhr.onerror = function () { setTimeout(demander, 1500); };
      xhr.send();
    }
    z.montrer(null, etape);
    setTimeout(demander, 300);
    return function () { fini = true; };
  }

  // Puts the server's answer in place of the page, as a normal form submission would have.
  function remplacer(xhr, action) {
    var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
    document.title = doc.title;
    document.body.replaceWith(document.adoptNode(doc.body));
    if (xhr.responseURL && xhr.responseURL !== action) {
      history.replaceState(null, '', xhr.responseURL);
    }
    window.scrollTo(0, 0);
    brancher();
    var alerte = document.querySelector('[role="alert"], h1');
    if (alerte) {
      alerte.setAttribute('tabindex', '-1');
      alerte.focus();
    }
  }

  function envoyer(formulaire, evenement) {
    var z = zone();
    if (!z || !window.FormData || !window.DOMParser) {
      return; // plain form submission
    }
    evenement.preventDefault();
    var action = new URL(formulaire.getAttribute('action'), location.href).href;
    var suivi = formulaire.getAttribute('data-progression');
    var bouton = formulaire.querySelector('button[type="submit"]');
    if (bouton) {
      bouton.disabled = true;
    }
    var arreter = function () {};
    var xhr = new XMLHttpRequest();
    xhr.open('POST', action);
    var fichier = formulaire.querySelector('input[type="file"]');
    if (fichier && fichier.files.length > 0) {
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          z.montrer(pourcent(e.loaded, e.total), 'Envoi du fichier\u00a0: ' + mo(e.loaded) + ' sur ' + mo(e.total)
            + ' (' + pourcent(e.loaded, e.total) + '\u00a0%)');
        }
      };
      xhr.upload.onload = function () {
        arreter = suivreServeur(suivi, z, 'Fichier re\u00e7u\u00a0; v\u00e9rification sur le serveur\u2026');
      };
    } else {
      arreter = suivreServeur(suivi, z, 'Import dans la base\u2026');
    }
    xhr.onload = function () {
      arreter();
      remplacer(xhr, action);
    };
    xhr.onerror = function () {
      arreter();
      z.montrer(0, 'L\u2019envoi a \u00e9chou\u00e9 (connexion interrompue). V\u00e9rifiez votre connexion et d\u00e9posez le fichier \u00e0 nouveau.');
      if (bouton) {
        bouton.disabled = false;
      }
    };
    xhr.send(new FormData(formulaire));
  }

  function brancher() {
    var formulaires = document.querySelectorAll('form[data-progression]');
    for (var i = 0; i < formulaires.length; i++) {
      formulaires[i].addEventListener('submit', function (e) { envoyer(this, e); });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', brancher);
  } else {
    brancher();
  }
})();
