using SupportBot.Bot.Escalation;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Teams;

/// <summary>What the agents read in Teams, in Spanish and in English: the card's labels and the bot's replies in the
/// channel. A card is written in its customer's language, like the escalation summary.</summary>
public sealed class TeamsTexts
{
    private readonly bool _es;

    private TeamsTexts(bool es) => _es = es;

    /// <summary>Spanish.</summary>
    public static TeamsTexts Spanish { get; } = new(es: true);

    /// <summary>English.</summary>
    public static TeamsTexts English { get; } = new(es: false);

    /// <summary>The texts of a language.</summary>
    public static TeamsTexts For(Language language) => language == Language.Spanish ? Spanish : English;

    /// <summary>Card title.</summary>
    public string Title(EscalationPriority priority) => _es
        ? "Nueva escalada · prioridad " + EscalationSummary.Priority(priority, _es)
        : "New escalation · " + EscalationSummary.Priority(priority, _es) + " priority";

    /// <summary>Label of the reasons.</summary>
    public string Reasons => _es ? "Motivos" : "Reasons";

    /// <summary>Label of the sentiment.</summary>
    public string Sentiment => _es ? "Sentimiento" : "Sentiment";

    /// <summary>Label of the aspects.</summary>
    public string Aspects => _es ? "Aspectos" : "Aspects";

    /// <summary>Label of the order.</summary>
    public string Order => _es ? "Pedido" : "Order";

    /// <summary>Label of the customer's language.</summary>
    public string LanguageLabel => _es ? "Idioma" : "Language";

    /// <summary>The customer's language, as agents read it.</summary>
    public string LanguageName(Language language) => language switch
    {
        Language.Spanish => _es ? "español" : "Spanish",
        _ => _es ? "inglés" : "English",
    };

    /// <summary>Label of the customer's channel.</summary>
    public string ChannelLabel => _es ? "Canal" : "Channel";

    /// <summary>Label of the SLA due time.</summary>
    public string Due => _es ? "Atender antes de" : "Claim by";

    /// <summary>Label of the status.</summary>
    public string Status => _es ? "Estado" : "Status";

    /// <summary>Heading of the most negative sentence.</summary>
    public string WorstSentence => _es ? "Frase más negativa" : "Most negative sentence";

    /// <summary>Heading of the customer's comment.</summary>
    public string Comment => _es ? "Comentario del cliente" : "Customer's comment";

    /// <summary>The Claim button.</summary>
    public string Claim => _es ? "Tomar el caso" : "Claim";

    /// <summary>A sentiment label with its negative confidence.</summary>
    public string SentimentName(SentimentLabel label) => label switch
    {
        SentimentLabel.Negative => _es ? "negativo" : "negative",
        SentimentLabel.Positive => _es ? "positivo" : "positive",
        SentimentLabel.Mixed => _es ? "mixto" : "mixed",
        _ => _es ? "neutro" : "neutral",
    };

    /// <summary>An escalation's status as the card shows it.</summary>
    public string StatusLine(EscalationCase escalation, string? agentName)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return escalation.Status switch
        {
            EscalationStatus.Waiting when escalation.SlaBreachedAt is not null => _es ? "Sin asignar y fuera de plazo" : "Unclaimed and overdue",
            EscalationStatus.Waiting => _es ? "En espera" : "Waiting",
            EscalationStatus.Claimed => (_es ? "Asignado a " : "Claimed by ") + agentName,
            EscalationStatus.Live when escalation.CustomerLeftAt is not null => _es
                ? agentName + " lo atiende; el cliente salió del chat"
                : "With " + agentName + "; the customer left the chat",
            EscalationStatus.Live => _es ? agentName + " está hablando con el cliente" : agentName + " is talking to the customer",
            EscalationStatus.Resolved => (_es ? "Resuelto por " : "Resolved by ") + agentName + ": " + OutcomeName(escalation.Outcome),
            EscalationStatus.CallbackRequested => _es ? "El cliente pidió que le llamen" : "The customer asked for a callback",
            EscalationStatus.Expired => _es ? "Caducado sin atender" : "Expired unclaimed",
            _ => _es ? "Cancelado por el cliente" : "Cancelled by the customer",
        };
    }

    /// <summary>Reply when the claim succeeded.</summary>
    public string Claimed(string agentName) => _es
        ? agentName + " tiene el caso. Escribe en este hilo (mencionando al bot) para hablar con el cliente."
        : agentName + " has the case. Write in this thread (mentioning the bot) to talk to the customer.";

    /// <summary>Reply when another agent has it.</summary>
    public string AlreadyClaimed(string agentName) => _es ? "Ya lo tiene " + agentName + "." : "Already claimed by " + agentName + ".";

    /// <summary>Reply when the agent who asks already has it.</summary>
    public string AlreadyYours => _es ? "Ya tienes este caso." : "You already have this case.";

    /// <summary>Reply when the escalation is closed or gone.</summary>
    public string Closed => _es ? "Este caso ya está cerrado." : "This case is already closed.";

    /// <summary>Reply to someone who is not a configured agent.</summary>
    public string UnknownAgent => _es
        ? "Lo siento, solo los agentes de retención configurados pueden tomar casos y escribir a clientes desde aquí."
        : "Sorry, only configured retention agents can claim cases and write to customers from here.";

    /// <summary>Reply to a message outside an escalation's thread.</summary>
    public string NotAnEscalationThread => _es
        ? "Este mensaje no está en el hilo de un caso abierto. Usa «Tomar el caso» en su tarjeta y escribe en su hilo."
        : "This message is not in an open case's thread. Use “Claim” on its card and write in its thread.";

    /// <summary>Reply when a message comes from someone who did not claim the case.</summary>
    public string NotYourCase(string? agentName) => agentName is null
        ? _es ? "Toma el caso antes de escribir al cliente." : "Claim the case before writing to the customer."
        : _es ? "Solo " + agentName + ", que tiene el caso, puede escribir al cliente." : "Only " + agentName + ", who claimed the case, can write to the customer.";

    /// <summary>Reply to a message that is too long to relay.</summary>
    public string TooLong(int maxLength) => _es
        ? $"El mensaje es demasiado largo (máximo {maxLength} caracteres); no se ha enviado."
        : $"The message is too long (at most {maxLength} characters); it was not sent.";

    /// <summary>Posted in the thread when the case passes its SLA unclaimed.</summary>
    public string Overdue => _es
        ? "Fuera de plazo: nadie ha tomado este caso todavía."
        : "Overdue: nobody has claimed this case yet.";

    /// <summary>A customer's line posted into the thread.</summary>
    public string CustomerSays(string text) => (_es ? "Cliente: " : "Customer: ") + text;

    /// <summary>A line the bot added to the chat (e.g. the customer left), posted into the thread.</summary>
    public string BotSays(string text) => "SupportBot: " + text;

    private string OutcomeName(EscalationOutcome? outcome) => outcome switch
    {
        EscalationOutcome.Retained => _es ? "retenido" : "retained",
        EscalationOutcome.Refund => _es ? "reembolso" : "refund",
        EscalationOutcome.Replacement => _es ? "reposición" : "replacement",
        EscalationOutcome.Discount => _es ? "descuento" : "discount",
        EscalationOutcome.Lost => _es ? "perdido" : "lost",
        EscalationOutcome.NoResponse => _es ? "sin respuesta" : "no response",
        _ => "—",
    };
}
