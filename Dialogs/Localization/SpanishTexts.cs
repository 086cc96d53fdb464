namespace SupportBot.Dialogs.Localization;

/// <summary>Spanish (Spain) texts: tú, friendly and direct.</summary>
internal sealed class SpanishTexts : Texts
{
    private static readonly System.Globalization.CultureInfo Culture = System.Globalization.CultureInfo.GetCultureInfo("es-ES");

    public override string Welcome(string brand) => $"¡Hola! Soy el asistente de atención al cliente de {brand}. Estoy aquí para ayudarte con tus compras.";

    public override string WelcomeBack(string brand) => $"¡Hola de nuevo! Soy el asistente de {brand}.";

    public override string MenuPrompt => "¿En qué puedo ayudarte?";

    public override string AnythingElse => "¿Hay algo más en lo que pueda ayudarte?";

    public override string MenuNotUnderstood => "Perdona, no te he entendido. Puedo ayudarte con esto:";

    public override string MenuSurvey => "Valorar mi compra";

    public override string MenuQuestion => "Una duda sobre un pedido o producto";

    public override string MenuPerson => "Hablar con una persona";

    public override string Help =>
        "Puedo ayudarte a valorar tu compra, resolver dudas sobre tus pedidos y productos, o pasarte con una persona de nuestro equipo. " +
        "En cualquier momento puedes escribir «cancelar» para dejar lo que estemos haciendo, «hablar con una persona», o «English please» para cambiar de idioma.";

    public override string HelpResume => "Sigamos donde lo dejamos:";

    public override string Cancelled => "De acuerdo, lo dejamos aquí.";

    public override string NothingToCancel => "No hay nada que cancelar.";

    public override string LanguageSwitched => "Perfecto, seguimos en español.";

    public override string ConversationRestarted => "He actualizado esta conversación y tengo que empezar de nuevo. Perdona las molestias.";

    public override string ErrorApology => "Lo siento, algo ha fallado por mi parte. He reiniciado la conversación; ¿puedes intentarlo de nuevo?";

    public override string ConcurrentMessage => "Perdona, me han llegado dos mensajes a la vez y no he podido guardar el último. ¿Puedes repetirlo?";

    public override string GaveUp => "Parece que no consigo entenderte. Lo dejamos aquí por ahora; escribe «ayuda» cuando quieras.";

    public override string Yes => "Sí";

    public override string No => "No";

    public override string PromptTextRetry => "Necesito que me escribas algo.";

    public override string PromptChoiceRetry => "Perdona, elige una de las opciones.";

    public override string PromptConfirmRetry => "Perdona, responde «sí» o «no».";

    public override string PromptRatingRetry => "Perdona, responde con un número del 1 al 5 (también vale ★★★★).";

    public override string PromptNumberRetry(int min, int max) => $"Perdona, responde con un número del {min} al {max}.";

    public override string SurveyIntroOrder(string orderId, string? product, DateOnly? deliveredOn)
    {
        var what = product is null ? $"tu pedido #{orderId}" : $"tu pedido #{orderId} ({product})";
        return deliveredOn is { } date
            ? $"Queremos saber qué te ha parecido {what}, entregado el {date.ToString("d 'de' MMMM", Culture)}."
            : $"Queremos saber qué te ha parecido {what}.";
    }

    public override string SurveyIntro => "¡Gracias por dedicarnos un minuto! Son solo unas preguntas.";

    public override string SurveyAskCsat => "Del 1 al 5, ¿cómo de satisfecho estás con tu compra?";

    public override string SurveyAskNps => "Del 0 al 10, ¿qué probabilidad hay de que nos recomiendes a un amigo o familiar?";

    public override string SurveyAskWhyDetractor => "Sentimos que no haya ido bien. ¿Qué salió mal? (Si prefieres no decirlo, escribe «saltar».)";

    public override string SurveyAskWhyPassive => "¿Qué podríamos mejorar? (Puedes escribir «saltar».)";

    public override string SurveyAskWhyPromoter => "¡Qué bien! ¿Qué es lo que más te gustó? (Puedes escribir «saltar».)";

    public override string SurveyAskAspects => "¿Con qué tuvo que ver? Puedes elegir varias (por ejemplo «entrega y atención»).";

    public override string AspectDelivery => "Entrega";

    public override string AspectProduct => "Producto";

    public override string AspectSupport => "Atención al cliente";

    public override string AspectBilling => "Facturación o precio";

    public override string AspectReturns => "Devoluciones";

    public override string AspectNone => "Ninguna en concreto";

    public override string AspectRetry => "Perdona, elige una o varias de las opciones.";

    public override string SurveyThanksPromoter => "¡Muchas gracias! Nos alegra mucho que estés contento.";

    public override string SurveyReviewInvite(Uri reviewUrl) => $"Si te apetece, nos ayudaría muchísimo que dejaras tu opinión aquí: {reviewUrl}";

    public override string SurveyThanksPassive => "¡Gracias por tu opinión! La tendremos en cuenta para mejorar.";

    public override string SurveyThanksDetractor => "Gracias por contárnoslo, y perdona las molestias. Lo tendremos muy en cuenta.";

    public override string SurveyEscalated(bool urgent) => urgent
        ? "Gracias por contárnoslo, y lo sentimos de verdad. He pasado tu caso con prioridad urgente a una persona de nuestro equipo de atención al cliente, que revisará lo ocurrido y se pondrá en contacto contigo."
        : "Gracias por contárnoslo, y lo sentimos. He pasado tu caso a una persona de nuestro equipo de atención al cliente, que revisará lo ocurrido y se pondrá en contacto contigo.";

    public override string SurveyPaused(int days) => $"Sin problema, lo dejamos aquí. Tus respuestas están guardadas: escribe «valorar mi compra» cuando quieras en los próximos {days} días y seguimos donde lo dejamos.";

    public override string SurveyResumed => "Seguimos con tu valoración donde la dejamos.";

    public override string SurveyAbandoned => "Parece que no consigo entenderte, así que lo dejamos aquí. He guardado lo que me has contado; gracias.";

    public override string SurveyAlreadyAnswered(string orderId) => $"Ya valoraste tu pedido #{orderId}: ¡gracias! Si quieres contarnos algo más, escribe «hablar con una persona».";

    public override string SurveyThrottled => "Nos diste tu opinión hace poco y no queremos cansarte con más encuestas. Si quieres contarnos algo, escribe «hablar con una persona».";

    public override string SurveyOptedOut => "Nos pediste no enviarte encuestas, así que no te la haré. Si cambias de idea, escribe «vuelve a preguntarme».";

    public override string SurveyOptOutConfirmed => "Hecho: no te enviaremos más encuestas. Si cambias de idea, escribe «vuelve a preguntarme».";

    public override string SurveyOptInConfirmed => "Hecho: volveremos a pedirte tu opinión de vez en cuando. ¡Gracias!";

    public override string QuestionAsk => "Cuéntame, ¿cuál es tu duda?";

    public override string HandoffConfirm => "¿Quieres que te pase con una persona de nuestro equipo?";

    public override string HandoffQueued(int position, TimeSpan estimatedWait) =>
        $"Listo: una persona de nuestro equipo se unirá a esta conversación. {(position <= 1 ? "Eres el siguiente" : $"Tienes {position - 1} {(position == 2 ? "persona" : "personas")} delante")}; "
        + (estimatedWait <= TimeSpan.FromMinutes(2) ? "debería ser en un momento." : $"la espera estimada es de unos {WaitMinutes(estimatedWait)} minutos.")
        + " Puedes seguir escribiendo; si ya no lo necesitas, escribe «cancelar solicitud».";

    /// <inheritdoc />
    public override string HandoffClosed(DateTimeOffset? opensAt, string timeZoneName) => opensAt is { } at
        ? $"Ahora mismo nuestro equipo no está disponible. Volvemos {at.ToString("dddd d 'de' MMMM 'a las' HH:mm", Culture)} (hora de {timeZoneName}). Tu solicitud queda en la cola."
        : "Ahora mismo nuestro equipo no está disponible. Tu solicitud queda en la cola.";

    /// <inheritdoc />
    public override string HandoffOfferCallback => "¿Quieres que te llamemos o te escribamos en cuanto abramos?";

    /// <inheritdoc />
    public override string HandoffAskContact => "Dime un teléfono o un correo electrónico donde contactarte.";

    /// <inheritdoc />
    public override string HandoffContactRetry => "No encuentro un teléfono ni un correo en tu mensaje. Escríbelo, por ejemplo 612 345 678 o nombre@ejemplo.com.";

    /// <inheritdoc />
    public override string HandoffConsent(string contact) => $"¿Aceptas que te contactemos en {contact}, solo para este caso?";

    /// <inheritdoc />
    public override string HandoffCallbackConfirmed(string contact) =>
        $"Hecho: te contactaremos en {contact}. Si ya no lo necesitas, escribe «cancelar solicitud».";

    /// <inheritdoc />
    public override string HandoffCallbackDeclined => "De acuerdo. Tu solicitud sigue en la cola y una persona la atenderá en cuanto pueda.";

    /// <inheritdoc />
    public override string HandoffAlreadyTaken => "Una persona de nuestro equipo ya se está ocupando de tu caso.";

    /// <inheritdoc />
    public override string HandoffWithdrawn => "Hecho, he retirado tu solicitud. Si me necesitas, aquí estoy.";

    /// <inheritdoc />
    public override string HandoffNoClaimYet =>
        "Siento la espera: todavía nadie de nuestro equipo ha podido atenderte. Si quieres que te llamemos o te escribamos, "
        + "responde con tu teléfono o tu correo (solo lo usaremos para este caso). También puedes seguir esperando, o escribir «cancelar solicitud».";

    private static int WaitMinutes(TimeSpan wait) => (int)Math.Ceiling(wait.TotalMinutes / 5) * 5;

    public override string HandoffDeclined => "De acuerdo, seguimos por aquí.";

    /// <inheritdoc />
    public override string AgentJoined(string agentName) => $"{agentName}, del equipo de atención al cliente, se ha unido a la conversación. Escribe «salir» si quieres dejar el chat.";

    /// <inheritdoc />
    public override string AgentSays(string agentName, string text) => $"{agentName}: {text}";

    /// <inheritdoc />
    public override string LiveChatLeft => "Has salido del chat con nuestro equipo. Vuelves a hablar conmigo; escribe «menú» para ver qué puedo hacer.";

    /// <inheritdoc />
    public override string FollowUpQuestion => "Soy SupportBot otra vez. ¿Hemos resuelto tu problema? Del 1 (nada) al 5 (del todo).";

    /// <inheritdoc />
    public override string FollowUpThanks(int score) => score >= 4
        ? "¡Nos alegra mucho! Gracias por darnos la oportunidad de arreglarlo."
        : "Gracias por decírnoslo. Lo revisaremos para hacerlo mejor.";

    /// <inheritdoc />
    public override string HandoffHubAccepted => "Una persona de nuestro equipo ha recogido tu conversación y te atenderá aquí mismo.";

    /// <inheritdoc />
    public override string HandoffHubFailed => "No hemos podido pasar tu conversación a una persona por ahora. Tu solicitud sigue en nuestra cola y te atenderemos en cuanto podamos.";
}
