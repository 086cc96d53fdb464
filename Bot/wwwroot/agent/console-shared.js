// What the agent console and the insights dashboard share: text-only DOM helpers, the es/en choice and the sign-in
// wiring (the agent token lives in the tab's sessionStorage, so signing in on one page signs in the other).
window.SupportBotConsole = (function () {
  'use strict';

  var TOKEN_KEY = 'supportbot.agentToken';
  var LANG_KEY = 'supportbot.consoleLanguage';

  function $(id) { return document.getElementById(id); }

  // Data only ever reaches the page as text.
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  // dictionary[key] with {0}, {1}... replaced by args; the key itself when the dictionary lacks it.
  function translate(dictionary, key, args) {
    var text = dictionary[key];
    if (text === undefined) { text = key; }
    for (var i = 0; i < args.length; i++) { text = text.split('{' + i + '}').join(String(args[i])); }
    return text;
  }

  function chooseLanguage() {
    var saved = sessionStorage.getItem(LANG_KEY);
    if (saved === 'es' || saved === 'en') { return saved; }
    return (navigator.language || 'es').toLowerCase().indexOf('es') === 0 ? 'es' : 'en';
  }

  // The language toggle, the sign-in form and the sign-out button. page: { state (with lang), applyLanguage(),
  // signIn(token) → promise, signOut(message), t(key) }.
  function wireSession(page) {
    $('lang-toggle').addEventListener('click', function () {
      page.state.lang = page.state.lang === 'es' ? 'en' : 'es';
      sessionStorage.setItem(LANG_KEY, page.state.lang);
      page.applyLanguage();
    });
    $('signin-form').addEventListener('submit', function (event) {
      event.preventDefault();
      $('signin-error').hidden = true;
      page.signIn($('token').value.trim()).catch(function (error) {
        if (error.message !== '401') { page.signOut(page.t('serverError')); }
      });
    });
    $('signout').addEventListener('click', function () { page.signOut(null); });
  }

  function savedToken() { return sessionStorage.getItem(TOKEN_KEY); }

  function saveToken(token) { sessionStorage.setItem(TOKEN_KEY, token); }

  function forgetToken() { sessionStorage.removeItem(TOKEN_KEY); }

  return {
    el: el, clear: clear, translate: translate, chooseLanguage: chooseLanguage, wireSession: wireSession,
    savedToken: savedToken, saveToken: saveToken, forgetToken: forgetToken
  };
}());
