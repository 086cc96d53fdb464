using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Main;

/// <summary>The three things the bot does, as buttons and as words customers use for them.</summary>
public static class MainMenu
{
    /// <summary>Value of the satisfaction survey option.</summary>
    public const string Survey = "survey";

    /// <summary>Value of the after-sale question option.</summary>
    public const string Question = "question";

    /// <summary>Value of the talk-to-a-person option.</summary>
    public const string Person = "person";

    /// <summary>The options, in menu order.</summary>
    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new(Survey, Texts.Localize(t => t.MenuSurvey),
        [
            "encuesta", "valorar", "valoracion", "valorar mi compra", "quiero valorar mi compra", "opinion", "dar mi opinion",
            "puntuar", "calificar", "resena", "feedback", "survey", "rate", "rating", "review", "give feedback",
            "i'd like to give feedback", "satisfaction", "satisfaccion", "valorar mi pedido", "valorar el pedido",
            "valorar mi producto", "opinar sobre mi pedido", "rate my order", "rate the order", "rate my product",
            "review my order", "feedback on my order",
        ]),
        new(Question, Texts.Localize(t => t.MenuQuestion),
        [
            "duda", "pregunta", "consulta", "pedido", "mi pedido", "producto", "envio", "devolucion", "devolver", "factura",
            "garantia", "reembolso", "question", "order", "my order", "product", "shipping", "delivery", "return", "refund",
            "invoice", "warranty", "where is my order", "donde esta mi pedido",
        ]),
        new(Person, Texts.Localize(t => t.MenuPerson),
        [
            "persona", "humano", "agente", "operador", "hablar con alguien", "person", "human", "agent", "operator",
            "someone", "representative", "talk to someone",
        ]),
    ];

    /// <summary>The options with their phrases prepared once, for recognizing a pick.</summary>
    public static PreparedChoices Prepared { get; } = ChoiceRecognizer.Prepare(Choices);
}
