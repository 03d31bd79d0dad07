/*
 * Live preview of a report text (page « Texte … » of suivi-cep). A static file: the site's content policy
 * forbids inline scripts. Each pause in typing posts the draft, with the page's CSRF token, to the preview
 * address given by the form (data-apercu); the server answers the preview as HTML, rendered and sanitized
 * exactly as in the report. Without this script, the « Aperçu » button does the same by posting the form.
 */
(function () {
  'use strict';
  var formulaire = document.getElementById('formulaire-texte');
  var zone = document.getElementById('markdown');
  var apercu = document.getElementById('apercu');
  var etat = document.getElementById('etat-apercu');
  if (!formulaire || !zone || !apercu || !window.fetch) {
    return;
  }
  var adresse = formulaire.getAttribute('data-apercu');
  var jeton = formulaire.querySelector('input[name="_csrf"]');
  var minuterie = null;
  var numero = 0;

  function actualiser() {
    var demande = ++numero;
    var corps = new URLSearchParams();
    corps.append('markdown', zone.value);
    corps.append('_csrf', jeton ? jeton.value : '');
    etat.textContent = 'Aperçu en cours de mise à jour…';
    // A redirect would be the login page after the session expired: never show it as a preview.
    fetch(adresse, { method: 'POST', body: corps, credentials: 'same-origin', redirect: 'manual' })
      .then(function (reponse) {
        if (!reponse.ok) {
          throw new Error('statut ' + reponse.status);
        }
        return reponse.text();
      })
      .then(function (html) {
        // Only the answer to the latest draft counts: an earlier, slower one must not overwrite it.
        if (demande === numero) {
          apercu.innerHTML = html;
          etat.textContent = 'Aperçu à jour.';
        }
      })
      .catch(function () {
        if (demande === numero) {
          etat.textContent = 'Aperçu indisponible (session expirée ?) : utilisez le bouton « Aperçu » ou rechargez la page.';
        }
      });
  }

  zone.addEventListener('input', function () {
    window.clearTimeout(minuterie);
    minuterie = window.setTimeout(actualiser, 400);
  });
}());
