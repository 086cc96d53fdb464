namespace SupportBot.Dialogs.Localization;

/// <summary>Spanish (Spain) texts: tú, friendly and direct.</summary>
internal sealed class SpanishTexts : Texts
{
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

    public override string SurveyAskCsat => "Del 1 al 5, ¿cómo de satisfecho estás con tu compra?";

    public override string SurveyAskNps => "Del 0 al 10, ¿qué probabilidad hay de que nos recomiendes a un amigo o familiar?";

    public override string SurveyInterimThanks(int csat, int nps) =>
        $"¡Gracias! Has valorado tu compra con un {csat} sobre 5 y un {nps} sobre 10. " +
        "Te aviso con sinceridad: esta versión del asistente todavía no guarda las encuestas.";

    public override string QuestionAsk => "Cuéntame, ¿cuál es tu duda?";

    public override string QuestionNotYet =>
        "Gracias. Todavía no sé responder dudas sobre pedidos o productos: esa parte llegará pronto. " +
        "Si es urgente, escribe «hablar con una persona».";

    public override string HandoffConfirm => "¿Quieres que te pase con una persona de nuestro equipo?";

    public override string HandoffNotYet =>
        "Todavía no puedo pasarte con una persona desde este chat: esa parte llegará pronto. Perdona las molestias.";

    public override string HandoffDeclined => "De acuerdo, seguimos por aquí.";
}
