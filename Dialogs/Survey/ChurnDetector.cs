using SupportBot.Dialogs.Engine.Recognizers;

namespace SupportBot.Dialogs.Survey;

/// <summary>Spots a customer talking of leaving: cancelling, unsubscribing, going to the competition, never buying again.</summary>
public static class ChurnDetector
{
    private static readonly PhraseList Phrases = new(
    [
        // Spanish
        "darme de baja", "dar de baja", "me doy de baja", "me voy a dar de baja", "quiero la baja", "tramitar la baja",
        "cancelar mi cuenta", "cancelar mi suscripcion", "cancelar la suscripcion", "cerrar mi cuenta", "borrar mi cuenta",
        "me voy a la competencia", "me paso a la competencia", "me voy a otra tienda", "me cambio de tienda", "me paso a amazon",
        "no vuelvo a comprar", "no volvere a comprar", "no pienso volver", "nunca mas compro", "nunca mas", "ultima vez que compro",
        "la ultima vez que os compro", "no vuelvo", "os dejo", "hasta nunca", "o me devolveis el dinero o", "perdeis un cliente",
        "habeis perdido un cliente", "no cuenten conmigo",
        // English
        "cancel my account", "cancel my subscription", "close my account", "delete my account", "unsubscribe me",
        "i'm leaving", "i am leaving", "im leaving", "going to the competition", "switching to", "switch to another",
        "taking my business elsewhere", "never buying again", "never buy again", "never again", "never shopping here again",
        "last time i buy", "last time i order", "won't buy again", "wont buy again", "will not buy again", "won't be back",
        "wont be back", "not coming back", "refund or i leave", "lost a customer", "you lost me",
    ]);

    /// <summary>Whether <paramref name="text"/> expresses an intent to leave.</summary>
    public static bool Detect(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return normalized.Length > 0 && Phrases.FoundIn(normalized);
    }
}
