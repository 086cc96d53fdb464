// SupportBot agent console. No framework and no third-party code: a small SignalR JSON-protocol client over a
// WebSocket, with polling of the HTTP API as a fallback. Customer and agent text is only ever put into the page with
// textContent / createTextNode, never parsed as HTML.
(function () {
  'use strict';

  var shared = window.SupportBotConsole;
  var RECORD_SEPARATOR = '\u001e';
  var POLL_MS = 4000;
  var PING_MS = 15000;
  var SERVER_TIMEOUT_MS = 35000;
  var RECONNECT_MS = 5000;
  var HANDSHAKE_TIMEOUT_MS = 10000;
  var PRIORITY_RANK = { Urgent: 3, High: 2, Normal: 1, Low: 0 };
  var CLOSED = { Resolved: true, Expired: true, Cancelled: true };

  var UI = {
    es: {
      title: 'Consola de agentes', insights: 'Indicadores', signInTitle: 'Entrar', tokenLabel: 'Token de agente', signIn: 'Entrar', signOut: 'Salir',
      badToken: 'Token no válido.', serverError: 'No se pudo contactar con el servidor.', langToggle: 'English',
      queue: 'Cola', status: 'Estado', priority: 'Prioridad', language: 'Idioma', all: 'Todos',
      queueEmpty: 'No hay casos en la cola.', selectOne: 'Elige un caso de la cola para ver su contexto.',
      claim: 'Reclamar', claimed: 'Reclamado por {0}', reasons: 'Motivos', sentiment: 'Sentimiento', comment: 'Comentario',
      noComment: '(sin comentario)', history: 'Historial', noHistory: '(sin historial)', chat: 'Chat', message: 'Mensaje',
      send: 'Enviar', resolveTitle: 'Cerrar el caso', outcome: 'Resultado', note: 'Nota', resolve: 'Resolver',
      worstSentence: 'frase más negativa', aspectMark: 'aspecto mencionado', live: 'En directo', polling: 'Actualizando cada 4 s',
      overdue: 'SLA vencido', dueIn: 'vence {0}', caseTitle: 'Caso {0}', slaAlert: 'Alerta de SLA: un caso {0} lleva esperando demasiado.',
      conflict: 'No se pudo: el caso ya no está en un estado que lo permita.', notFound: 'El caso ya no existe.', failed: 'No se pudo completar la acción.',
      resolvedAs: 'Resuelto: {0}', confidence: 'confianza negativa {0}', fallback: '(analizador de respaldo)',
      offers: 'Ofertas sugeridas (no prometidas al cliente)', noOffers: '(ninguna)', needsApproval: 'requiere aprobación de un supervisor', discount: '{0} % dto.',
      quickGreeting: 'Saludo', quickApology: 'Disculpa', quickCheckOrder: 'Revisar pedido', quickClosing: 'Despedida',
      'fact.status': 'Estado', 'fact.priority': 'Prioridad', 'fact.csat': 'CSAT', 'fact.nps': 'NPS', 'fact.language': 'Idioma',
      'fact.channel': 'Canal', 'fact.order': 'Pedido', 'fact.product': 'Producto', 'fact.created': 'Creado',
      'fact.sla': 'SLA', 'fact.claimedBy': 'Agente', 'fact.outcome': 'Resultado',
      'status.Waiting': 'En espera', 'status.Claimed': 'Reclamado', 'status.Live': 'En conversación', 'status.Resolved': 'Resuelto',
      'status.CallbackRequested': 'Pide que le llamen', 'status.Expired': 'Caducado', 'status.Cancelled': 'Cancelado',
      'priority.Urgent': 'Urgente', 'priority.High': 'Alta', 'priority.Normal': 'Normal', 'priority.Low': 'Baja',
      'language.Spanish': 'Español', 'language.English': 'Inglés',
      'reason.DetractorNps': 'Detractor (NPS)', 'reason.LowCsat': 'CSAT bajo', 'reason.NegativeComment': 'Comentario negativo',
      'reason.HighScoreNegativeComment': 'Nota alta, comentario negativo', 'reason.LowScorePositiveComment': 'Nota baja, comentario positivo',
      'reason.ChurnIntent': 'Quiere darse de baja', 'reason.RepeatedNegative': 'Varios mensajes negativos', 'reason.CustomerRequest': 'Pidió una persona',
      'label.Positive': 'Positivo', 'label.Neutral': 'Neutro', 'label.Negative': 'Negativo', 'label.Mixed': 'Mixto',
      'aspect.Delivery': 'Entrega', 'aspect.Product': 'Producto', 'aspect.Support': 'Atención', 'aspect.Billing': 'Facturación', 'aspect.Returns': 'Devoluciones',
      'sender.Customer': 'Cliente', 'sender.Bot': 'Bot', 'sender.Agent': 'Agente',
      'outcome.retained': 'Retenido', 'outcome.refund': 'Reembolso', 'outcome.replacement': 'Sustitución', 'outcome.discount': 'Descuento',
      'outcome.lost': 'Perdido', 'outcome.no-response': 'Sin respuesta',
      selfService: 'Autoservicio de pedidos', noSelfService: '(ninguna acción)', orderNumber: 'pedido {0}',
      'ss.Verify': 'Identificación', 'ss.OpenOwnOrder': 'Consulta de pedido propio', 'ss.Return': 'Devolución',
      'ss.Warranty': 'Garantía', 'ss.Invoice': 'Factura',
      'ss.Verified': 'correcta', 'ss.Failed': 'fallida (pedido o dato no coinciden)', 'ss.Found': 'encontrado', 'ss.NotFound': 'no encontrado',
      'ss.Created': 'creada', 'ss.OutsideWindow': 'fuera de plazo', 'ss.NotDelivered': 'no entregado', 'ss.AlreadyRequested': 'ya solicitada',
      'ss.NotReturnable': 'no admite devolución', 'ss.Expired': 'garantía vencida', 'ss.UnknownProduct': 'producto no está en el pedido',
      'ss.AlreadyOpen': 'ya abierta', 'ss.Sent': 'enviada', 'ss.NotInvoiced': 'aún sin factura', 'ss.Unavailable': 'sistema de pedidos no disponible'
    },
    en: {
      title: 'Agent console', insights: 'Insights', signInTitle: 'Sign in', tokenLabel: 'Agent token', signIn: 'Sign in', signOut: 'Sign out',
      badToken: 'Invalid token.', serverError: 'Could not reach the server.', langToggle: 'Español',
      queue: 'Queue', status: 'Status', priority: 'Priority', language: 'Language', all: 'All',
      queueEmpty: 'The queue is empty.', selectOne: 'Pick a case from the queue to see its context.',
      claim: 'Claim', claimed: 'Claimed by {0}', reasons: 'Reasons', sentiment: 'Sentiment', comment: 'Comment',
      noComment: '(no comment)', history: 'History', noHistory: '(no history)', chat: 'Chat', message: 'Message',
      send: 'Send', resolveTitle: 'Close the case', outcome: 'Outcome', note: 'Note', resolve: 'Resolve',
      worstSentence: 'most negative sentence', aspectMark: 'aspect mentioned', live: 'Live', polling: 'Refreshing every 4 s',
      overdue: 'SLA overdue', dueIn: 'due {0}', caseTitle: 'Case {0}', slaAlert: 'SLA alert: a {0} case has waited too long.',
      conflict: 'Not possible: the case is no longer in a state that allows it.', notFound: 'The case no longer exists.', failed: 'The action failed.',
      resolvedAs: 'Resolved: {0}', confidence: 'negative confidence {0}', fallback: '(fallback analyzer)',
      offers: 'Suggested offers (never promised to the customer)', noOffers: '(none)', needsApproval: 'needs a supervisor\'s approval', discount: '{0}% off',
      quickGreeting: 'Greeting', quickApology: 'Apology', quickCheckOrder: 'Check order', quickClosing: 'Closing',
      'fact.status': 'Status', 'fact.priority': 'Priority', 'fact.csat': 'CSAT', 'fact.nps': 'NPS', 'fact.language': 'Language',
      'fact.channel': 'Channel', 'fact.order': 'Order', 'fact.product': 'Product', 'fact.created': 'Created',
      'fact.sla': 'SLA', 'fact.claimedBy': 'Agent', 'fact.outcome': 'Outcome',
      'status.Waiting': 'Waiting', 'status.Claimed': 'Claimed', 'status.Live': 'Live chat', 'status.Resolved': 'Resolved',
      'status.CallbackRequested': 'Callback requested', 'status.Expired': 'Expired', 'status.Cancelled': 'Cancelled',
      'priority.Urgent': 'Urgent', 'priority.High': 'High', 'priority.Normal': 'Normal', 'priority.Low': 'Low',
      'language.Spanish': 'Spanish', 'language.English': 'English',
      'reason.DetractorNps': 'Detractor (NPS)', 'reason.LowCsat': 'Low CSAT', 'reason.NegativeComment': 'Negative comment',
      'reason.HighScoreNegativeComment': 'High score, negative comment', 'reason.LowScorePositiveComment': 'Low score, positive comment',
      'reason.ChurnIntent': 'Wants to leave', 'reason.RepeatedNegative': 'Repeated negative messages', 'reason.CustomerRequest': 'Asked for a person',
      'label.Positive': 'Positive', 'label.Neutral': 'Neutral', 'label.Negative': 'Negative', 'label.Mixed': 'Mixed',
      'aspect.Delivery': 'Delivery', 'aspect.Product': 'Product', 'aspect.Support': 'Support', 'aspect.Billing': 'Billing', 'aspect.Returns': 'Returns',
      'sender.Customer': 'Customer', 'sender.Bot': 'Bot', 'sender.Agent': 'Agent',
      'outcome.retained': 'Retained', 'outcome.refund': 'Refund', 'outcome.replacement': 'Replacement', 'outcome.discount': 'Discount',
      'outcome.lost': 'Lost', 'outcome.no-response': 'No response',
      selfService: 'Order self-service', noSelfService: '(no actions)', orderNumber: 'order {0}',
      'ss.Verify': 'Identity check', 'ss.OpenOwnOrder': 'Own order opened', 'ss.Return': 'Return',
      'ss.Warranty': 'Warranty claim', 'ss.Invoice': 'Invoice',
      'ss.Verified': 'passed', 'ss.Failed': 'failed (order or detail did not match)', 'ss.Found': 'found', 'ss.NotFound': 'not found',
      'ss.Created': 'created', 'ss.OutsideWindow': 'outside the window', 'ss.NotDelivered': 'not delivered', 'ss.AlreadyRequested': 'already requested',
      'ss.NotReturnable': 'not returnable', 'ss.Expired': 'warranty expired', 'ss.UnknownProduct': 'product not in the order',
      'ss.AlreadyOpen': 'already open', 'ss.Sent': 'sent', 'ss.NotInvoiced': 'not invoiced yet', 'ss.Unavailable': 'order system unavailable'
    }
  };

  // The customer's channel as agents read it: badge and name, as in Dialogs/Channels/ChannelProfiles (the bot's Teams
  // card shows the same). An unknown id is shown as it came, always as text.
  var CHANNELS = {
    webchat: ['💬', 'Web Chat'], directline: ['🌐', 'Direct Line'], emulator: ['🧪', 'Emulator'],
    msteams: ['👥', 'Microsoft Teams'], slack: ['#️⃣', 'Slack'], telegram: ['✈️', 'Telegram'],
    facebook: ['📘', 'Facebook Messenger'], sms: ['📱', 'SMS'], whatsapp: ['🟢', 'WhatsApp']
  };

  function channelLabel(channelId) {
    var known = CHANNELS[String(channelId || '').toLowerCase()];
    return known ? known[0] + ' ' + known[1] : '❔ ' + String(channelId || '?');
  }

  // Canned replies in the CUSTOMER's language (not the console's); {0} is the agent's name.
  var QUICK_REPLIES = [
    { key: 'quickGreeting', Spanish: 'Hola, soy {0}. He leído tu valoración y quiero ayudarte.', English: 'Hi, I am {0}. I have read your feedback and I want to help.' },
    { key: 'quickApology', Spanish: 'Siento mucho lo que ha pasado. Vamos a solucionarlo.', English: 'I am really sorry about what happened. We will put it right.' },
    { key: 'quickCheckOrder', Spanish: 'Déjame revisar tu pedido un momento, por favor.', English: 'Let me check your order, one moment please.' },
    { key: 'quickClosing', Spanish: 'Gracias por tu paciencia. Si necesitas algo más, aquí estamos.', English: 'Thank you for your patience. If you need anything else, we are here.' }
  ];

  var state = {
    lang: 'es', token: null, me: null, rows: {}, selectedId: null, selected: null, lastSequence: 0, seen: {},
    socket: null, connected: false, pollTimer: null, pingTimer: null, reconnectTimer: null, lastHeard: 0
  };

  function $(id) { return document.getElementById(id); }

  function t(key) { return shared.translate(UI[state.lang], key, Array.prototype.slice.call(arguments, 1)); }

  var clear = shared.clear;
  var el = shared.el;

  function formatTime(value) {
    if (!value) { return ''; }
    return new Intl.DateTimeFormat(state.lang === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(value));
  }

  function relative(value) {
    var minutes = Math.round((new Date(value).getTime() - Date.now()) / 60000);
    var format = new Intl.RelativeTimeFormat(state.lang === 'es' ? 'es' : 'en', { numeric: 'auto' });
    return Math.abs(minutes) >= 120 ? format.format(Math.round(minutes / 60), 'hour') : format.format(minutes, 'minute');
  }

  // ---- language ----

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    var nodes = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < nodes.length; i++) { nodes[i].textContent = t(nodes[i].getAttribute('data-i18n')); }
    document.title = t('title');
    $('lang-toggle').textContent = t('langToggle');
    renderConnection();
    renderQuickReplies();
    renderQueue();
    if (state.selected) { renderDetail(); renderChat(); }
  }

  // ---- HTTP API ----

  function api(method, path, body) {
    var init = { method: method, headers: { Authorization: 'Bearer ' + state.token }, cache: 'no-store' };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch('/api/agent' + path, init).then(function (response) {
      if (response.status === 401) { signOut(t('badToken')); throw new Error('401'); }
      return response.text().then(function (text) {
        var data = text ? JSON.parse(text) : null;
        if (!response.ok) { var error = new Error(String(response.status)); error.status = response.status; error.data = data; throw error; }
        return data;
      });
    });
  }

  function showError(error) {
    var box = $('d-error');
    box.textContent = error && error.status === 409 ? t('conflict') : error && error.status === 404 ? t('notFound') : t('failed');
    box.hidden = false;
  }

  // ---- sign in ----

  function signIn(token) {
    state.token = token;
    return api('GET', '/me').then(function (me) {
      state.me = me;
      shared.saveToken(token);
      $('signin').hidden = true;
      $('console').hidden = false;
      $('signout').hidden = false;
      $('agent-name').textContent = me.displayName;
      $('insights-link').hidden = !me.supervisor;
      connect();
      return loadQueue();
    });
  }

  function signOut(message) {
    shared.forgetToken();
    state.token = null;
    state.me = null;
    disconnect();
    $('console').hidden = true;
    $('signout').hidden = true;
    $('signin').hidden = false;
    $('agent-name').textContent = '';
    $('insights-link').hidden = true;
    var error = $('signin-error');
    error.textContent = message || '';
    error.hidden = !message;
  }

  // ---- queue ----

  function loadQueue() {
    return api('GET', '/escalations').then(function (rows) {
      state.rows = {};
      rows.forEach(function (row) { state.rows[row.id] = row; });
      renderQueue();
    });
  }

  function upsertRow(row) {
    if (CLOSED[row.status] && row.id !== state.selectedId) { delete state.rows[row.id]; } else { state.rows[row.id] = row; }
    renderQueue();
    if (row.id === state.selectedId) { refreshSelected(); }
  }

  function isOverdue(row) {
    return row.overdue || (row.status === 'Waiting' && new Date(row.slaDueAt).getTime() <= Date.now());
  }

  function visibleRows() {
    var status = $('filter-status').value, priority = $('filter-priority').value, language = $('filter-language').value;
    return Object.keys(state.rows).map(function (id) { return state.rows[id]; })
      .filter(function (row) {
        return (!status || row.status === status) && (!priority || row.priority === priority) && (!language || row.language === language);
      })
      .sort(function (a, b) {
        return (PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority]) || (new Date(a.slaDueAt).getTime() - new Date(b.slaDueAt).getTime());
      });
  }

  function renderQueue() {
    var list = $('queue');
    clear(list);
    var rows = visibleRows();
    rows.forEach(function (row) {
      var item = el('li', 'row p-' + row.priority);
      item.tabIndex = 0;
      item.setAttribute('data-id', row.id);
      item.setAttribute('data-status', row.status);
      if (isOverdue(row)) { item.classList.add('overdue'); }
      if (row.id === state.selectedId) { item.classList.add('selected'); }
      item.appendChild(el('span', 'badge', t('priority.' + row.priority)));
      item.appendChild(el('span', 'badge', t('status.' + row.status)));
      item.appendChild(el('span', 'badge', t('language.' + row.language)));
      var channel = el('span', 'badge channel-badge', channelLabel(row.channelId));
      channel.title = String(row.channelId || '');
      item.appendChild(channel);
      if (isOverdue(row)) {
        item.appendChild(el('span', 'badge overdue-badge', t('overdue')));
      } else if (row.status === 'Waiting') {
        item.appendChild(el('span', 'due', t('dueIn', relative(row.slaDueAt))));
      }
      item.appendChild(el('span', 'row-summary', row.summary));
      item.addEventListener('click', function () { select(row.id); });
      item.addEventListener('keydown', function (event) { if (event.key === 'Enter') { select(row.id); } });
      list.appendChild(item);
    });
    $('queue-empty').hidden = rows.length > 0;
  }

  // ---- selected case ----

  function select(id) {
    if (state.selectedId && state.selectedId !== id) { invoke('unwatch', state.selectedId); }
    state.selectedId = id;
    state.selected = null;
    state.lastSequence = 0;
    state.seen = {};
    state.offers = [];
    state.selfService = [];
    $('d-error').hidden = true;
    invoke('watch', id);
    renderQueue();
    loadOffers(id);
    return refreshSelected();
  }

  function refreshSelected() {
    var id = state.selectedId;
    if (!id) { return Promise.resolve(); }
    return api('GET', '/escalations/' + encodeURIComponent(id)).then(function (details) {
      if (state.selectedId !== id) { return; }
      state.selected = details.escalation;
      state.selfService = details.selfService || [];
      details.messages.forEach(addMessage);
      renderDetail();
      renderChat();
    }).catch(function (error) { if (error.status) { showError(error); } });
  }

  function addMessage(message) {
    if (state.seen[message.sequence]) { return false; }
    state.seen[message.sequence] = message;
    state.lastSequence = Math.max(state.lastSequence, message.sequence);
    return true;
  }

  function fact(list, key, value) {
    if (value === undefined || value === null || value === '') { return; }
    list.appendChild(el('dt', null, t('fact.' + key)));
    list.appendChild(el('dd', null, value));
  }

  function renderDetail() {
    var e = state.selected, request = e.request;
    $('detail-empty').hidden = true;
    $('detail').hidden = false;
    $('chat-pane').hidden = false;
    $('d-title').textContent = t('caseTitle', e.id.substring(0, 8));
    $('d-summary').textContent = e.summary;
    var claim = $('claim');
    claim.hidden = !(e.status === 'Waiting' || e.status === 'CallbackRequested');

    var facts = $('d-facts');
    clear(facts);
    fact(facts, 'status', t('status.' + e.status));
    fact(facts, 'priority', t('priority.' + request.decision.priority));
    fact(facts, 'csat', request.csat === null || request.csat === undefined ? null : request.csat + '/5');
    fact(facts, 'nps', request.nps === null || request.nps === undefined ? null : request.nps + '/10');
    fact(facts, 'language', t('language.' + request.language));
    fact(facts, 'channel', channelLabel(request.channelId));
    fact(facts, 'order', request.orderId);
    fact(facts, 'product', request.product);
    fact(facts, 'created', formatTime(e.createdAt));
    fact(facts, 'sla', formatTime(e.slaDueAt) + (e.status === 'Waiting' && new Date(e.slaDueAt).getTime() <= Date.now() ? ' · ' + t('overdue') : ''));
    fact(facts, 'claimedBy', e.claimedBy);
    fact(facts, 'outcome', e.outcome ? t('outcome.' + outcomeKey(e.outcome)) : null);

    var reasons = $('d-reasons');
    clear(reasons);
    request.decision.reasons.forEach(function (reason) { reasons.appendChild(el('li', null, t('reason.' + reason))); });

    var sentiment = request.sentiment;
    $('d-sentiment').textContent = sentiment
      ? t('label.' + sentiment.label) + ' · ' + t('confidence', Math.round(sentiment.scores.negative * 100) + ' %') + (sentiment.isFallback ? ' ' + t('fallback') : '')
      : '—';
    var aspects = $('d-aspects');
    clear(aspects);
    (request.aspects || []).forEach(function (aspect) { aspects.appendChild(el('li', null, t('aspect.' + aspect))); });
    renderComment(request.comment, sentiment);

    renderSelfService();

    var history = $('d-history');
    clear(history);
    (e.history || []).forEach(function (line) { history.appendChild(transcriptLine(line)); });
    if (!e.history || e.history.length === 0) { history.appendChild(el('li', 'muted', t('noHistory'))); }
    renderOffers();
  }

  // A known code in the console's language; anything else shown as it came (always as text).
  function known(prefix, value) {
    return UI[state.lang][prefix + value] !== undefined ? t(prefix + value) : String(value);
  }

  // What the customer did in order self-service in this conversation: one compact line per action.
  function renderSelfService() {
    var list = $('d-self-service');
    clear(list);
    var actions = state.selfService || [];
    actions.forEach(function (action) {
      var item = el('li', action.outcome === 'Failed' || action.outcome === 'Unavailable' ? 'ss-failed' : null);
      item.setAttribute('data-action', action.action);
      item.setAttribute('data-outcome', action.outcome);
      item.appendChild(el('span', 'meta', formatTime(action.at)));
      item.appendChild(el('span', 'ss-action', known('ss.', action.action)));
      item.appendChild(el('span', 'ss-order', t('orderNumber', action.orderNumber)));
      item.appendChild(el('span', 'ss-outcome', known('ss.', action.outcome)));
      if (action.reference) { item.appendChild(el('span', 'ss-reference', action.reference)); }
      list.appendChild(item);
    });
    if (actions.length === 0) { list.appendChild(el('li', 'muted', t('noSelfService'))); }
  }

  // The playbook's offers for this case, with the agent's own discount limit applied by the server.
  function loadOffers(id) {
    return api('GET', '/escalations/' + encodeURIComponent(id) + '/offers').then(function (offers) {
      if (state.selectedId !== id) { return; }
      state.offers = offers;
      renderOffers();
    }).catch(function () { });
  }

  function renderOffers() {
    var list = $('d-offers');
    clear(list);
    var offers = state.offers || [];
    offers.forEach(function (offer) {
      var item = el('li', offer.withinAgentLimit ? null : 'needs-approval', offer.title);
      if (offer.discountPercent > 0) { item.appendChild(el('span', 'muted', ' · ' + t('discount', offer.discountPercent))); }
      if (!offer.withinAgentLimit) { item.appendChild(el('span', 'muted', ' · ' + t('needsApproval'))); }
      list.appendChild(item);
    });
    if (offers.length === 0) { list.appendChild(el('li', 'muted', t('noOffers'))); }
  }

  function outcomeKey(outcome) { return outcome === 'NoResponse' ? 'no-response' : outcome.toLowerCase(); }

  // The comment with the worst sentence and the opinion targets marked: flags per character, then one text node per
  // run of equal flags, so nothing of the comment is ever interpreted as markup.
  function renderComment(comment, sentiment) {
    var box = $('d-comment');
    clear(box);
    if (!comment) { box.textContent = t('noComment'); return; }
    var flags = new Array(comment.length);
    for (var i = 0; i < flags.length; i++) { flags[i] = 0; }
    var worst = sentiment && sentiment.worstSentence;
    if (worst) {
      var start = comment.substr(worst.offset, worst.length) === worst.text ? worst.offset : comment.indexOf(worst.text);
      for (var w = Math.max(start, 0); start >= 0 && w < start + worst.text.length; w++) { flags[w] |= 1; }
    }
    var lower = comment.toLowerCase();
    ((sentiment && sentiment.opinions) || []).forEach(function (opinion) {
      var target = (opinion.target || '').toLowerCase();
      if (!target) { return; }
      for (var at = lower.indexOf(target); at >= 0; at = lower.indexOf(target, at + target.length)) {
        for (var k = at; k < at + target.length; k++) { flags[k] |= 2; }
      }
    });
    var runStart = 0;
    for (var j = 1; j <= comment.length; j++) {
      if (j === comment.length || flags[j] !== flags[runStart]) {
        var text = comment.substring(runStart, j), flag = flags[runStart];
        if (flag === 0) {
          box.appendChild(document.createTextNode(text));
        } else {
          box.appendChild(el('mark', (flag & 1 ? 'worst' : '') + (flag & 2 ? ' aspect' : ''), text));
        }
        runStart = j;
      }
    }
  }

  function transcriptLine(line) {
    var item = el('li', 'from-' + line.sender);
    item.appendChild(el('span', 'meta', t('sender.' + line.sender) + (line.agentId ? ' (' + line.agentId + ')' : '') + ' · ' + formatTime(line.at)));
    item.appendChild(el('span', 'text', line.text));
    return item;
  }

  function renderChat() {
    var chat = $('chat');
    clear(chat);
    Object.keys(state.seen).map(Number).sort(function (a, b) { return a - b; })
      .forEach(function (sequence) { chat.appendChild(transcriptLine(state.seen[sequence])); });
    chat.scrollTop = chat.scrollHeight;
    var e = state.selected;
    var mine = e && e.claimedBy === state.me.id && (e.status === 'Claimed' || e.status === 'Live');
    $('send-form').hidden = !mine;
    $('quick-replies').hidden = !mine;
    $('resolve-form').hidden = !mine;
  }

  function renderQuickReplies() {
    var box = $('quick-replies');
    clear(box);
    QUICK_REPLIES.forEach(function (reply) {
      var button = el('button', null, t(reply.key));
      button.type = 'button';
      button.setAttribute('data-quick', reply.key);
      button.addEventListener('click', function () {
        var language = state.selected ? state.selected.request.language : 'Spanish';
        var text = (reply[language] || reply.Spanish).split('{0}').join(state.me ? state.me.displayName : '');
        var box = $('send-text');
        box.value = text;
        box.focus();
      });
      box.appendChild(button);
    });
  }

  // ---- SignalR JSON hub protocol over a WebSocket ----

  function connect() {
    disconnect();
    var scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    var socket;
    try {
      socket = new WebSocket(scheme + '//' + location.host + '/hubs/agent?access_token=' + encodeURIComponent(state.token));
    } catch (e) {
      startPolling();
      return;
    }
    state.socket = socket;
    var handshaken = false;
    var buffer = '';
    // Poll until the hub answers the handshake: a socket that opens and then stays silent must not freeze the page.
    startPolling();
    setTimeout(function () { if (!handshaken && state.socket === socket) { socket.close(); } }, HANDSHAKE_TIMEOUT_MS);
    socket.onopen = function () { socket.send(JSON.stringify({ protocol: 'json', version: 1 }) + RECORD_SEPARATOR); };
    socket.onmessage = function (event) {
      state.lastHeard = Date.now();
      buffer += event.data;
      var records = buffer.split(RECORD_SEPARATOR);
      buffer = records.pop();
      records.forEach(function (record) {
        var message;
        try { message = JSON.parse(record); } catch (e) { return; } // one bad frame must not drop the others
        if (!handshaken) {
          if (message.error) { socket.close(); return; }
          handshaken = true;
          onConnected();
          return;
        }
        onHubMessage(message);
      });
    };
    socket.onclose = function () {
      if (state.socket !== socket) { return; }
      state.socket = null;
      onDisconnected();
    };
    socket.onerror = function () { /* onclose follows */ };
  }

  function disconnect() {
    clearInterval(state.pingTimer);
    clearTimeout(state.reconnectTimer);
    stopPolling();
    var socket = state.socket;
    state.socket = null;
    state.connected = false;
    if (socket) { socket.close(); }
    renderConnection();
  }

  function send(message) {
    if (state.socket && state.connected) { state.socket.send(JSON.stringify(message) + RECORD_SEPARATOR); }
  }

  function invoke(target) {
    send({ type: 1, target: target, arguments: Array.prototype.slice.call(arguments, 1) });
  }

  function onConnected() {
    state.connected = true;
    state.reconnectAttempts = 0;
    state.lastHeard = Date.now();
    stopPolling();
    renderConnection();
    clearInterval(state.pingTimer);
    state.pingTimer = setInterval(function () {
      if (Date.now() - state.lastHeard > SERVER_TIMEOUT_MS && state.socket) { state.socket.close(); return; }
      send({ type: 6 });
    }, PING_MS);
    if (state.selectedId) { invoke('watch', state.selectedId); }
    // Catch up with whatever changed while not connected.
    loadQueue().catch(function () { });
    refreshSelected();
  }

  function onDisconnected() {
    state.connected = false;
    clearInterval(state.pingTimer);
    renderConnection();
    if (!state.token) { return; }
    startPolling();
    clearTimeout(state.reconnectTimer);
    // Back off (with jitter) so consoles do not all reconnect in step after a deploy; polling keeps the page current.
    state.reconnectAttempts = (state.reconnectAttempts || 0) + 1;
    var delay = Math.min(RECONNECT_MS * Math.pow(2, state.reconnectAttempts - 1), 60000) * (0.75 + Math.random() * 0.5);
    state.reconnectTimer = setTimeout(function () { if (state.token && !state.connected) { connect(); } }, delay);
  }

  function onHubMessage(message) {
    if (message.type === 1) {
      var argument = message.arguments && message.arguments[0];
      if (message.target === 'queueChanged') { upsertRow(argument); }
      if (message.target === 'message' && argument.escalationId === state.selectedId && addMessage(argument.message)) { renderChat(); }
      if (message.target === 'slaBreached') { showSlaAlert(argument); }
    } else if (message.type === 7 && state.socket) {
      state.socket.close();
    }
  }

  function showSlaAlert(row) {
    var alerts = $('alerts');
    alerts.textContent = t('slaAlert', t('priority.' + row.priority).toLowerCase()) + ' ' + row.summary;
    alerts.hidden = false;
  }

  // ---- polling fallback ----

  function startPolling() {
    renderConnection();
    if (state.pollTimer) { return; }
    state.pollTimer = setInterval(poll, POLL_MS);
  }

  function stopPolling() {
    clearInterval(state.pollTimer);
    state.pollTimer = null;
  }

  function poll() {
    if (!state.token) { return; }
    loadQueue().catch(function () { });
    var id = state.selectedId;
    if (!id) { return; }
    api('GET', '/escalations/' + encodeURIComponent(id) + '/messages?after=' + state.lastSequence).then(function (messages) {
      if (state.selectedId !== id) { return; }
      var added = false;
      messages.forEach(function (m) { added = addMessage(m) || added; });
      if (added) { renderChat(); }
    }).catch(function () { });
  }

  function renderConnection() {
    var status = $('conn-status');
    if (!state.token) { status.textContent = ''; status.className = 'conn'; return; }
    status.textContent = state.connected ? t('live') : t('polling');
    status.className = 'conn ' + (state.connected ? 'live' : 'polling');
    status.setAttribute('data-mode', state.connected ? 'live' : 'polling');
  }

  // ---- actions ----

  function wire() {
    shared.wireSession({ state: state, applyLanguage: applyLanguage, signIn: signIn, signOut: signOut, t: t });
    ['filter-status', 'filter-priority', 'filter-language'].forEach(function (id) { $(id).addEventListener('change', renderQueue); });
    $('claim').addEventListener('click', function () {
      $('d-error').hidden = true;
      api('POST', '/escalations/' + encodeURIComponent(state.selectedId) + '/claim').then(function (escalation) {
        state.selected = escalation;
        renderDetail();
        renderChat();
      }).catch(showError);
    });
    $('send-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var box = $('send-text'), text = box.value.trim();
      if (!text) { return; }
      var id = state.selectedId;
      api('POST', '/escalations/' + encodeURIComponent(id) + '/messages', { text: text }).then(function (entry) {
        box.value = '';
        if (state.selectedId === id && addMessage(entry)) { renderChat(); }
      }).catch(showError);
    });
    $('resolve-form').addEventListener('submit', function (event) {
      event.preventDefault();
      api('POST', '/escalations/' + encodeURIComponent(state.selectedId) + '/resolve', { outcome: $('outcome').value, note: $('note').value.trim() || null })
        .then(function (escalation) {
          state.selected = escalation;
          $('note').value = '';
          renderDetail();
          renderChat();
        }).catch(showError);
    });
    setInterval(function () { if (state.token) { renderQueue(); } }, 30000);
  }

  document.addEventListener('DOMContentLoaded', function () {
    state.lang = shared.chooseLanguage();
    wire();
    applyLanguage();
    var saved = shared.savedToken();
    if (saved) { signIn(saved).catch(function () { }); }
  });
}());
