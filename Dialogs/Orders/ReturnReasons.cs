using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Orders;

/// <summary>The reasons offered for a return. Values are stable (they reach the shop's records).</summary>
public static class ReturnReasons
{
    /// <summary>Arrived damaged or does not work.</summary>
    public const string Damaged = "damaged";

    /// <summary>Not the product ordered.</summary>
    public const string WrongItem = "wrong_item";

    /// <summary>Wrong size or fit.</summary>
    public const string Size = "size";

    /// <summary>Not as described or expected.</summary>
    public const string NotAsExpected = "not_as_expected";

    /// <summary>Changed their mind.</summary>
    public const string ChangedMind = "changed_mind";

    /// <summary>Something else: the customer says what.</summary>
    public const string Other = "other";

    /// <summary>Settlement: the money back.</summary>
    public const string Refund = "refund";

    /// <summary>Settlement: the same product again (another size, a unit that works).</summary>
    public const string Exchange = "exchange";

    /// <summary>Refund or exchange, as offered when the reason allows an exchange.</summary>
    public static IReadOnlyList<Choice> Settlements { get; } =
    [
        new(Refund, OrderTexts.Localize(t => t.RefundChoice), ["reembolso", "devolucion del dinero", "el dinero", "refund", "money back", "my money back"]),
        new(Exchange, OrderTexts.Localize(t => t.ExchangeChoice), ["cambio", "cambiar", "cambiarlo", "cambialo", "cambieis", "cambiemos", "otro igual", "otra talla", "exchange", "replacement", "swap it"]),
    ];

    /// <summary>The options, in the order offered.</summary>
    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new(Damaged, OrderTexts.Localize(t => t.ReasonDamaged), ["roto", "rota", "danado", "defectuoso", "no funciona", "broken", "damaged", "faulty", "doesn't work"]),
        new(WrongItem, OrderTexts.Localize(t => t.ReasonWrongItem), ["equivocado", "no es lo que pedi", "wrong item", "wrong product"]),
        new(Size, OrderTexts.Localize(t => t.ReasonSize), ["talla", "tamano", "me queda pequeno", "me queda grande", "size", "too small", "too big"]),
        new(NotAsExpected, OrderTexts.Localize(t => t.ReasonNotAsExpected), ["no me gusta", "no es como en la foto", "don't like it", "not as described"]),
        new(ChangedMind, OrderTexts.Localize(t => t.ReasonChangedMind), ["ya no lo quiero", "ya no lo necesito", "cambiado de opinion", "no longer need it", "changed my mind"]),
        new(Other, OrderTexts.Localize(t => t.ReasonOther), ["otro", "otra cosa", "other", "something else"]),
    ];

    /// <summary>The options with their phrases prepared once, for recognizing a pick.</summary>
    public static PreparedChoices Prepared { get; } = ChoiceRecognizer.Prepare(Choices);

    /// <summary>True when an exchange makes sense for the reason (damaged, wrong item, size).</summary>
    public static bool OffersExchange(string? code) => code is Damaged or WrongItem or Size;

    /// <summary>True when <paramref name="value"/> is one of the offered reasons rather than the customer's own words.</summary>
    public static bool IsCode(string value) => Choices.Any(c => string.Equals(c.Value, value, StringComparison.Ordinal));

    /// <summary>The reason's title in <paramref name="language"/>.</summary>
    public static string TitleOf(string code, Language language)
        => Choices.First(c => string.Equals(c.Value, code, StringComparison.Ordinal)).Title.For(language);
}
