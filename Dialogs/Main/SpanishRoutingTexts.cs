namespace SupportBot.Dialogs.Main;

/// <summary>Small talk and churn replies in Spanish (Spain, "tú").</summary>
public sealed class SpanishRoutingTexts : RoutingTexts
{
    /// <inheritdoc />
    public override string Greeting => "¡Hola! ¿En qué puedo ayudarte?";

    /// <inheritdoc />
    public override string YoureWelcome => "¡De nada!";

    /// <inheritdoc />
    public override string Goodbye => "¡Hasta pronto! Aquí estaré si necesitas algo.";

    /// <inheritdoc />
    public override string NeverMind => "De acuerdo.";

    /// <inheritdoc />
    public override string ChurnAcknowledgement
        => "Siento mucho que estés pensando en dejarnos, y gracias por decírnoslo. Paso tu caso con prioridad a una persona de nuestro equipo para que lo vea contigo.";
}
