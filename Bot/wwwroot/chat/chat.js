// SupportBot customer chat: Bot Framework Web Chat against the bot's Direct Line (its own, or Azure's by configuration).
// No inline code (strict CSP); Web Chat's style sheets carry the page's nonce.
(function () {
  'use strict';

  var TEXT = {
    es: {
      subtitle: 'Atención al cliente · te respondemos al momento',
      langLabel: 'Idioma',
      connecting: 'Conectando con el chat…',
      bundleMissing: 'El chat no está disponible: falta el componente Web Chat (botframework-webchat). ' +
        'Quien administra el sitio debe compilar el bot con acceso a npm. El bot sigue funcionando.',
      connectFailed: 'No hemos podido conectar con el chat. Recarga la página en unos segundos.',
      userName: 'Tú',
      // Web Chat's own Spanish speaks "usted"; this page speaks "tú".
      webChat: { TEXT_INPUT_PLACEHOLDER: 'Escribe tu mensaje', TEXT_INPUT_SEND_BUTTON_ALT: 'Enviar' }
    },
    en: {
      subtitle: 'Customer care · we reply right away',
      langLabel: 'Language',
      connecting: 'Connecting to the chat…',
      bundleMissing: 'The chat is unavailable: the Web Chat component (botframework-webchat) is missing. ' +
        'The site administrator must build the bot with npm reachable. The bot itself is still running.',
      connectFailed: 'We could not connect to the chat. Please reload the page in a few seconds.',
      userName: 'You',
      webChat: {}
    }
  };
  var WEBCHAT_LOCALE = { es: 'es-ES', en: 'en-US' };

  var body = document.body;
  var config = {
    brand: body.getAttribute('data-brand') || 'SupportBot',
    accent: body.getAttribute('data-accent') || '#0b5cad',
    nonce: body.getAttribute('data-nonce') || undefined,
    defaultLanguage: body.getAttribute('data-default-language') === 'en' ? 'en' : 'es',
    tokenUrl: body.getAttribute('data-token-url'),
    domain: body.getAttribute('data-domain') || (location.origin + '/v3/directline')
  };

  var params = new URLSearchParams(location.search);
  var link = {
    orderId: param('order'),
    customer: param('customer'),
    sig: param('sig')
  };
  // The link's customer id and signature have been read: keep them out of the address bar and the history.
  if (link.customer || link.sig) {
    params.delete('customer');
    params.delete('sig');
    var rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
  }

  var language = initialLanguage();
  var state = { directLine: null, store: null, joined: false };

  document.documentElement.style.setProperty('--accent', config.accent);
  applyLanguage();
  document.getElementById('lang-es').addEventListener('click', function () { switchLanguage('es'); });
  document.getElementById('lang-en').addEventListener('click', function () { switchLanguage('en'); });

  if (!window.WebChat) {
    showError('bundleMissing');
    return;
  }

  start().catch(function () { showError('connectFailed'); });

  function param(name) {
    var value = params.get(name);
    return value && /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/.test(value) ? value : undefined;
  }

  function pick(tag) {
    var primary = String(tag || '').toLowerCase().split(/[-_]/)[0];
    return primary === 'es' || primary === 'en' ? primary : undefined;
  }

  function initialLanguage() {
    var stored;
    try { stored = localStorage.getItem('supportbot.lang'); } catch (e) { stored = null; }
    var fromBrowser = (navigator.languages || [navigator.language]).map(pick).filter(Boolean)[0];
    return pick(params.get('lang')) || pick(stored) || fromBrowser || config.defaultLanguage;
  }

  function userId() {
    var key = 'supportbot.userId';
    var id;
    try { id = localStorage.getItem(key); } catch (e) { id = null; }
    if (!id || !/^dl_[A-Za-z0-9_-]{8,64}$/.test(id)) {
      var bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      id = 'dl_' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
      try { localStorage.setItem(key, id); } catch (e) { /* private mode: a new id per visit */ }
    }
    return id;
  }

  function applyLanguage() {
    var t = TEXT[language];
    document.documentElement.lang = language;
    document.getElementById('subtitle').textContent = t.subtitle;
    document.getElementById('lang-label').textContent = t.langLabel;
    document.getElementById('lang-es').setAttribute('aria-pressed', String(language === 'es'));
    document.getElementById('lang-en').setAttribute('aria-pressed', String(language === 'en'));
    var status = document.getElementById('status');
    if (status.dataset.key) {
      status.textContent = t[status.dataset.key];
    }
  }

  function showStatus(key) {
    var status = document.getElementById('status');
    status.dataset.key = key || '';
    status.textContent = key ? TEXT[language][key] : '';
  }

  function showError(key) {
    showStatus(key);
    document.getElementById('status').classList.add('error');
    document.getElementById('status').setAttribute('role', 'alert');
  }

  function switchLanguage(next) {
    if (next === language) {
      return;
    }

    language = next;
    try { localStorage.setItem('supportbot.lang', language); } catch (e) { /* not remembered */ }
    applyLanguage();
    if (state.store) {
      render();
      if (state.joined) {
        state.store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/language', value: { locale: WEBCHAT_LOCALE[language] } } });
      }
    }
  }

  function join(dispatch) {
    if (state.joined) {
      return;
    }

    state.joined = true;
    var value = { locale: WEBCHAT_LOCALE[language] };
    if (link.orderId) { value.orderId = link.orderId; }
    if (link.customer) { value.customer = link.customer; }
    if (link.sig) { value.sig = link.sig; }
    dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: value } });
  }

  function start() {
    showStatus('connecting');
    var id = userId();
    return fetch(config.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      // The locale lets the channel's first conversationUpdate greet in the customer's language.
      body: JSON.stringify({ user: { id: id, name: TEXT[language].userName }, locale: WEBCHAT_LOCALE[language] }),
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('token ' + response.status);
      }
      return response.json();
    }).then(function (token) {
      state.directLine = window.WebChat.createDirectLine({
        token: token.token,
        domain: config.domain,
        conversationStartProperties: { locale: WEBCHAT_LOCALE[language] }
      });
      state.store = window.WebChat.createStore({}, function (store) {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              showStatus(null);
              setTimeout(function () { join(store.dispatch); }, 0);
            }
            return next(action);
          };
        };
      });
      state.userId = id;
      // Fixed for the page's life: Web Chat reconnects when the user's id or name changes.
      state.userName = TEXT[language].userName;
      render();
    });
  }

  function render() {
    var accent = config.accent;
    window.WebChat.renderWebChat({
      directLine: state.directLine,
      store: state.store,
      userID: state.userId,
      username: state.userName,
      locale: WEBCHAT_LOCALE[language],
      overrideLocalizedStrings: TEXT[language].webChat,
      nonce: config.nonce,
      styleOptions: {
        accent: accent,
        primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        backgroundColor: '#ffffff',
        botAvatarImage: '/chat/bot-avatar.svg',
        botAvatarInitials: config.brand.slice(0, 2).toUpperCase(),
        userAvatarInitials: language === 'es' ? 'TÚ' : 'YOU',
        bubbleBackground: '#eef2f6',
        bubbleBorderRadius: 12,
        bubbleFromUserBackground: accent,
        bubbleFromUserTextColor: '#ffffff',
        bubbleFromUserBorderRadius: 12,
        suggestedActionBackgroundColor: '#ffffff',
        suggestedActionBorderColor: accent,
        suggestedActionTextColor: accent,
        suggestedActionBorderRadius: 18,
        suggestedActionLayout: 'flow',
        sendBoxButtonColor: accent,
        hideUploadButton: true,
        typingAnimationDuration: 5000
      }
    }, document.getElementById('webchat'));
  }
})();
